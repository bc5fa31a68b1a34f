/**
 * The kinds of story data, listed once: each kind's collection name (its key in a story's input), the
 * file it is read from in `content/stories/<slug>/`, and its schema. The content collections, the loaders,
 * the content check and the tests' own reader all take the list from here.
 */
import type { z } from 'astro/zod';
import { actorSchema, claimSchema, eventSchema, figureSchema, laterEventSchema, mapSchema, noteSchema, relationSchema, storyTermSchema } from './schemas';
import type { StoryInput } from './types';

export const DATA_KINDS = {
  actors: { file: 'actors.yaml', schema: actorSchema },
  events: { file: 'events.yaml', schema: eventSchema },
  figures: { file: 'figures.yaml', schema: figureSchema },
  claims: { file: 'claims.yaml', schema: claimSchema },
  relations: { file: 'relations.yaml', schema: relationSchema },
  notes: { file: 'notes.yaml', schema: noteSchema },
  laterEvents: { file: 'later-events.yaml', schema: laterEventSchema },
  maps: { file: 'maps.yaml', schema: mapSchema },
  vocabulary: { file: 'vocabulary.yaml', schema: storyTermSchema },
} as const satisfies Record<Exclude<keyof StoryInput, 'slug' | 'article'>, { file: string; schema: z.ZodType }>;

export type DataKind = keyof typeof DATA_KINDS;

export const dataKinds = Object.keys(DATA_KINDS) as DataKind[];

/** The kind a story folder's file holds, if it is a data file. */
export function dataKindOfFile(name: string): DataKind | undefined {
  return dataKinds.find((kind) => DATA_KINDS[kind].file === name);
}

/** One value per kind, as a story's input holds its data: `{ actors: …, events: …, … }`. */
export function byDataKind<T>(value: (kind: DataKind) => T): Record<DataKind, T> {
  return Object.fromEntries(dataKinds.map((kind) => [kind, value(kind)])) as Record<DataKind, T>;
}
