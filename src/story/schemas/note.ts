/** Notes: the site's own analysis, attached to a paragraph, an event or a figure. */
import { z } from 'astro/zod';
import { idSchema, siteTextSchema } from './common';

export const noteSchema = z
  .object({
    id: idSchema,
    target: z.union([
      z.object({ paragraph: idSchema }).strict(),
      z.object({ event: idSchema }).strict(),
      z.object({ figure: idSchema }).strict(),
    ]),
    text: siteTextSchema,
  })
  .strict();

export type NoteInput = z.infer<typeof noteSchema>;
