/**
 * Gives every top-level block an id derived from its own words (never from its position alone), and
 * records the blocks in `file.data.blocks` for the story model. Ids: headings `slug(title)`, paragraphs
 * `p-<first five words>`, photos `photo-<first five words of the caption>`, tweets `tweet-<handle>-<words>`.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { leadingWordsSlug, slugify } from './slug';
import type { ArticleBlock, BlockKind } from './blocks';

function classify(node: RootContent): BlockKind | null {
  if (node.type === 'paragraph') return 'paragraph';
  if (node.type === 'heading') return 'heading';
  if (node.type === 'leafDirective' && node.name === 'site-heading') return 'heading';
  if (node.type === 'containerDirective' && node.name === 'figure') return 'photo';
  if (node.type === 'containerDirective' && node.name === 'tweet') return 'tweet';
  return null;
}

function baseId(kind: BlockKind, node: RootContent, text: string): string {
  switch (kind) {
    case 'heading':
      return slugify(text);
    case 'paragraph':
      return `p-${leadingWordsSlug(text)}`;
    case 'photo':
      return `photo-${leadingWordsSlug(text)}`;
    case 'tweet': {
      const handle = (node as { attributes?: Record<string, string> }).attributes?.handle ?? '';
      return `tweet-${slugify(handle)}-${leadingWordsSlug(text, 4)}`;
    }
  }
}

function creditOf(kind: BlockKind, node: RootContent): string | undefined {
  const attributes = (node as { attributes?: Record<string, string> }).attributes ?? {};
  if (kind === 'photo') return attributes.credit;
  if (kind === 'tweet') return `— ${attributes.author} (${attributes.handle}) ${attributes.dateText}`;
  return undefined;
}

/**
 * A block's words as a reader sees them: the paragraphs of a tweet or of a photo's caption kept apart by a
 * space (mdast's toString would run the last word of one into the first of the next).
 */
function wordsOf(node: RootContent): string {
  const paragraphs = 'children' in node ? node.children.filter((child) => child.type === 'paragraph') : [];
  const text = paragraphs.length > 1 ? paragraphs.map((paragraph) => toString(paragraph)).join(' ') : toString(node);
  return text.replace(/\s+/g, ' ').trim();
}

export default function remarkBlockIds() {
  return (tree: Root, file: VFile) => {
    const blocks: ArticleBlock[] = [];
    const taken = new Set<string>();
    let section: string | null = null;
    for (const node of tree.children) {
      const kind = classify(node);
      if (!kind) continue;
      const text = wordsOf(node);
      const base = baseId(kind, node, text) || kind;
      let id = base;
      // Two blocks opening with the same words: the later one gets a counter, the earlier keeps its id.
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      if (kind === 'heading') section = id;
      const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
      data.hProperties = { ...data.hProperties, id };
      const bySite = node.type === 'leafDirective' ? ({ bySite: true } as const) : {};
      blocks.push({ id, kind, text, credit: creditOf(kind, node), ...bySite, section });
    }
    file.data.blocks = blocks;
  };
}
