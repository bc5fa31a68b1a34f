/**
 * The editor's JSON Schemas (content/schemas/, written by `npm run schemas` from src/story/json-schemas.ts):
 * they are what the generator writes now; every entry of every story's data files, in content/ and in the
 * fixtures, passes them; each file's schema line names its own schema; and they flag what an editor gets
 * wrong as they type (a typo'd key, a wrong value, a missing field) without flagging a value a story adds
 * to a vocabulary itself. Checked with Ajv, a JSON Schema validator like the editor's.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { DATA_KINDS, dataKindOfFile } from '../../src/story/data-kinds';
import { editorSchemas, schemaFileText } from '../../src/story/json-schemas';
import { parseYaml } from '../../src/story/load/parse-files';
import { readSiteVocabulary } from '../../src/story/vocabulary';
import { projectRoot } from '../support/build-site';

const SCHEMAS = resolve(projectRoot, 'content/schemas');
const site = readSiteVocabulary(projectRoot);
const schemas = editorSchemas(site);
const schemaNamed = (name: string) => schemas.find((schema) => schema.name === name)!.schema;

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validators = new Map(schemas.map(({ name, schema }) => [name, ajv.compile(schema)]));

/** Ajv's verdict on `data` as one line per problem (`/0/date/precision: must be equal to one of the allowed values`). */
function problems(name: string, data: unknown): string[] {
  const validate = validators.get(name)!;
  if (validate(data)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath || '/'}: ${error.message}${error.params.additionalProperty ? ` (${error.params.additionalProperty})` : ''}`);
}

const schemaOf = (dataFile: string) => `${dataFile.replace(/\.yaml$/, '')}.schema.json`;

/** Every data file of every story folder in content/ and in the fixtures' content roots. */
function dataFiles(): { file: string; name: string }[] {
  const fixtures = resolve(projectRoot, 'tests/fixtures');
  const roots = [resolve(projectRoot, 'content'), ...readdirSync(fixtures).map((name) => join(fixtures, name))];
  return roots.flatMap((root) => {
    const stories = join(root, 'stories');
    if (!existsSync(stories)) return [];
    return readdirSync(stories).flatMap((slug) =>
      readdirSync(join(stories, slug))
        .filter((name) => dataKindOfFile(name))
        .map((name) => ({ file: join(stories, slug, name), name })),
    );
  });
}

const files = dataFiles();

describe('the JSON Schemas for the editor', () => {
  it('are what the generator writes now (if not: run npm run schemas)', () => {
    const written = readdirSync(SCHEMAS).filter((name) => name.endsWith('.schema.json')).sort();
    expect(written, 'the files in content/schemas/: run npm run schemas').toEqual(schemas.map((schema) => schema.name).sort());
    const stale = schemas.filter(({ name, schema }) => readFileSync(join(SCHEMAS, name), 'utf8') !== schemaFileText(schema)).map((schema) => schema.name);
    expect(stale, 'stale schema files: run npm run schemas').toEqual([]);
  });

  it('have one schema per kind of story data, each a list of entries, and one for the article', () => {
    expect(schemas.map((schema) => schema.dataFile).filter(Boolean)).toEqual(Object.values(DATA_KINDS).map((kind) => kind.file));
    expect(schemas.filter((schema) => schema.dataFile).every(({ schema }) => schema.type === 'array' && typeof schema.items === 'object')).toBe(true);
    expect(schemaNamed('article.schema.json').type).toBe('object');
  });

  it('pass every entry of every story’s data files, in content/ and the fixtures', () => {
    const failures: string[] = [];
    let entries = 0;
    for (const { file, name } of files) {
      const where = relative(projectRoot, file);
      const items = parseYaml(readFileSync(file, 'utf8'), where);
      expect(Array.isArray(items), `${where} is a list`).toBe(true);
      entries += (items as unknown[]).length;
      failures.push(...problems(schemaOf(name), items).map((problem) => `${where} ${problem}`));
    }
    expect(files.filter(({ file }) => file.startsWith(resolve(projectRoot, 'content'))).length, 'data files in content/').toBeGreaterThan(0);
    expect(entries, 'entries checked').toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });

  it('are named by each data file’s first line that names one, its own kind’s, at a path that exists', () => {
    const named = files.flatMap(({ file, name }) => {
      const modeline = /^# yaml-language-server: \$schema=(\S+)\n/.exec(readFileSync(file, 'utf8'));
      return modeline ? [{ file, name, path: modeline[1]! }] : [];
    });
    expect(named.length, 'data files with a schema line').toBeGreaterThan(0);
    const wrong = named
      .filter(({ file, name, path }) => resolve(dirname(file), path) !== join(SCHEMAS, schemaOf(name)))
      .map(({ file, name, path }) => `${relative(projectRoot, file)} names ${path}: write $schema=${relative(dirname(file), join(SCHEMAS, schemaOf(name)))}`);
    expect(wrong).toEqual([]);
  });
});

describe('what the JSON Schemas flag as an editor types', () => {
  const category = site.eventCategories[0]!.id;
  const event = {
    id: 'port-closed',
    title: 'The port closes',
    category,
    date: { start: '2030-03-05', precision: 'day', phrase: 'On Tuesday', derivation: 'The Tuesday before publication.' },
    actors: ['harbour-authority'],
    excerpt: 'Floods closed the river port',
  };
  const events = (entry: object) => problems('events.schema.json', [entry]);

  it('passes a whole event, its defaulted fields left out', () => {
    expect(events(event)).toEqual([]);
  });

  it('flags a typo in a key (excerp:) and the key it misses', () => {
    const { excerpt, ...rest } = event;
    expect(events({ ...rest, excerp: excerpt })).toEqual(["/0: must have required property 'excerpt'", '/0: must NOT have additional properties (excerp)']);
  });

  it('flags a missing excerpt', () => {
    const { excerpt: _, ...rest } = event;
    expect(events(rest)).toEqual(["/0: must have required property 'excerpt'"]);
  });

  it('flags a precision that is not one of day, week, month, year', () => {
    expect(events({ ...event, date: { ...event.date, precision: 'weekly' } })).toEqual(['/0/date/precision: must be equal to one of the allowed values']);
  });

  it('flags a date not written YYYY-MM-DD', () => {
    expect(events({ ...event, date: { ...event.date, start: '5 March 2030' } })).toEqual(['/0/date/start: must match pattern "^\\d{4}-\\d{2}-\\d{2}$"']);
  });

  it('passes a category the story adds in its own vocabulary.yaml, and flags one that is not an id', () => {
    expect(site.eventCategories.map((term) => term.id)).not.toContain('flood');
    expect(events({ ...event, category: 'flood' })).toEqual([]);
    expect(events({ ...event, category: 'Flood water' })).toContain('/0/category: must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"');
  });

  it('flags a reported value of a kind that does not exist', () => {
    const figure = {
      id: 'people-evacuated',
      kind: site.figureKinds[0]!.id,
      subject: 'residents',
      label: 'Residents evacuated',
      unit: site.units[0]!.id,
      panel: site.panels[0]!.id,
      reports: [{ origin: 'article', id: 'rescue-400', date: '2030-03-07', claimant: 'rescue-service', value: { type: 'exact', text: '400', value: 400 }, confirmation: 'unconfirmed', confirmationNote: 'Not confirmed.', excerpt: 'as many as 400' }],
    };
    expect(problems('figures.schema.json', [figure])).toEqual([]);
    const vaguely = { ...figure, reports: [{ ...figure.reports[0]!, value: { type: 'vaguely', text: 'dozens', min: 24, max: 99 } }] };
    expect(problems('figures.schema.json', [vaguely]).length).toBeGreaterThan(0);
  });

  // Each field the content check proves against a vocabulary (vocabularyMistakes in src/story/vocabulary.ts).
  const vocabularyFields = [
    ['events.schema.json', 'category', 'eventCategories'],
    ['figures.schema.json', 'kind', 'figureKinds'],
    ['figures.schema.json', 'unit', 'units'],
    ['figures.schema.json', 'panel', 'panels'],
    ['relations.schema.json', 'type', 'relationTypes'],
    ['actors.schema.json', 'kind', 'actorKinds'],
    ['claims.schema.json', 'kind', 'claimKinds'],
  ] as const;

  for (const [name, field, list] of vocabularyFields) {
    it(`offers the site's ${list} for ${name.replace('.schema.json', '')}.${field}, each with its label and meaning, and accepts a story's own`, () => {
      const property = (schemaNamed(name).items as { properties: Record<string, { anyOf?: { const?: string; title?: string; description?: string }[] }> }).properties[field]!;
      const offered = (property.anyOf ?? []).filter((branch) => branch.const !== undefined);
      expect(offered).toEqual(site[list].map((term) => ({ const: term.id, title: term.label, description: term.meaning })));
      const validate = ajv.compile(property);
      expect(validate(site[list][0]!.id)).toBe(true);
      expect(validate('a-value-of-the-story')).toBe(true);
      expect(validate('Not an id')).toBe(false);
    });
  }
});
