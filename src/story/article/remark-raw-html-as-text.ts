/** Raw HTML in an article is shown as the characters it is, never interpreted: the reporter's text is text. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export default function remarkRawHtmlAsText() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent) => {
      if (!parent || index === undefined) return;
      parent.children[index] = { type: 'text', value: node.value, position: node.position } as never;
    });
  };
}
