/**
 * The article's Markdown, parsed: `parseArticle` reads the blocks (ids and text) that the story model
 * proves its excerpts against. The same Markdown stages start the reader's HTML (views/reader/render-article.ts).
 */
import { basename, extname } from 'node:path';
import type { Root as MdastRoot } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { ContentError } from '../content-error';
import type { ArticleBlock, ArticleSection } from './blocks';
import remarkBlockIds from './remark-block-ids';
import remarkRawHtmlAsText from './remark-raw-html-as-text';
import remarkRejectUnsupported from './remark-reject-unsupported';
import remarkSiteBlocks from './remark-site-blocks';

export interface ParsedArticle {
  blocks: ArticleBlock[];
  sections: ArticleSection[];
}

/** Markdown to mdast with the site's directives and block ids: the stages parsing and rendering share. */
export function markdownStages() {
  return unified().use(remarkParse).use(remarkDirective).use(remarkRejectUnsupported).use(remarkRawHtmlAsText).use(remarkSiteBlocks).use(remarkBlockIds);
}

/**
 * Rethrows a Markdown author's mistake as one line naming the file and line, the story and its body;
 * `firstLine` is the file's line the Markdown starts on (after the frontmatter).
 */
export function withFileErrors<T>(path: string, run: () => T, firstLine = 1): T {
  try {
    return run();
  } catch (error) {
    const { reason, line, column } = error as { reason?: string; line?: number; column?: number };
    if (reason) throw new ContentError(path, basename(path, extname(path)), 'body', reason, line ? { line: line + firstLine - 1, column } : undefined);
    throw error;
  }
}

function sectionsOf(blocks: ArticleBlock[]): ArticleSection[] {
  return blocks
    .filter((block) => block.kind === 'heading')
    .map((heading) => ({
      id: heading.id,
      title: heading.text,
      blockIds: blocks.filter((block) => block.section === heading.id && block.kind !== 'heading').map((block) => block.id),
    }));
}

export function parseArticle(markdown: string, path: string, firstLine = 1): ParsedArticle {
  return withFileErrors(path, () => {
    const file = new VFile({ value: markdown, path });
    const processor = markdownStages();
    processor.runSync(processor.parse(file) as MdastRoot, file);
    const blocks = file.data.blocks ?? [];
    return { blocks, sections: sectionsOf(blocks) };
  }, firstLine);
}
