/**
 * The reader's HTML of an article: the Markdown stages the story parses with, then sanitising, the site's
 * blocks, optional annotation plugins that only add markup around the reporter's words, permalinks, old ids
 * kept working and section arrival notes.
 */
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import type { Pluggable } from 'unified';
import { VFile } from 'vfile';
import { markdownStages, withFileErrors } from '../../story/article/parse';
import rehypeIdAliases from './rehype-id-aliases';
import rehypePermalinks from './rehype-permalinks';
import rehypeSections, { type SectionArrival } from './rehype-sections';
import rehypeSiteBlocks from './rehype-site-blocks';
import { articleSanitizeSchema } from './sanitize-schema';

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
