/** Shared building blocks of the content schemas. */
import { z } from 'astro/zod';

/** Ids are lowercase slugs so they can appear in URLs and fragment ids unchanged. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "city-police"');

/** A calendar date written by hand as YYYY-MM-DD; YAML may already have turned it into a Date. */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine((text) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return true; // already reported by the regex
      const date = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
    }, 'is not a real calendar date'),
).describe('A calendar date written by hand as YYYY-MM-DD.');

/** A verbatim quotation of the article; the story model proves it is there. */
export const excerptSchema = z
  .string()
  .min(3, 'an excerpt must quote at least a few characters of the article')
  .describe('A verbatim quotation of the article; the story model proves it is there.');

/** Words written by this site (never the reporter's). */
export const siteTextSchema = z.string().min(1, 'is empty: write it in the site’s words').describe("Words written by this site (never the reporter's).");

/** A pointer to where an excerpt sits when the same words occur twice: the id of the paragraph. */
export const excerptHintSchema = idSchema
  .optional()
  .describe('A pointer to where an excerpt sits when the same words occur twice: the id of the paragraph.');

/** An outside source's address: a full https:// URL on a real domain (the site links only to secure pages). */
export const outsideUrlSchema = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: 'must be the full https:// address of the outside report (https://outlet.example/path); http:// and bare domains are not accepted',
});
