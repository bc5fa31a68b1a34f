/**
 * The article's Markdown pipeline. `parseArticle` reads the blocks (ids and text) that the story model
 * proves its excerpts against; `renderArticle` turns the Markdown into the reader's HTML, with optional
 * annotation plugins that only add markup around the reporter's words.
 */
import { basename, extname } from 'node:path';
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Pluggable } from 'unified';
import { VFile } from 'vfile';
import { ContentError } from '../lib/content-error';
import type { ArticleBlock, ArticleSection } from './blocks';
import rehypeIdAliases from './rehype-id-aliases';
import rehypePermalinks from './rehype-permalinks';
import rehypeSections, { type SectionArrival } from './rehype-sections';
import rehypeSiteBlocks from './rehype-site-blocks';
import remarkBlockIds from './remark-block-ids';
import remarkRawHtmlAsText from './remark-raw-html-as-text';
import remarkRejectUnsupported from './remark-reject-unsupported';
import remarkSiteBlocks from './remark-site-blocks';
import { articleSanitizeSchema } from './sanitize-schema';

export interface ParsedArticle {
  blocks: ArticleBlock[];
  sections: ArticleSection[];
}

function markdownStages() {
  return unified().use(remarkParse).use(remarkDirective).use(remarkRejectUnsupported).use(remarkRawHtmlAsText).use(remarkSiteBlocks).use(remarkBlockIds);
}

/**
 * Rethrows a Markdown author's mistake as one line naming the file and line, the story and its body;
 * `firstLine` is the file's line the Markdown starts on (after the frontmatter).
 */
function withFileErrors<T>(path: string, run: () => T, firstLine = 1): T {
  try {
    return run();
  } catch (error) {
    const { reason, line } = error as { reason?: string; line?: number };
    if (reason) throw new ContentError(path, basename(path, extname(path)), 'body', reason, line ? line + firstLine - 1 : undefined);
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

export interface RenderOptions {
  /** Plugins that add markup around the reporter's words; they run after sanitising. */
  annotations?: Pluggable[];
  /** Renamed ids that must keep working: old id -> current id. */
  idAliases?: Record<string, string>;
  /** The note each section shows a reader who arrives by a link to a passage in it (rehype-sections). */
  arrival?: SectionArrival;
}

/** Renders the article body to HTML. */
export function renderArticle(markdown: string, path: string, { annotations = [], idAliases = {}, arrival }: RenderOptions = {}): string {
  return withFileErrors(path, () => {
    const processor = markdownStages()
      .use(remarkRehype)
      .use(rehypeSanitize, articleSanitizeSchema)
      .use(rehypeSiteBlocks)
      .use(annotations)
      .use(rehypePermalinks)
      .use(rehypeIdAliases, { aliases: idAliases })
      .use(rehypeSections, { arrival })
      .use(rehypeStringify);
    return String(processor.processSync(new VFile({ value: markdown, path })));
  });
}
