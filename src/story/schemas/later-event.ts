/**
 * Later events: outside reports that carry no number (so no figure), e.g. the CSTO's withdrawal
 * announcement. Like external figure reports they are never tied to an excerpt of the article and are
 * always shown with their outlet, date and link.
 */
import { z } from 'astro/zod';
import { idSchema, isoDateSchema, outsideUrlSchema, siteTextSchema } from './common';

export const laterEventSchema = z
  .object({
    id: idSchema,
    /** The day the outside source dates the event to. */
    date: isoDateSchema.describe('The day the outside source dates the event to.'),
    /** Who made the announcement, as the outside source names them. */
    claimantName: z.string().min(1).describe('Who made the announcement, as the outside source names them.'),
    /** What they said, paraphrased in the site's words. */
    summary: siteTextSchema.describe("What they said, paraphrased in the site's words."),
    outlet: z.string().min(1),
    /** The outlet's headline; null when the source list gives none (the site never invents one). */
    title: z.string().min(1).nullable().optional().describe("The outlet's headline; null when the source list gives none (the site never invents one)."),
    publishedDate: isoDateSchema,
    url: outsideUrlSchema,
  })
  .strict();

export type LaterEventInput = z.infer<typeof laterEventSchema>;
