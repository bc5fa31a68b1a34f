/**
 * Keeps renamed ids working: for each `old -> current` alias an empty anchor with the old id sits at
 * the start of the current block, so a shared link to `#old` still lands on the same passage. An alias
 * to a missing id, or one that would shadow a live id, is an author's mistake and fails the build.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export default function rehypeIdAliases(options: { aliases: Record<string, string> }) {
  return (tree: Root, file: VFile) => {
    const entries = Object.entries(options.aliases);
    if (entries.length === 0) return;
    const wrappers = new Map<string, Element>();
    visit(tree, 'element', (node, _index, parent) => {
      if (typeof node.properties.id === 'string' && parent?.type === 'element') wrappers.set(node.properties.id, parent);
    });
    for (const [old, current] of entries) {
      if (wrappers.has(old)) file.fail(`idAliases: "${old}" is still the id of a block; an alias must name an id that no longer exists`);
      const wrapper = wrappers.get(current);
      if (!wrapper) file.fail(`idAliases: "${old}" points to "${current}", which is not an id of the article`);
      wrapper!.children.unshift(h('span', { id: old, className: ['id-alias'], dataAliasOf: current }));
    }
  };
}
