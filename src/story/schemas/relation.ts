/** Typed relations between actors, each resting on an excerpt. */
import { z } from 'astro/zod';
import { excerptHintSchema, excerptSchema, idSchema, siteTextSchema } from './common';
import { vocabularyIdSchema } from './vocabulary';

export const relationSchema = z
  .object({
    id: idSchema,
    from: idSchema,
    /** A value of the relation types (content/vocabulary.yaml, or the story's). */
    type: vocabularyIdSchema('relationTypes', "A value of the relation types (content/vocabulary.yaml, or the story's)."),
    to: idSchema,
    excerpt: excerptSchema,
    excerptParagraph: excerptHintSchema,
    note: siteTextSchema.optional(),
  })
  .strict();

export type RelationInput = z.infer<typeof relationSchema>;
