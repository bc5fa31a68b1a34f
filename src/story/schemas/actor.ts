/** Actors: the people, states, bodies, outlets and groups the article names. */
import { z } from 'astro/zod';
import { excerptHintSchema, excerptSchema, idSchema, siteTextSchema } from './common';
import { vocabularyIdSchema } from './vocabulary';

export const actorSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    /** A value of the actor kinds (content/vocabulary.yaml, or the story's). */
    kind: vocabularyIdSchema('actorKinds', "A value of the actor kinds (content/vocabulary.yaml, or the story's)."),
    /** One line: the actor's part in this story, in the site's words. */
    role: siteTextSchema.describe("One line: the actor's part in this story, in the site's words."),
    /** A short description in the site's words. */
    description: siteTextSchema.describe("A short description in the site's words."),
    /** How the article refers to the actor ("the president", "the capital"…), matched verbatim. */
    aliases: z
      .array(z.string().min(2))
      .default([])
      .describe('How the article refers to the actor ("the president", "the capital"…), matched verbatim.'),
    /** Ids of actors this one belongs to (a state to an alliance, an analyst to a think tank). */
    affiliations: z.array(idSchema).default([]).describe('Ids of actors this one belongs to (a state to an alliance, an analyst to a think tank).'),
    /** Where the article introduces the actor. */
    excerpt: excerptSchema.describe('Where the article introduces the actor.'),
    excerptParagraph: excerptHintSchema,
  })
  .strict();

export type ActorInput = z.infer<typeof actorSchema>;
