/**
 * What the article's HTML may contain after Markdown is turned into HTML. Everything else (script,
 * event handlers, javascript: URLs, style) is removed by rehype-sanitize before any site markup is added.
 */
import { defaultSchema } from 'rehype-sanitize';
import type { Options } from 'rehype-sanitize';

const base = defaultSchema.attributes ?? {};

export const articleSanitizeSchema: Options = {
  ...defaultSchema,
  // The ids are ours (derived from the text), so they are kept as they are.
  clobberPrefix: '',
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
  attributes: {
    ...base,
    '*': [...(base['*'] ?? []), 'id'],
    h2: [...(base.h2 ?? []), 'dataSiteAdded'],
    figure: ['className', 'dataCredit', 'dataAuthor', 'dataHandle', 'dataDate', 'dataDateText'],
  },
  protocols: { href: ['http', 'https', 'mailto'] },
};
