/**
 * Final markup of photos and tweets. A photo is set as its caption, with its credit, under a one-line
 * label saying the photo is not shown (the site has no photo files and never loads outside images).
 * A tweet is a blockquote with its author, handle and date.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

function photo(node: Element): void {
  const credit = String(node.properties.dataCredit ?? '');
  const caption = node.children.filter((child) => child.type === 'element');
  node.properties = { id: node.properties.id, className: ['photo'] };
  node.children = [
    h('p', { className: ['photo-label'] }, 'Photo caption (photo not shown)'),
    h('figcaption', [
      ...caption.flatMap((child) => (child.type === 'element' ? child.children : [])),
      ' ',
      h('span', { className: ['credit'] }, [h('span', { className: ['credit-label'] }, 'Credit: '), credit]),
    ]),
  ];
}

function tweet(node: Element): void {
  const { dataAuthor, dataHandle, dataDate, dataDateText } = node.properties;
  node.properties = { id: node.properties.id, className: ['tweet'] };
  node.children = [
    h('blockquote', node.children),
    h('figcaption', [
      `— ${String(dataAuthor)} (${String(dataHandle)}) `,
      h('time', { dateTime: String(dataDate) }, String(dataDateText)),
    ]),
  ];
}

export default function rehypeSiteBlocks() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'figure') return;
      const classes = node.properties.className;
      if (Array.isArray(classes) && classes.includes('photo')) photo(node);
      else if (Array.isArray(classes) && classes.includes('tweet')) tweet(node);
    });
  };
}
