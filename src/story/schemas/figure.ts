/** Figures: every number the article reports about casualties and troops, and later reports of it. */
import { z } from 'astro/zod';
import { excerptHintSchema, excerptSchema, idSchema, isoDateSchema, outsideUrlSchema, siteTextSchema } from './common';
import { vocabularyIdSchema } from './vocabulary';

const count = z.number().int('must be a whole number').nonnegative('must not be negative');

/** The number as worded ("dozens", "more than 1,000"). */
const worded = z.string().describe('The number as worded ("dozens", "more than 1,000").');

/**
 * How precise a reported number is. `text` is the number as worded ("dozens", "more than 1,000").
 * Vague quantities carry the numeric range the site uses to draw them and why.
 */
export const reportedValueSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('exact').describe('One number: value.'), text: worded, value: count }).strict(),
    z
      .object({
        type: z.literal('lower-bound').describe('At least a number ("more than 1,000"): min.'),
        text: worded,
        min: count,
      })
      .strict(),
    z
      .object({
        type: z.literal('upper-bound').describe('At most a number ("as many as 3,000"): max, with the smallest number drawn and why.'),
        text: worded,
        max: count,
        /** The smallest number the site draws for the range, and why. */
        min: count.default(0).describe('The smallest number the site draws for the range, and why.'),
        rangeReason: siteTextSchema,
      })
      .strict()
      .refine((value) => value.max >= value.min, { message: 'max must not be below min', path: ['max'] }),
    z
      .object({
        type: z.literal('vague').describe('A quantity without a number ("dozens"): the range drawn, min to max, and why.'),
        text: worded,
        min: count,
        max: count,
        rangeReason: siteTextSchema,
      })
      .strict()
      .refine((value) => value.max >= value.min, { message: 'max must not be below min', path: ['max'] }),
  ])
  .describe(
    'How precise a reported number is. `text` is the number as worded ("dozens", "more than 1,000"). Vague quantities carry the numeric range the site uses to draw them and why.',
  );

export const confirmationSchema = z.enum(['unconfirmed', 'confirmed', 'disputed', 'not-confirmed-by-named-party']);

/** A report the article itself carries: proven by an excerpt. */
const articleReportSchema = z
  .object({
    origin: z.literal('article').describe('A report the article itself carries: proven by an excerpt.'),
    id: idSchema,
    date: isoDateSchema,
    /** Actor id of whoever gave the number. */
    claimant: idSchema.describe('Actor id of whoever gave the number.'),
    /** Actor id of the channel it reached the article through (a city council via state television). */
    via: idSchema.optional().describe('Actor id of the channel it reached the article through (a city council via state television).'),
    value: reportedValueSchema,
    confirmation: confirmationSchema,
    /** What the article says about confirmation, in the site's words. */
    confirmationNote: siteTextSchema.describe("What the article says about confirmation, in the site's words."),
    excerpt: excerptSchema,
    excerptParagraph: excerptHintSchema,
  })
  .strict();

/** A report from outside the article (see LATER-REPORTS.md): never attached to an excerpt. */
const externalReportSchema = z
  .object({
    origin: z.literal('external').describe('A report from outside the article (see LATER-REPORTS.md): never attached to an excerpt.'),
    id: idSchema,
    date: isoDateSchema,
    /** "before" when the source only says the number came earlier than its own date. */
    dateQualifier: z.enum(['on', 'before']).default('on').describe('"before" when the source only says the number came earlier than its own date.'),
    /** Who gave the figure, as the outside source names them. */
    claimantName: z.string().min(1).describe('Who gave the figure, as the outside source names them.'),
    value: reportedValueSchema,
    /** What they said, paraphrased in the site's words. */
    summary: siteTextSchema.describe("What they said, paraphrased in the site's words."),
    confirmation: confirmationSchema,
    outlet: z.string().min(1),
    title: z.string().min(1),
    publishedDate: isoDateSchema,
    url: outsideUrlSchema,
  })
  .strict();

export const figureReportSchema = z.discriminatedUnion('origin', [articleReportSchema, externalReportSchema]);

export const figureSchema = z
  .object({
    id: idSchema,
    /** What the number counts: a value of the figure kinds (content/vocabulary.yaml, or the story's). */
    kind: vocabularyIdSchema('figureKinds', "What the number counts: a value of the figure kinds (content/vocabulary.yaml, or the story's)."),
    /** Who the number counts ("residents", "soldiers"). */
    subject: z.string().min(1).describe('Who the number counts ("residents", "soldiers").'),
    /** Short label in the site's words, used on charts. */
    label: siteTextSchema.describe("Short label in the site's words, used on charts."),
    /** A value of the units (content/vocabulary.yaml, or the story's). */
    unit: vocabularyIdSchema('units', "A value of the units (content/vocabulary.yaml, or the story's)."),
    /** The chart panel that shows the figure: a value of the panels (content/vocabulary.yaml, or the story's). */
    panel: vocabularyIdSchema('panels', "The chart panel that shows the figure: a value of the panels (content/vocabulary.yaml, or the story's)."),
    /** The site's annotation explaining the number's uncertainty. */
    annotation: siteTextSchema.optional().describe("The site's annotation explaining the number's uncertainty."),
    /**
     * Article figures this one should be read against: a later all-deaths total is shown beside the
     * article's counts of the killed.
     */
    relatedFigures: z
      .array(idSchema)
      .default([])
      .describe("Article figures this one should be read against: a later all-deaths total is shown beside the article's counts of the killed."),
    reports: z.array(figureReportSchema).min(1),
  })
  .strict();

export type FigureInput = z.infer<typeof figureSchema>;
export type ReportedValue = z.infer<typeof reportedValueSchema>;
export type FigureReportInput = z.infer<typeof figureReportSchema>;
