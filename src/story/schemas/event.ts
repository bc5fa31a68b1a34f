/** Events: dated occurrences the article reports, with the precision the article allows. */
import { z } from 'astro/zod';
import { excerptHintSchema, excerptSchema, idSchema, isoDateSchema, siteTextSchema } from './common';
import { vocabularyIdSchema } from './vocabulary';

export const datePrecisions = ['day', 'week', 'month', 'year'] as const;

/** A coarse date starts where its period does: a week on its Monday, a month on its 1st, a year on 1 January. */
function startProblem(start: string, precision: (typeof datePrecisions)[number]): string | undefined {
  const day = new Date(`${start}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return undefined;
  if (precision === 'week' && day.getUTCDay() !== 1) return 'a week starts on its Monday (precision "week")';
  if (precision === 'month' && day.getUTCDate() !== 1) return 'a month starts on its 1st (precision "month")';
  if (precision === 'year' && !start.endsWith('-01-01')) return 'a year starts on 1 January (precision "year")';
  return undefined;
}

export const eventDateSchema = z
  .object({
    /** The first day the date can mean (for a week: its Monday). */
    start: isoDateSchema.describe('The first day the date can mean (for a week: its Monday).'),
    /** How precise the article's date is. A coarse date starts where its period does: a week on its Monday, a month on its 1st, a year on 1 January. */
    precision: z
      .enum(datePrecisions)
      .describe("How precise the article's date is. A coarse date starts where its period does: a week on its Monday, a month on its 1st, a year on 1 January."),
    /** The article's own words for the date ("On Thursday", "this week", "next week", "in 2019"). */
    phrase: z.string().min(1).describe('The article\'s own words for the date ("On Thursday", "this week", "next week", "in 2019").'),
    /** How the absolute date was worked out from the publication date, in the site's words. */
    derivation: siteTextSchema.describe("How the absolute date was worked out from the publication date, in the site's words."),
  })
  .strict()
  .superRefine((date, context) => {
    const problem = startProblem(date.start, date.precision);
    if (problem) context.addIssue({ code: 'custom', path: ['start'], message: problem });
  });

export const eventSchema = z
  .object({
    id: idSchema,
    /** Headline in the site's words. */
    title: siteTextSchema.describe("Headline in the site's words."),
    /** A value of the event categories (content/vocabulary.yaml, or the story's vocabulary.yaml). */
    category: vocabularyIdSchema('eventCategories', "A value of the event categories (content/vocabulary.yaml, or the story's vocabulary.yaml)."),
    date: eventDateSchema,
    /** reported: the article says it happened; scheduled/expected: it had not happened yet. */
    status: z
      .enum(['reported', 'scheduled', 'expected'])
      .default('reported')
      .describe('reported: the article says it happened; scheduled/expected: it had not happened yet.'),
    place: z.string().optional(),
    actors: z.array(idSchema).min(1),
    figures: z.array(idSchema).default([]),
    excerpt: excerptSchema,
    excerptParagraph: excerptHintSchema,
    /** The site's annotation. */
    annotation: siteTextSchema.optional().describe("The site's annotation."),
  })
  .strict();

export type EventInput = z.infer<typeof eventSchema>;
