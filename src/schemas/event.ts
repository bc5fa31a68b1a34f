/** Events: dated occurrences the article reports, with the precision the article allows. */
import { z } from 'astro/zod';
import { excerptHintSchema, excerptSchema, idSchema, isoDateSchema, siteTextSchema } from './common';

export const eventCategories = [
  'background',
  'protest',
  'security-crackdown',
  'government',
  'military-deployment',
  'diplomacy',
  'statement',
] as const;

export const datePrecisions = ['day', 'week', 'month', 'year'] as const;

export const eventDateSchema = z
  .object({
    /** The first day the date can mean (for a week: its Monday). */
    start: isoDateSchema,
    precision: z.enum(datePrecisions),
    /** The article's own words for the date ("On Thursday", "this week", "next week", "in 2019"). */
    phrase: z.string().min(1),
    /** How the absolute date was worked out from the publication date, in the site's words. */
    derivation: siteTextSchema,
  })
  .strict();

export const eventSchema = z
  .object({
    id: idSchema,
    /** Headline in the site's words. */
    title: siteTextSchema,
    category: z.enum(eventCategories),
    date: eventDateSchema,
    /** reported: the article says it happened; scheduled/expected: it had not happened yet. */
    status: z.enum(['reported', 'scheduled', 'expected']).default('reported'),
    place: z.string().optional(),
    actors: z.array(idSchema).min(1),
    figures: z.array(idSchema).default([]),
    excerpt: excerptSchema,
    excerptParagraph: excerptHintSchema,
    /** The site's annotation. */
    annotation: siteTextSchema.optional(),
  })
  .strict();

export type EventInput = z.infer<typeof eventSchema>;
