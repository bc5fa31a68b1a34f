/** Typed relations between actors, each resting on an excerpt. */
import { z } from 'astro/zod';
import { excerptHintSchema, excerptSchema, idSchema, siteTextSchema } from './common';

export const relationTypes = [
  'member-of',
  'leads',
  'mentor-of',
  'predecessor-of',
  'ally-of',
  'requested-help-from',
  'deployed-to',
  'negotiates-with',
  'accuses',
  'opposes',
  'works-at',
  'reported-to',
  'removed',
  'threatens',
] as const;

export const relationSchema = z
  .object({
    id: idSchema,
    from: idSchema,
    type: z.enum(relationTypes),
    to: idSchema,
    excerpt: excerptSchema,
    excerptParagraph: excerptHintSchema,
    note: siteTextSchema.optional(),
  })
  .strict();

export type RelationInput = z.infer<typeof relationSchema>;
