/** Groups the article into <section> elements, one per site heading, each named by its heading. */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { selectHeadingId } from './hast-helpers';

export default function rehypeSections() {
  return (tree: Root) => {
    const out: RootContent[] = [];
    let current: Element | null = null;
    for (const node of tree.children) {
      const headingId = selectHeadingId(node);
      if (headingId) {
        current = h('section', { className: ['article-section'], ariaLabelledby: headingId });
        out.push(current);
      }
      if (current) current.children.push(node as ElementContent);
      else out.push(node);
    }
    tree.children = out;
  };
}
