/** The content collections: one article collection and one collection per kind of story data. */
import { defineCollection } from 'astro:content';
import { articlesLoader, storyDataLoader } from './story/load/loaders';
import { actorSchema, articleSchema, claimSchema, eventSchema, figureSchema, laterEventSchema, mapSchema, noteSchema, relationSchema } from './story/schemas';

export const collections = {
  articles: defineCollection({ loader: articlesLoader(), schema: articleSchema }),
  actors: defineCollection({ loader: storyDataLoader('actors'), schema: actorSchema }),
  events: defineCollection({ loader: storyDataLoader('events'), schema: eventSchema }),
  figures: defineCollection({ loader: storyDataLoader('figures'), schema: figureSchema }),
  claims: defineCollection({ loader: storyDataLoader('claims'), schema: claimSchema }),
  relations: defineCollection({ loader: storyDataLoader('relations'), schema: relationSchema }),
  notes: defineCollection({ loader: storyDataLoader('notes'), schema: noteSchema }),
  maps: defineCollection({ loader: storyDataLoader('maps'), schema: mapSchema }),
  laterEvents: defineCollection({ loader: storyDataLoader('later-events'), schema: laterEventSchema }),
};
