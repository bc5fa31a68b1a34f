/** Frontmatter of an article: the report's metadata. The body is the reporter's text. */
import { z } from 'astro/zod';
import { idSchema, isoDateSchema, siteTextSchema } from './common';

export const articleSchema = z
  .object({
    title: z.string().min(1),
    /** Summary in the site's words, shown as such. */
    summary: siteTextSchema.describe("Summary in the site's words, shown as such."),
    published: isoDateSchema,
    publishedPrecision: z.enum(['day', 'week', 'month']),
    /** How the publication date was worked out when the source prints none. */
    publishedDerivation: siteTextSchema.optional().describe('How the publication date was worked out when the source prints none.'),
    source: z.string().min(1),
    dateline: z.string().optional(),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language tag such as "en"'),
    /** What of the source page was left out, and why. */
    omitted: siteTextSchema.optional().describe('What of the source page was left out, and why.'),
    /** Old paragraph or section ids that still resolve after a rename: old id -> current id. */
    idAliases: z.record(idSchema, idSchema).default({}).describe('Old paragraph or section ids that still resolve after a rename: old id -> current id.'),
    /** A fixture story is built by tests only, never published. */
    fixture: z.boolean().default(false).describe('A fixture story is built by tests only, never published.'),
  })
  .strict();

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
