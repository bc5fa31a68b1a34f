/**
 * The vocabularies a build knows: the site's lists (content/vocabulary.yaml) with every story's own
 * additions (stories/<slug>/vocabulary.yaml in each content root), read once at build time like the site's
 * identity. The content check proves every story's values against the site's lists and its own additions
 * (`vocabularyMistakes`); views word every value from here through src/views/vocabulary.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { ContentError } from './content-error';
import { contentRoots } from './load/roots';
import { siteVocabularySchema, storyTermSchema, type SiteVocabulary, type StoryTermInput, type VocabularyList } from './schemas/vocabulary';
import type { StoryInput } from './types';

const SITE_VOCABULARY_FILE = 'content/vocabulary.yaml';

type TermOf<L extends VocabularyList> = SiteVocabulary[L][number];
export type Vocabulary = { [L in VocabularyList]: Map<string, TermOf<L>> };

/** What each list is called in a mistake's message. */
const LIST_NAMES: Record<VocabularyList, string> = {
  eventCategories: 'event categories',
  figureKinds: 'figure kinds',
  units: 'units',
  relationTypes: 'relation types',
  actorKinds: 'actor kinds',
  claimKinds: 'claim kinds',
  panels: 'chart panels',
};

/** The site's lists (content/vocabulary.yaml), checked: a mistake in them stops everything that reads them. */
export function readSiteVocabulary(projectRoot: string): SiteVocabulary {
  const result = siteVocabularySchema.safeParse(parse(readFileSync(resolve(projectRoot, SITE_VOCABULARY_FILE), 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `field "${issue.path.join('.') || '(file)'}": ${issue.message}`);
    throw new Error(`${SITE_VOCABULARY_FILE}: ${problems.join('; ')}`);
  }
  return result.data;
}

/** A story's additions as its file holds them; a malformed file adds nothing here (the content check reports it). */
function storyTerms(root: string): StoryTermInput[] {
  const stories = join(root, 'stories');
  if (!existsSync(stories)) return [];
  return readdirSync(stories).flatMap((slug) => {
    const file = join(stories, slug, 'vocabulary.yaml');
    if (!existsSync(file)) return [];
    try {
      const entries: unknown = parse(readFileSync(file, 'utf8'));
      return Array.isArray(entries) ? entries.flatMap((entry) => storyTermSchema.safeParse(entry).data ?? []) : [];
    } catch {
      return [];
    }
  });
}

/** The site's lists, each value once, then the additions in the order they are read. */
function mergeVocabulary(site: SiteVocabulary, additions: StoryTermInput[]): Vocabulary {
  const lists = Object.fromEntries(Object.entries(site).map(([list, terms]) => [list, new Map(terms.map((term) => [term.id, term]))])) as Vocabulary;
  for (const { list, ...term } of additions) {
    const known = lists[list] as Map<string, typeof term>;
    if (!known.has(term.id)) known.set(term.id, term);
  }
  return lists;
}

const projectRoot = process.cwd();

/** The site's own lists, without any story's additions. */
const SITE_VOCABULARY = readSiteVocabulary(projectRoot);

/** Every value a page may word: the site's lists and every story's additions. */
export const VOCABULARY = mergeVocabulary(SITE_VOCABULARY, contentRoots(projectRoot).flatMap(storyTerms));

/**
 * Every value a story's data uses that neither the site's lists nor the story's own additions define, and
 * every addition that redefines a site value: one mistake each, naming the file, the entry and the field.
 */
export function vocabularyMistakes(input: StoryInput, site: SiteVocabulary = SITE_VOCABULARY): ContentError[] {
  const mistakes: ContentError[] = [];
  const own = input.vocabulary ?? [];
  const siteIds = Object.fromEntries(Object.entries(site).map(([list, terms]) => [list, new Set(terms.map((term) => term.id))])) as Record<VocabularyList, Set<string>>;
  const knownIds = Object.fromEntries(
    Object.entries(siteIds).map(([list, ids]) => [list, [...ids, ...own.filter(({ data }) => data.list === list).map(({ data }) => data.id)]]),
  ) as Record<VocabularyList, string[]>;
  for (const { data, filePath } of own) {
    if (siteIds[data.list].has(data.id)) {
      mistakes.push(new ContentError(filePath, data.id, 'id', `"${data.id}" is already one of the site's ${LIST_NAMES[data.list]} (${SITE_VOCABULARY_FILE}): use it as it is, or choose another id`));
    }
  }
  const check = (list: VocabularyList, value: string, filePath: string, entry: string, field: string) => {
    const known = knownIds[list];
    if (known.includes(value)) return;
    mistakes.push(
      new ContentError(filePath, entry, field, `"${value}" is not one of the ${LIST_NAMES[list]}: known are ${known.join(', ')}. Add it to ${SITE_VOCABULARY_FILE}, or to this story's vocabulary.yaml with list: ${list}`),
    );
  };
  for (const { data, filePath } of input.events) check('eventCategories', data.category, filePath, data.id, 'category');
  for (const { data, filePath } of input.figures) {
    check('figureKinds', data.kind, filePath, data.id, 'kind');
    check('units', data.unit, filePath, data.id, 'unit');
    check('panels', data.panel, filePath, data.id, 'panel');
  }
  for (const { data, filePath } of input.relations) check('relationTypes', data.type, filePath, data.id, 'type');
  for (const { data, filePath } of input.actors) check('actorKinds', data.kind, filePath, data.id, 'kind');
  for (const { data, filePath } of input.claims) check('claimKinds', data.kind, filePath, data.id, 'kind');
  return mistakes;
}
