/**
 * Groups the article into <section> elements, one per site heading, each named by its heading, and the
 * passages before the first heading (all of a report the site gave no headings) in one unnamed section. With
 * `arrival`, each section ends with a note for a reader who arrives by a link to a passage in it: which
 * report, which section, and a way to read from the start. CSS shows it only while a passage of that
 * section is the link's target (article.css), so it needs no script.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { selectHeadingId } from './hast-helpers';

export interface SectionArrival {
  /** The report's headline. */
  title: string;
  /** Where reading from the start begins: the report's page. */
  startHref: string;
}

function arrivalNote(arrival: SectionArrival, section: string): Element {
  return h('p', { className: ['arrival-note'], role: 'note' }, [
    h('span', { className: ['site-words-label'] }, 'You followed a link'),
    ' to a passage of ',
    h('cite', `“${arrival.title}”`),
    section ? `, in the section “${section}”. ` : '. ',
    h('a', { href: arrival.startHref }, 'Read from the start'),
  ]);
}

export default function rehypeSections(options: { arrival?: SectionArrival } = {}) {
  return (tree: Root) => {
    const out: RootContent[] = [];
    let current: Element | null = null;
    let heading = '';
    const close = () => {
      if (current && options.arrival) current.children.push(arrivalNote(options.arrival, heading));
    };
    for (const node of tree.children) {
      const headingId = selectHeadingId(node);
      if (headingId) {
        close();
        const block = node as Element;
        const h2 = block.tagName === 'h2' ? block : block.children.find((child): child is Element => child.type === 'element' && child.tagName === 'h2');
        heading = toString(h2 ?? block).trim();
        current = h('section', { className: ['article-section'], ariaLabelledby: headingId });
        out.push(current);
      }
      if (!current && node.type === 'element') {
        heading = '';
        current = h('section', { className: ['article-section'] });
        out.push(current);
      }
      if (current) current.children.push(node as ElementContent);
      else out.push(node);
    }
    close();
    tree.children = out;
  };
}
