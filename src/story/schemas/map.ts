/**
 * A story's map: the geography a chart needs, written by hand per story (where its cities lie, which
 * Natural Earth country stands for which actor, what area to show) and which data entries it draws.
 * Geography, not news: every news fact on a map still comes from the story's other data.
 */
import { z } from 'astro/zod';
import { idSchema } from './common';

const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);

const borderSchema = z
  .object({ along: z.tuple([idSchema, idSchema]), figure: idSchema.optional(), relation: idSchema.optional() })
  .strict()
  .refine((border) => (border.figure === undefined) !== (border.relation === undefined), {
    message: 'give the figure or the relation the border is marked for (one of them), so the mark cites the article',
  });

export const mapSchema = z
  .object({
    /** "deployment": the map of the deployment chart panel. */
    id: idSchema.describe('"deployment": the map of the deployment chart panel.'),
    /** The area shown, in degrees (WGS84). */
    extent: z
      .object({ west: longitude, south: latitude, east: longitude, north: latitude })
      .strict()
      .refine((extent) => extent.east > extent.west && extent.north > extent.south, { message: 'east/north must exceed west/south' })
      .describe('The area shown, in degrees (WGS84).'),
    cities: z.array(z.object({ id: idSchema, name: z.string().min(1), lon: longitude, lat: latitude }).strict()).min(1),
    /** Countries drawn, by actor: the ISO 3166-1 numeric code world-atlas uses, and where to write the name. */
    countries: z
      .array(
        z
          .object({
            actor: idSchema,
            isoNumeric: z.string().regex(/^\d{3}$/, 'must be a three-digit ISO 3166-1 numeric code such as "398"'),
            labelAt: z.tuple([longitude, latitude]),
          })
          .strict(),
      )
      .min(1)
      .describe('Countries drawn, by actor: the ISO 3166-1 numeric code world-atlas uses, and where to write the name.'),
    /** The alliance whose members (its member-of relations) are marked; none marked without it. */
    alliance: idSchema.optional().describe('The alliance whose members (its member-of relations) are marked; none marked without it.'),
    /**
     * Forces sent, drawn as an arrow: the relation it stands for, the city it leaves from, and the figure
     * that counts them when the article gives one.
     */
    deployment: z
      .object({ relation: idSchema, figure: idSchema.optional(), fromCity: idSchema })
      .strict()
      .optional()
      .describe('Forces sent, drawn as an arrow: the relation it stands for, the city it leaves from, and the figure that counts them when the article gives one.'),
    /** Troops massed along a border: the figure, and the two countries (actors) whose border is marked. */
    massed: z
      .object({ figure: idSchema, along: z.tuple([idSchema, idSchema]) })
      .strict()
      .optional()
      .describe('Troops massed along a border: the figure, and the two countries (actors) whose border is marked.'),
    /** Other borders marked: the two countries, and the figure or the relation the article marks it for. */
    borders: z
      .array(borderSchema)
      .optional()
      .describe('Other borders marked: the two countries, and the figure or the relation the article marks it for.'),
  })
  .strict();

export type MapInput = z.infer<typeof mapSchema>;
/** A border a map marks, with what it cites (`massed` is one with a figure of troops massed). */
export type MapBorder = z.infer<typeof borderSchema>;
