/**
 * Every value of every enum in the content schemas has one label and one meaning in the site's
 * vocabulary. The schemas are walked, not listed, so a new enum (or a new value) fails here until the
 * vocabulary words it. The open lists (content/vocabulary.yaml) are content: each value has a label and a
 * meaning by their schema, and here each label is its list's own and each drawn value has its mark.
 */
import { describe, expect, it } from 'vitest';
import * as schemas from '../../src/story/schemas';
import { kindGroups, relationFamilies } from '../../src/views/graph/vocabulary';
import * as vocabulary from '../../src/views/vocabulary';

type Walkable = { _zod: { def: Record<string, unknown> & { type: string } } };
const isSchema = (value: unknown): value is Walkable => typeof value === 'object' && value !== null && '_zod' in value;

/** Each enum or literal string field of a schema, by its path ("reports[].confirmation"), with its values. */
function enumsOf(schema: Walkable, path: string, found: Map<string, Set<string>>): void {
  const def = schema._zod.def;
  const add = (values: unknown[]) => {
    const set = found.get(path) ?? new Set<string>();
    for (const value of values) if (typeof value === 'string') set.add(value);
    found.set(path, set);
  };
  switch (def.type) {
    case 'enum':
      add(Object.values(def.entries as Record<string, string>));
      return;
    case 'literal':
      add(def.values as unknown[]);
      return;
    case 'object':
      for (const [key, child] of Object.entries(def.shape as Record<string, Walkable>)) enumsOf(child, path ? `${path}.${key}` : key, found);
      return;
    case 'array':
      enumsOf(def.element as Walkable, `${path}[]`, found);
      return;
    case 'union':
      for (const option of def.options as Walkable[]) enumsOf(option, path, found);
      return;
    case 'pipe':
      enumsOf(def.in as Walkable, path, found);
      return;
    default:
      if (isSchema(def.innerType)) enumsOf(def.innerType, path, found);
  }
}

const allEnums = new Map<string, Set<string>>();
for (const [name, schema] of Object.entries(schemas)) {
  if (isSchema(schema)) enumsOf(schema, name.replace(/Schema$/, ''), allEnums);
}

/** The graph's marks, worded by the key's labels: each group of actor kinds and family of relation types. */
const marks = (entries: { id: string; label: string }[]) => Object.fromEntries(entries.map(({ id, label }) => [id, { label, meaning: label }]));

/** Which vocabulary table words each enum field of the schemas. */
const tables: Record<string, Record<string, vocabulary.Term>> = {
  'article.publishedPrecision': vocabulary.datePrecisions,
  'claim.status': vocabulary.statuses,
  'event.status': vocabulary.eventStatuses,
  'event.date.precision': vocabulary.datePrecisions,
  'eventDate.precision': vocabulary.datePrecisions,
  'figure.reports[].origin': vocabulary.origins,
  'figure.reports[].confirmation': vocabulary.statuses,
  'figure.reports[].dateQualifier': vocabulary.dateQualifiers,
  'figure.reports[].value.type': vocabulary.valueTypes,
  'figureReport.origin': vocabulary.origins,
  'figureReport.confirmation': vocabulary.statuses,
  'figureReport.dateQualifier': vocabulary.dateQualifiers,
  'figureReport.value.type': vocabulary.valueTypes,
  'reportedValue.type': vocabulary.valueTypes,
  confirmation: vocabulary.statuses,
  'siteVocabulary.relationTypes[].family': marks(relationFamilies),
  'storyTerm.family': marks(relationFamilies),
  'siteVocabulary.actorKinds[].group': marks(kindGroups),
  'storyTerm.group': marks(kindGroups),
};

/** Enum fields no reader sees, with why. */
const editorsOnly: Record<string, string> = {
  'storyTerm.list': 'names the list a story adds a value to; an editor writes it, no page shows it',
};

/** The open lists, as pages word them. */
const openLists = {
  eventCategories: vocabulary.eventCategories,
  figureKinds: vocabulary.figureKinds,
  units: vocabulary.figureUnits,
  relationTypes: vocabulary.relationTypes,
  actorKinds: vocabulary.actorKinds,
  claimKinds: vocabulary.claimKinds,
  panels: vocabulary.panels,
};

describe('the vocabulary', () => {
  it('finds the enums of the content schemas', () => {
    // The walk must reach the enums the pages show; if zod's internals change, this fails first.
    expect([...allEnums.keys()]).toEqual(expect.arrayContaining(['claim.status', 'figure.reports[].confirmation', 'storyTerm.list']));
  });

  it.each(Object.entries(openLists))('has the open list %s from content, broad enough to choose from', (_list, terms) => {
    expect(Object.keys(terms).length).toBeGreaterThanOrEqual(3);
    for (const term of Object.values(terms)) {
      expect(term.label).toMatch(/\S/);
      expect(term.meaning).toMatch(/\S/);
    }
  });

  it('can record the kinds of event and number that conflict reporting uses', () => {
    expect(Object.keys(vocabulary.eventCategories)).toEqual(expect.arrayContaining(['armed-clash', 'protest', 'riot', 'violence-against-civilians', 'ceasefire']));
    expect(Object.keys(vocabulary.figureKinds)).toEqual(expect.arrayContaining(['killed', 'injured', 'detained', 'displaced', 'evacuated', 'missing']));
    expect(Object.keys(vocabulary.relationTypes)).toContain('clashes-with');
  });

  it.each([...allEnums].filter(([path]) => !(path in editorsOnly)).map(([path, values]) => [path, [...values]] as const))('words every value of %s', (path, values) => {
    const table = tables[path];
    expect(table, `no vocabulary table for the schema field "${path}": add one to src/views/vocabulary.ts and to this test`).toBeDefined();
    for (const value of values) {
      expect(table[value]?.label, `${path}: "${value}" has no label`).toMatch(/\S/);
      expect(table[value]?.meaning, `${path}: "${value}" has no meaning`).toMatch(/\S/);
    }
  });

  it('gives each value of one table its own label', () => {
    for (const table of new Set([...Object.values(tables), ...Object.values(openLists)])) {
      const labels = Object.values(table).map((term) => term.label);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('says "before" a day the same way wherever a source gives only that', () => {
    expect(vocabulary.givenOn('2022-01-15', 'before')).toBe('before 15 January 2022');
    expect(vocabulary.givenOn('2022-01-15', 'on')).toBe('15 January 2022');
  });
});
