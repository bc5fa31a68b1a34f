/** Actors: the people, states, bodies, outlets and groups the article names. */
import { z } from 'astro/zod';
import { excerptHintSchema, excerptSchema, idSchema, siteTextSchema } from './common';

export const actorSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    /** A value of the actor kinds (content/vocabulary.yaml, or the story's). */
    kind: idSchema,
    /** One line: the actor's part in this story, in the site's words. */
    role: siteTextSchema,
    /** A short description in the site's words. */
    description: siteTextSchema,
    /** How the article refers to the actor ("the Kazakh leader", "Moscow"…), matched verbatim. */
    aliases: z.array(z.string().min(2)).default([]),
    /** Ids of actors this one belongs to (a state to an alliance, an analyst to a think tank). */
    affiliations: z.array(idSchema).default([]),
    /** Where the article introduces the actor. */
    excerpt: excerptSchema,
    excerptParagraph: excerptHintSchema,
  })
  .strict();

export type ActorInput = z.infer<typeof actorSchema>;
