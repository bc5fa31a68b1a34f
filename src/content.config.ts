/** The content collections: one article collection and one collection per kind of story data (src/story/data-kinds.ts). */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { DATA_KINDS, dataKinds } from './story/data-kinds';
import { articlesLoader, storyDataLoader } from './story/load/loaders';
import { articleSchema } from './story/schemas';

type DataCollections = { [Kind in keyof typeof DATA_KINDS]: { loader: Loader; schema: (typeof DATA_KINDS)[Kind]['schema'] } };

const dataCollections = Object.fromEntries(
  dataKinds.map((kind) => [kind, defineCollection({ loader: storyDataLoader(kind), schema: DATA_KINDS[kind].schema })]),
) as DataCollections;

export const collections = {
  articles: defineCollection({ loader: articlesLoader(), schema: articleSchema }),
  ...dataCollections,
};
