/**
 * Puts a permalink beside every heading, paragraph, photo and tweet of the article (Starlight's pattern:
 * the link sits next to the block, its icon hidden from screen readers, its label visually hidden),
 * so the reporter's paragraph holds nothing but the reporter's words.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { permalinkElement } from './permalink-markup';

/** An element's words, its paragraphs (a tweet of several posts) kept apart by a space. */
function wordsOf(element: Element): string {
  const paragraphs = element.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'p');
  const text = paragraphs.length > 1 ? paragraphs.map((paragraph) => toString(paragraph)).join(' ') : toString(element);
  return text.replace(/\s+/g, ' ').trim();
}

function label(node: Element): string {
  // A photo's or tweet's words are in its caption or quotation, not in the site's label above them.
  const words = node.tagName === 'figure' ? node.children.find((child): child is Element => child.type === 'element' && child.tagName !== 'p') ?? node : node;
  const text = wordsOf(words);
  const opening = text.split(' ').slice(0, 6).join(' ');
  if (node.tagName === 'h2') return `section: ${text}`;
  if (node.tagName === 'figure') return `${node.properties.className?.toString().includes('tweet') ? 'tweet' : 'photo caption'}: ${opening}…`;
  return `paragraph: ${opening}…`;
}

/** A site aside planned for the block (see rehype-annotate) travels inside the block's wrapper. */
function isAsideFor(node: Root['children'][number] | undefined, id: string): node is Element {
  return node?.type === 'element' && node.tagName === 'aside' && node.properties.dataFor === id;
}

export default function rehypePermalinks() {
  return (tree: Root) => {
    const out: Root['children'] = [];
    const children = tree.children.filter((node) => !(node.type === 'text' && !node.value.trim()));
    for (let index = 0; index < children.length; index++) {
      const node = children[index];
      if (node.type !== 'element' || typeof node.properties.id !== 'string' || node.tagName === 'aside') {
        out.push(node);
        continue;
      }
      const id = node.properties.id;
      const kind = node.tagName === 'h2' ? 'heading' : node.tagName === 'p' ? 'paragraph' : 'figure';
      const wrapper = h('div', { className: ['block', `block-${kind}`] }, [node, permalinkElement(`#${id}`, label(node), { quiet: kind === 'heading' })]);
      if (isAsideFor(children[index + 1], id)) wrapper.children.push(children[++index] as Element);
      out.push(wrapper, { type: 'text', value: '\n' });
    }
    tree.children = out;
  };
}
