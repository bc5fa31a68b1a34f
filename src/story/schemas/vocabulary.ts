/**
 * The open vocabularies: the lists of values a story's data may use for a kind of event, of number, of
 * relation, of actor and of claim, and the units numbers count. The site's lists are in
 * content/vocabulary.yaml; a story adds its own values in content/stories/<slug>/vocabulary.yaml, one
 * entry per value with the list it joins. Each value has the site's label and meaning; the lists whose
 * values are drawn also say how (a graph family, an actor group).
 */
import { z } from 'astro/zod';
import { idSchema, siteTextSchema } from './common';

/** The graph's families of relation types: each shares a line style (src/views/graph/vocabulary.ts). */
export const relationFamilyIds = ['structure', 'ties', 'force', 'talks', 'conflict'] as const;
export type RelationFamilyId = (typeof relationFamilyIds)[number];
/** The actors index's groups of actor kinds: each shares a node shape (src/views/graph/vocabulary.ts). */
export const actorGroupIds = ['people', 'states', 'alliances', 'bodies', 'sources', 'analysts', 'groups'] as const;
export type ActorGroupId = (typeof actorGroupIds)[number];

const term = { id: idSchema, label: siteTextSchema, meaning: siteTextSchema };

export const termSchemas = {
  eventCategories: z.object(term).strict(),
  figureKinds: z
    .object({
      ...term,
      /** How a panel's title names the kind ("Killed and injured: …"); null for a count that names no panel. */
      phrase: siteTextSchema.nullable().describe('How a panel\'s title names the kind ("Killed and injured: …"); null for a count that names no panel.'),
      /** What a map mark of this kind shows, in the panel's sentence about its map ("where the troops were sent"). */
      onMap: siteTextSchema.describe('What a map mark of this kind shows, in the panel\'s sentence about its map ("where the troops were sent").'),
    })
    .strict(),
  units: z.object(term).strict(),
  relationTypes: z
    .object({
      ...term,
      /** The heading of the list of relations of this type on a profile ("Membership"). */
      heading: siteTextSchema.describe('The heading of the list of relations of this type on a profile ("Membership").'),
      family: z.enum(relationFamilyIds),
    })
    .strict(),
  actorKinds: z.object({ ...term, group: z.enum(actorGroupIds) }).strict(),
  claimKinds: z.object(term).strict(),
  /** The chart panels figures are shown in, in page order: "Casualties", "Troops"… */
  panels: z.object(term).strict(),
};

export type VocabularyList = keyof typeof termSchemas;

/**
 * The fields whose value is a value of one of the lists, each with its list. Such a field is a plain id
 * here: a story may add values of its own, and the content check proves each value against the site's
 * list and the story's additions (src/story/vocabulary.ts). The editor's JSON Schemas offer the site's
 * values for these fields (src/story/json-schemas.ts).
 */
export const vocabularyFields = z.registry<{ list: VocabularyList }>();

/** A field holding a value of `list`, described for the editor. */
export function vocabularyIdSchema(list: VocabularyList, description: string) {
  return idSchema.describe(description).register(vocabularyFields, { list });
}

/** content/vocabulary.yaml: every list, each value once. */
export const siteVocabularySchema = z
  .object({
    eventCategories: z.array(termSchemas.eventCategories).min(1),
    figureKinds: z.array(termSchemas.figureKinds).min(1),
    units: z.array(termSchemas.units).min(1),
    relationTypes: z.array(termSchemas.relationTypes).min(1),
    actorKinds: z.array(termSchemas.actorKinds).min(1),
    claimKinds: z.array(termSchemas.claimKinds).min(1),
    panels: z.array(termSchemas.panels).min(1),
  })
  .strict();

export type SiteVocabulary = z.infer<typeof siteVocabularySchema>;

/** One value a story adds to a list (content/stories/<slug>/vocabulary.yaml), naming the list it joins. */
export const storyTermSchema = z.discriminatedUnion('list', [
  termSchemas.eventCategories.extend({ list: z.literal('eventCategories') }),
  termSchemas.figureKinds.extend({ list: z.literal('figureKinds') }),
  termSchemas.units.extend({ list: z.literal('units') }),
  termSchemas.relationTypes.extend({ list: z.literal('relationTypes') }),
  termSchemas.actorKinds.extend({ list: z.literal('actorKinds') }),
  termSchemas.claimKinds.extend({ list: z.literal('claimKinds') }),
  termSchemas.panels.extend({ list: z.literal('panels') }),
]);

export type StoryTermInput = z.infer<typeof storyTermSchema>;
