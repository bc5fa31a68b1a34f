/**
 * Bad content fails the build with one line naming the file, the entry and the field. Each case copies
 * the mini fixture story, breaks one thing, and runs a real `astro build` with it as an extra content root.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, projectBuildDir, projectRoot } from '../support/build-site';

const FIXTURE = resolve(projectRoot, 'tests/fixtures/mini');
const STORY = 'stories/mini-fixture-story';
const ARTICLE = 'articles/mini-fixture-story.md';
const workDirs: string[] = [];

afterAll(() => {
  for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
});

/** Builds the site with a broken copy of the fixture; returns the build's output. */
function buildBroken(file: string, edit: (text: string) => string): { ok: boolean; output: string } {
  const dir = projectBuildDir('bad-content');
  workDirs.push(dir);
  const root = join(dir, 'content');
  cpSync(FIXTURE, root, { recursive: true });
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`The edit of ${file} changed nothing`);
  writeFileSync(path, after);
  return buildSite(join(dir, 'out'), { EXTRA_CONTENT_ROOTS: root });
}

/** The single line of output that names the file, entry and field. */
function errorLine(output: string, file: string): string | undefined {
  return output.split('\n').find((line) => line.includes(file) && line.includes('entry "') && line.includes('field "'));
}

const cases: { name: string; file: string; edit: (text: string) => string; entry: string; field: string; problem: RegExp }[] = [
  {
    name: 'an excerpt that is not in the article',
    file: `${STORY}/events.yaml`,
    edit: (text) => text.replace('excerpt: Floods closed the river port of Exampleton on Tuesday', 'excerpt: Floods closed the sea port on Tuesday'),
    entry: 'port-closed',
    field: 'excerpt',
    problem: /excerpt not found in the article: "Floods closed the sea port on Tuesday"/,
  },
  {
    name: 'an excerpt found twice without a hint',
    file: `${STORY}/relations.yaml`,
    edit: (text) => text.replace('excerpt: scheduled to inspect the quay', 'excerpt: the quay'),
    entry: 'ministry-inspects-port',
    field: 'excerpt',
    problem: /found 2 times .*excerptParagraph/,
  },
  {
    name: 'an unknown actor id',
    file: `${STORY}/events.yaml`,
    edit: (text) => text.replace('actors: [harbour-authority]', 'actors: [harbour-authority, port-police]'),
    entry: 'port-closed',
    field: 'actors',
    problem: /unknown actor id "port-police"/,
  },
  {
    name: 'a duplicate id',
    file: `${STORY}/actors.yaml`,
    edit: (text) => text.replace('- id: ministry-of-works', '- id: rescue-service'),
    entry: 'rescue-service',
    field: 'id',
    problem: /duplicate id/,
  },
  {
    name: 'a date that does not parse',
    file: `${STORY}/events.yaml`,
    edit: (text) => text.replace('start: 2030-03-05', 'start: 2030-02-30'),
    entry: 'port-closed',
    field: 'date.start',
    problem: /not a real calendar date/,
  },
  {
    name: 'an upper bound below a lower bound',
    file: `${STORY}/figures.yaml`,
    edit: (text) => text.replace('max: 400, min: 0', 'max: 400, min: 500'),
    entry: 'people-evacuated',
    field: 'reports.0.value.max',
    problem: /max must not be below min/,
  },
  {
    name: 'a negative count',
    file: `${STORY}/figures.yaml`,
    edit: (text) => text.replace('min: 30 }', 'min: -30 }'),
    entry: 'people-injured',
    field: 'reports.0.value.min',
    problem: /must not be negative/,
  },
  {
    name: 'a note attached to a paragraph id that does not exist',
    file: `${STORY}/notes.yaml`,
    edit: (text) => text.replace('p-the-regional-rescue-service-said', 'p-the-regional-fire-service-said'),
    entry: 'fixture-note',
    field: 'target.paragraph',
    problem: /no paragraph with id "p-the-regional-fire-service-said"/,
  },
  {
    name: 'frontmatter without a title',
    file: ARTICLE,
    edit: (text) => text.replace(/^title: .*\n/m, ''),
    entry: 'mini-fixture-story',
    field: 'title',
    problem: /expected string|required/i,
  },
  {
    name: 'frontmatter with a bad date',
    file: ARTICLE,
    edit: (text) => text.replace('published: 2030-03-07', 'published: 7 March 2030'),
    entry: 'mini-fixture-story',
    field: 'published',
    problem: /YYYY-MM-DD/,
  },
  {
    name: 'frontmatter with an unknown field',
    file: ARTICLE,
    edit: (text) => text.replace('language: en', 'language: en\nauthor: Nobody'),
    entry: 'mini-fixture-story',
    field: '(entry)',
    problem: /unrecognized key.*author/i,
  },
];

describe('bad content fails the build with file, entry and field', () => {
  for (const testCase of cases) {
    it(`rejects ${testCase.name}`, () => {
      const { ok, output } = buildBroken(testCase.file, testCase.edit);
      expect(ok, output).toBe(false);
      const line = errorLine(output, testCase.file);
      expect(line, output).toBeDefined();
      expect(line).toContain(`entry "${testCase.entry}"`);
      expect(line).toContain(`field "${testCase.field}"`);
      expect(line).toMatch(testCase.problem);
    });
  }
});
