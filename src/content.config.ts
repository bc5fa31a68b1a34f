/** The content collections: one article collection and one collection per kind of story data. */
import { defineCollection } from 'astro:content';
import { articlesLoader, storyDataLoader } from './content/loaders';
import { actorSchema, articleSchema, claimSchema, eventSchema, figureSchema, laterEventSchema, mapSchema, noteSchema, relationSchema } from './schemas';

export const collections = {
  articles: defineCollection({ loader: articlesLoader(articleSchema), schema: articleSchema }),
  actors: defineCollection({ loader: storyDataLoader('actors', actorSchema), schema: actorSchema }),
  events: defineCollection({ loader: storyDataLoader('events', eventSchema), schema: eventSchema }),
  figures: defineCollection({ loader: storyDataLoader('figures', figureSchema), schema: figureSchema }),
  claims: defineCollection({ loader: storyDataLoader('claims', claimSchema), schema: claimSchema }),
  relations: defineCollection({ loader: storyDataLoader('relations', relationSchema), schema: relationSchema }),
  notes: defineCollection({ loader: storyDataLoader('notes', noteSchema), schema: noteSchema }),
  maps: defineCollection({ loader: storyDataLoader('maps', mapSchema), schema: mapSchema }),
  laterEvents: defineCollection({ loader: storyDataLoader('later-events', laterEventSchema), schema: laterEventSchema }),
};
