/** Figures: every number the article reports about casualties and troops, and later reports of it. */
import { z } from 'astro/zod';
import { excerptHintSchema, excerptSchema, idSchema, isoDateSchema, outsideUrlSchema, siteTextSchema } from './common';

const count = z.number().int('must be a whole number').nonnegative('must not be negative');

/**
 * How precise a reported number is. `text` is the number as worded ("dozens", "more than 1,000").
 * Vague quantities carry the numeric range the site uses to draw them and why.
 */
export const reportedValueSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('exact'), text: z.string(), value: count }).strict(),
  z
    .object({
      type: z.literal('lower-bound'),
      text: z.string(),
      min: count,
    })
    .strict(),
  z
    .object({
      type: z.literal('upper-bound'),
      text: z.string(),
      max: count,
      /** The smallest number the site draws for the range, and why. */
      min: count.default(0),
      rangeReason: siteTextSchema,
    })
    .strict()
    .refine((value) => value.max >= value.min, { message: 'max must not be below min', path: ['max'] }),
  z
    .object({
      type: z.literal('vague'),
      text: z.string(),
      min: count,
      max: count,
      rangeReason: siteTextSchema,
    })
    .strict()
    .refine((value) => value.max >= value.min, { message: 'max must not be below min', path: ['max'] }),
]);

export const confirmationSchema = z.enum(['unconfirmed', 'confirmed', 'disputed', 'not-confirmed-by-named-party']);

/** A report the article itself carries: proven by an excerpt. */
const articleReportSchema = z
  .object({
    origin: z.literal('article'),
    id: idSchema,
    date: isoDateSchema,
    /** Actor id of whoever gave the number. */
    claimant: idSchema,
    /** Actor id of the channel it reached the article through (police via Khabar 24). */
    via: idSchema.optional(),
    value: reportedValueSchema,
    confirmation: confirmationSchema,
    /** What the article says about confirmation, in the site's words. */
    confirmationNote: siteTextSchema,
    excerpt: excerptSchema,
    excerptParagraph: excerptHintSchema,
  })
  .strict();

/** A report from outside the article (see LATER-REPORTS.md): never attached to an excerpt. */
const externalReportSchema = z
  .object({
    origin: z.literal('external'),
    id: idSchema,
    date: isoDateSchema,
    /** "before" when the source only says the number came earlier than its own date. */
    dateQualifier: z.enum(['on', 'before']).default('on'),
    /** Who gave the figure, as the outside source names them. */
    claimantName: z.string().min(1),
    value: reportedValueSchema,
    /** What they said, paraphrased in the site's words. */
    summary: siteTextSchema,
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
    kind: idSchema,
    /** Who the number counts ("protesters", "law-enforcement officers"). */
    subject: z.string().min(1),
    /** Short label in the site's words, used on charts. */
    label: siteTextSchema,
    /** A value of the units (content/vocabulary.yaml, or the story's). */
    unit: idSchema,
    /** The chart panel that shows the figure: a value of the panels (content/vocabulary.yaml, or the story's). */
    panel: idSchema,
    /** The site's annotation explaining the number's uncertainty. */
    annotation: siteTextSchema.optional(),
    /**
     * Article figures this one should be read against: a later all-deaths total is shown beside the
     * article's protesters and officers killed.
     */
    relatedFigures: z.array(idSchema).default([]),
    reports: z.array(figureReportSchema).min(1),
  })
  .strict();

export type FigureInput = z.infer<typeof figureSchema>;
export type ReportedValue = z.infer<typeof reportedValueSchema>;
export type FigureReportInput = z.infer<typeof figureReportSchema>;
