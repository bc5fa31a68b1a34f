/** Claims and quotes: who said what, with the speaker as an actor. */
import { z } from 'astro/zod';
import { excerptHintSchema, excerptSchema, idSchema, isoDateSchema, siteTextSchema } from './common';
import { vocabularyIdSchema } from './vocabulary';

export const claimStatuses = ['unconfirmed', 'confirmed', 'contradicted', 'opinion'] as const;

export const claimSchema = z
  .object({
    id: idSchema,
    speaker: idSchema,
    /** The channel the claim reached the article through. */
    via: idSchema.optional().describe('The channel the claim reached the article through.'),
    /** A value of the claim kinds (content/vocabulary.yaml, or the story's). */
    kind: vocabularyIdSchema('claimKinds', "A value of the claim kinds (content/vocabulary.yaml, or the story's)."),
    /** A short topic key for grouping ("unrest-cause", "casualties", "ukraine"…). */
    topic: idSchema.describe('A short topic key for grouping ("unrest-cause", "casualties", "ukraine"…).'),
    /** One line in the site's words: what is claimed. */
    summary: siteTextSchema.describe("One line in the site's words: what is claimed."),
    excerpt: excerptSchema,
    excerptParagraph: excerptHintSchema,
    date: isoDateSchema.optional(),
    status: z.enum(claimStatuses),
    /** What the article reports about confirmation or contradiction, in the site's words. */
    statusNote: siteTextSchema.describe("What the article reports about confirmation or contradiction, in the site's words."),
    about: z.array(idSchema).default([]),
    events: z.array(idSchema).default([]),
    figures: z.array(idSchema).default([]),
  })
  .strict();

export type ClaimInput = z.infer<typeof claimSchema>;
