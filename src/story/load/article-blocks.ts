/**
 * One story's article blocks without building anything, for `npm run story:ids`: an editor aims a note's
 * `target.paragraph` or an entry's `excerptParagraph` at these ids.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentFileError } from '../content-error';
import { parseArticle } from '../article/parse';
import type { ArticleBlock } from '../article/blocks';
import { splitFrontmatter } from './parse-files';
import { readContentText } from './read-text';
import { contentRoots } from './roots';

export interface ArticleBlocks {
  file: string;
  blocks: ArticleBlock[];
  /** Ids once published that now lead to another block (`idAliases` in the frontmatter). */
  aliases: Record<string, string>;
}

/** Reads and parses `content/articles/<slug>.md` (in any content root); throws a content mistake when it cannot. */
export function articleBlocks(projectRoot: string, slug: string, roots = contentRoots(projectRoot)): ArticleBlocks {
  const absolute = roots.map((root) => join(root, 'articles', `${slug}.md`)).find((path) => existsSync(path));
  if (!absolute) throw new ContentFileError(slug, `is not a story: no articles/${slug}.md in ${roots.map((root) => relative(projectRoot, root) || '.').join(', ')}`);
  const file = relative(projectRoot, absolute);
  const { data, body, bodyLine } = splitFrontmatter(readContentText(absolute, file), file);
  const aliases = (data as { idAliases?: Record<string, string> } | null)?.idAliases ?? {};
  return { file, blocks: parseArticle(body, file, bodyLine).blocks, aliases };
}

/** One line per block: its id, what it is, and its first words; the site's own headings marked as such. */
export function blockListing({ blocks, aliases }: Pick<ArticleBlocks, 'blocks' | 'aliases'>, words = 10): string[] {
  const width = Math.max(...blocks.map((block) => block.id.length));
  const lines = blocks.map((block) => {
    const kind = block.bySite ? 'site heading' : block.kind;
    const all = block.text.split(/\s+/);
    const opening = all.slice(0, words).join(' ') + (all.length > words ? ' …' : '');
    return `${block.id.padEnd(width)}  ${kind.padEnd(12)}  ${opening}`;
  });
  const aliasLines = Object.entries(aliases).map(([old, current]) => `${old.padEnd(width)}  alias         → ${current}`);
  return [...lines, ...aliasLines];
}
