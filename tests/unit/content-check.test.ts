/**
 * The content checker the build runs before writing anything: every bad input below gives one line naming
 * the file (and line where known), the entry and the field, or a warning naming what was dropped. Each
 * case breaks one thing in a copy of the mini fixture story and checks it without Astro. The table in
 * tests/fixtures/bad-content/README.md lists the same inputs and lines; a test keeps the two in step.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/story/load/parse-files';
import { projectRoot } from '../support/build-site';
import { ARTICLE, brokenCopy, checkRoots, removeCopy, STORY, type Edit } from '../support/bad-content';

const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

function check(edits: Edit[], published: Record<string, string[]> = {}) {
  const root = brokenCopy(edits);
  copies.push(root);
  return checkRoots([root], published);
}

const events = `${STORY}/events.yaml`;
const figures = `${STORY}/figures.yaml`;
const actors = `${STORY}/actors.yaml`;
const relations = `${STORY}/relations.yaml`;
const notes = `${STORY}/notes.yaml`;
const replace = (file: string, from: string | RegExp, to: string): Edit => ({ file, replace: [from, to] });

/** The ids of one of the site's lists (content/vocabulary.yaml), as a mistake lists them. */
const siteIds = (list: string) =>
  (parseYaml(readFileSync(resolve(projectRoot, 'content/vocabulary.yaml'), 'utf8'), 'content/vocabulary.yaml') as Record<string, { id: string }[]>)[list]!
    .map((term) => term.id)
    .join(', ');

/** A map for the mini story, with the city `lon` east. */
const map = (lon: number) => `- id: deployment
  extent: { west: 10, south: 40, east: 20, north: 50 }
  cities: [{ id: exampleton, name: Exampleton, lon: ${lon}, lat: 45 }]
  countries: [{ actor: harbour-authority, isoNumeric: "398", labelAt: [15, 45] }]
  alliance: harbour-authority
  deployment: { relation: ministry-inspects-port, figure: people-evacuated, fromCity: exampleton }
`;

export interface BadInput {
  /** The mistake, as the README's table names it. */
  name: string;
  edits: Edit[];
  published?: Record<string, string[]>;
  /** The exact lines the checker prints (errors, or warnings when `warning` is set). */
  lines: string[];
  warning?: true;
}

export const badInputs: BadInput[] = [
  {
    name: 'an excerpt that is not in the article',
    edits: [replace(events, 'excerpt: Floods closed the river port of Exampleton on Tuesday', 'excerpt: Floods closed the sea port on Tuesday')],
    lines: [
      'content/stories/mini-fixture-story/events.yaml:7:12  entry "port-closed"  field "excerpt"  excerpt not found in the article: "Floods closed the sea port on Tuesday"; closest in the article, in p-exampleton-floods-closed-the-river: "Floods closed the river port of"',
    ],
  },
  {
    name: 'an excerpt found twice without a hint',
    edits: [replace(relations, 'excerpt: scheduled to inspect the quay', 'excerpt: the quay')],
    lines: [
      'content/stories/mini-fixture-story/relations.yaml:6:12  entry "ministry-inspects-port"  field "excerpt"  excerpt found 2 times (in photo-water-covers-the-quay-of, p-engineers-from-the-ministry-of); quote more words or add excerptParagraph: "the quay"',
    ],
  },
  {
    name: 'an excerpt that quotes a heading the site added',
    edits: [replace(relations, 'excerpt: scheduled to inspect the quay', 'excerpt: What comes next')],
    lines: [
      'content/stories/mini-fixture-story/relations.yaml:6:12  entry "ministry-inspects-port"  field "excerpt"  excerpt not found in the article (only in a heading the site added, which is not the reporter’s text): "What comes next"',
    ],
  },
  {
    name: 'an excerptParagraph naming a heading the site added',
    edits: [replace(relations, 'excerpt: scheduled to inspect the quay', 'excerpt: scheduled to inspect the quay\n  excerptParagraph: what-comes-next')],
    lines: [
      'content/stories/mini-fixture-story/relations.yaml:7:21  entry "ministry-inspects-port"  field "excerptParagraph"  excerptParagraph "what-comes-next" is a heading the site added, not the reporter\'s words',
    ],
  },
  {
    name: 'an unknown actor id',
    edits: [replace(events, 'actors: [harbour-authority]', 'actors: [harbour-authority, port-police]')],
    lines: [
      'content/stories/mini-fixture-story/events.yaml:6:31  entry "port-closed"  field "actors[1]"  unknown actor id "port-police"; nearest: "rescue-service", "harbour-authority", "ministry-of-works"',
    ],
  },
  {
    name: 'an excerptParagraph that is no paragraph id',
    edits: [replace(relations, 'excerpt: scheduled to inspect the quay', 'excerpt: scheduled to inspect the quay\n  excerptParagraph: p-engineers-from-the-ministry')],
    lines: [
      'content/stories/mini-fixture-story/relations.yaml:7:21  entry "ministry-inspects-port"  field "excerptParagraph"  excerptParagraph "p-engineers-from-the-ministry" is not a paragraph id of the article; nearest: "p-engineers-from-the-ministry-of", "p-the-water-is-still-rising", "photo-water-covers-the-quay-of"; the article\'s paragraph ids: p-exampleton-floods-closed-the-river, p-the-regional-rescue-service-said, p-the-water-is-still-rising, photo-water-covers-the-quay-of, p-engineers-from-the-ministry-of',
    ],
  },
  {
    name: 'an outside report at an http:// address',
    edits: [
      {
        file: `${STORY}/later-events.yaml`,
        write: '- id: port-reopens\n  date: 2030-03-20\n  claimantName: The harbour authority\n  summary: The port reopened.\n  outlet: Example Wire\n  publishedDate: 2030-03-20\n  url: http://wire.example.org/port\n',
      },
    ],
    lines: [
      'content/stories/mini-fixture-story/later-events.yaml:7:8  entry "port-reopens"  field "url"  must be the full https:// address of the outside report (https://outlet.example/path); http:// and bare domains are not accepted',
    ],
  },
  {
    name: 'a reference to an entry that has its own mistake (reported once, at the entry)',
    edits: [replace(actors, '- id: ministry-of-works\n', '- id: ministry-of-works\n  rank: 1\n')],
    lines: [
      'content/stories/mini-fixture-story/actors.yaml:16:9  entry "ministry-of-works"  field "rank"  unknown key (a typo, or a field this kind of entry does not have)',
    ],
  },
  {
    name: 'a duplicate id',
    edits: [replace(actors, '- id: ministry-of-works', '- id: rescue-service')],
    lines: [
      'content/stories/mini-fixture-story/actors.yaml:9:7  entry "rescue-service"  field "id"  duplicate id',
      'content/stories/mini-fixture-story/events.yaml:13:12  entry "quay-inspection"  field "actors[0]"  unknown actor id "ministry-of-works"; nearest: "harbour-authority", "rescue-service"',
      'content/stories/mini-fixture-story/relations.yaml:3:9  entry "ministry-inspects-port"  field "from"  unknown actor id "ministry-of-works"; nearest: "harbour-authority", "rescue-service"',
    ],
  },
  {
    name: 'a relation whose two ends are the same actor',
    edits: [replace(relations, 'to: harbour-authority', 'to: ministry-of-works')],
    lines: [
      'content/stories/mini-fixture-story/relations.yaml:5:7  entry "ministry-inspects-port"  field "to"  a relation links two different actors; "ministry-of-works" is also its "from"',
    ],
  },
  {
    name: 'a date that does not parse',
    edits: [replace(events, 'start: 2030-03-05', 'start: 2030-02-30')],
    lines: [
      'content/stories/mini-fixture-story/events.yaml:5:18  entry "port-closed"  field "date.start"  is not a real calendar date',
    ],
  },
  {
    name: 'a "week" event not starting on a Monday',
    edits: [replace(events, 'start: 2030-03-11', 'start: 2030-03-12')],
    lines: [
      'content/stories/mini-fixture-story/events.yaml:12:18  entry "quay-inspection"  field "date.start"  a week starts on its Monday (precision "week")',
    ],
  },
  {
    name: 'an upper bound below a lower bound',
    edits: [replace(figures, 'max: 400, min: 0', 'max: 400, min: 500')],
    lines: [
      'content/stories/mini-fixture-story/figures.yaml:13:62  entry "people-evacuated"  field "reports[0].value.max"  in "rescue-400": max must not be below min',
    ],
  },
  {
    name: 'a negative count',
    edits: [replace(figures, 'min: 30 }', 'min: -30 }')],
    lines: [
      'content/stories/mini-fixture-story/figures.yaml:28:60  entry "people-injured"  field "reports[0].value.min"  in "rescue-30": must not be negative',
    ],
  },
  {
    name: 'a figure whose text says one number and whose value is another',
    edits: [replace(figures, 'max: 400, min: 0', 'max: 40000, min: 0')],
    lines: [
      'content/stories/mini-fixture-story/figures.yaml:13:62  entry "people-evacuated"  field "reports[0].value.max"  40,000 is not the number its text "as many as 400" states (400)',
    ],
  },
  {
    name: 'a typo in a key (excerp:)',
    edits: [replace(relations, 'excerpt: scheduled', 'excerp: scheduled')],
    lines: [
      'content/stories/mini-fixture-story/relations.yaml:2:3  entry "ministry-inspects-port"  field "excerpt"  missing: this field is required (string)',
      'content/stories/mini-fixture-story/relations.yaml:6:11  entry "ministry-inspects-port"  field "excerp"  unknown key (a typo, or a field this kind of entry does not have)',
    ],
  },
  {
    name: 'a note attached to a paragraph id that does not exist',
    edits: [replace(notes, 'p-the-regional-rescue-service-said', 'p-the-regional-fire-service-said')],
    lines: [
      'content/stories/mini-fixture-story/notes.yaml:3:24  entry "fixture-note"  field "target.paragraph"  no paragraph with id "p-the-regional-fire-service-said" in the article; nearest: "p-the-regional-rescue-service-said", "p-the-water-is-still-rising", "p-engineers-from-the-ministry-of"; the article\'s paragraph ids: p-exampleton-floods-closed-the-river, p-the-regional-rescue-service-said, p-the-water-is-still-rising, photo-water-covers-the-quay-of, p-engineers-from-the-ministry-of',
    ],
  },
  {
    name: 'an empty notes.yaml',
    edits: [{ file: notes, write: '# notes to come\n' }],
    lines: [
      'content/stories/mini-fixture-story/notes.yaml  has no entries: write a YAML list of notes, or delete the file',
    ],
  },
  {
    name: 'a data file that is not a list',
    edits: [{ file: notes, write: 'id: fixture-note\ntext: A note.\n' }],
    lines: [
      'content/stories/mini-fixture-story/notes.yaml  expected a YAML list of notes, one entry per item (- id: …)',
    ],
  },
  {
    name: 'a data file with an unknown name (note.yaml)',
    edits: [{ file: `${STORY}/note.yaml`, write: '- id: x\n' }],
    lines: [
      'content/stories/mini-fixture-story/note.yaml  is not a data file of a story: expected one of actors.yaml, events.yaml, figures.yaml, claims.yaml, relations.yaml, notes.yaml, later-events.yaml, maps.yaml, vocabulary.yaml',
    ],
  },
  {
    name: 'an event category no vocabulary has',
    edits: [replace(events, 'category: government\n  date: { start: 2030-03-05', 'category: flood\n  date: { start: 2030-03-05')],
    lines: [
      `content/stories/mini-fixture-story/events.yaml:4:13  entry "port-closed"  field "category"  "flood" is not one of the event categories: known are ${siteIds('eventCategories')}. Add it to content/vocabulary.yaml, or to this story's vocabulary.yaml with list: eventCategories`,
    ],
  },
  {
    name: 'a story vocabulary value that redefines a site value',
    edits: [{ file: `${STORY}/vocabulary.yaml`, write: '- { id: protest, list: eventCategories, label: Demonstration, meaning: People marching. }\n' }],
    lines: [
      'content/stories/mini-fixture-story/vocabulary.yaml:1:9  entry "protest"  field "id"  "protest" is already one of the site\'s event categories (content/vocabulary.yaml): use it as it is, or choose another id',
    ],
  },
  {
    name: 'a tab indenting a YAML line',
    edits: [replace(actors, '  kind: government-body\n  role: Announced', '\tkind: government-body\n  role: Announced')],
    lines: [
      'content/stories/mini-fixture-story/actors.yaml:4:1  YAML syntax error: a tab indents this line; YAML indents with spaces only',
    ],
  },
  {
    name: 'a YAML syntax error',
    edits: [replace(actors, 'aliases: [the harbour authority]', 'aliases: [the harbour authority')],
    lines: [
      'content/stories/mini-fixture-story/actors.yaml:8:3  entry "harbour-authority"  field "aliases"  YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
  },
  {
    name: 'a key written twice in one entry',
    edits: [replace(actors, '  kind: government-body\n  role: Announced', '  kind: government-body\n  kind: government-body\n  role: Announced')],
    lines: [
      'content/stories/mini-fixture-story/actors.yaml:5:3  entry "harbour-authority"  field "kind"  YAML syntax error: this key is written twice in the same entry',
    ],
  },
  {
    name: 'invalid UTF-8 in a YAML file',
    edits: [{ file: relations, write: Buffer.concat([Buffer.from('- id: ministry-inspects-port\n  from: ministry-of-works\n  type: negotiates-with\n  to: harbour-authority\n  note: caf'), Buffer.from([0xe9]), Buffer.from('\n  excerpt: scheduled to inspect the quay\n')]) }],
    lines: [
      'content/stories/mini-fixture-story/relations.yaml:5  is not valid UTF-8 text (save the file as UTF-8)',
    ],
  },
  {
    name: 'a map city outside the map’s extent',
    edits: [{ file: `${STORY}/maps.yaml`, write: map(25) }],
    lines: [
      'content/stories/mini-fixture-story/maps.yaml:3:12  entry "deployment"  field "cities[0]"  "exampleton" (25, 45) lies outside the map\'s extent (10–20 E, 40–50 N), so it would not be drawn',
    ],
  },
  {
    name: 'a map border along a country the map does not draw',
    edits: [{ file: `${STORY}/maps.yaml`, write: `${map(15)}  borders: [{ along: [harbour-authority, rescue-service], relation: ministry-inspects-port }]\n` }],
    lines: [
      'content/stories/mini-fixture-story/maps.yaml:7:22  entry "deployment"  field "borders[0].along"  "rescue-service" has its border marked but is not one of the map\'s countries (add it to countries)',
    ],
  },
  {
    name: 'a map border that cites neither a figure nor a relation',
    edits: [{ file: `${STORY}/maps.yaml`, write: `${map(15)}  borders: [{ along: [harbour-authority, rescue-service] }]\n` }],
    lines: [
      'content/stories/mini-fixture-story/maps.yaml:7:13  entry "deployment"  field "borders[0]"  give the figure or the relation the border is marked for (one of them), so the mark cites the article',
    ],
  },
  {
    name: 'an alias that is not in the article',
    edits: [replace(actors, 'aliases: [the harbour authority]', 'aliases: [the harbour authority, the port authority]')],
    lines: [
      'content/stories/mini-fixture-story/actors.yaml:7:36  entry "harbour-authority"  field "aliases[1]"  "the port authority" is not in the article\'s text, so it finds no mentions (dropped)',
    ],
    warning: true,
  },
  {
    name: 'frontmatter without a title',
    edits: [replace(ARTICLE, /^title: .*\n/m, '')],
    lines: [
      'content/articles/mini-fixture-story.md:2:1  entry "mini-fixture-story"  field "title"  missing: this field is required (string)',
    ],
  },
  {
    name: 'frontmatter with a bad date',
    edits: [replace(ARTICLE, 'published: 2030-03-07', 'published: 7 March 2030')],
    lines: [
      'content/articles/mini-fixture-story.md:4:12  entry "mini-fixture-story"  field "published"  must be a date written YYYY-MM-DD',
    ],
  },
  {
    name: 'frontmatter with an unknown field',
    edits: [replace(ARTICLE, 'language: en', 'language: en\nauthor: Nobody')],
    lines: [
      'content/articles/mini-fixture-story.md:9:9  entry "mini-fixture-story"  field "author"  unknown key (a typo, or a field this kind of entry does not have)',
    ],
  },
  {
    name: 'an article without frontmatter',
    edits: [replace(ARTICLE, /^---\n[\s\S]*?\n---\n/, '')],
    lines: [
      'content/articles/mini-fixture-story.md:1  the article needs YAML frontmatter between --- lines at its very start',
    ],
  },
  {
    name: 'an article with frontmatter and no body',
    edits: [replace(ARTICLE, /\n---\n[\s\S]*$/, '\n---\n')],
    lines: [
      'content/articles/mini-fixture-story.md:2:1  entry "mini-fixture-story"  field "body"  the article has no text: the reporter’s words go below the frontmatter',
    ],
  },
  {
    name: 'a list in the article',
    edits: [replace(ARTICLE, '“The water is still rising,” the harbour master said.', '- “The water is still rising,” the harbour master said.')],
    lines: [
      'content/articles/mini-fixture-story.md:21:1  entry "mini-fixture-story"  field "body"  a list is not part of the article format: write each item as a paragraph',
    ],
  },
  {
    name: 'a Markdown image in the article',
    edits: [replace(ARTICLE, '“The water is still rising,”', '![The quay](https://elsewhere.example/quay.jpg) “The water is still rising,”')],
    lines: [
      'content/articles/mini-fixture-story.md:21:1  entry "mini-fixture-story"  field "body"  an image is not shown by this site (it has no photo files): write its caption in :::figure{credit="…"}',
    ],
  },
  {
    name: 'a published paragraph id that disappears',
    edits: [],
    published: { 'mini-fixture-story': ['p-the-flood-waters-receded-on'] },
    lines: [
      'content/articles/mini-fixture-story.md:12:3  entry "mini-fixture-story"  field "idAliases"  the published id "p-the-flood-waters-receded-on" (tests/snapshots/article-ids.json) is gone: add "p-the-flood-waters-receded-on: <its new id>" to idAliases so links to it keep working',
    ],
  },
  {
    name: 'an idAliases entry pointing to no id',
    edits: [replace(ARTICLE, 'p-the-rescue-service-said-as: p-the-regional-rescue-service-said', 'p-the-rescue-service-said-as: p-the-regional-fire-service-said')],
    lines: [
      'content/articles/mini-fixture-story.md:12:33  entry "mini-fixture-story"  field "idAliases.p-the-rescue-service-said-as"  "p-the-regional-fire-service-said" is not an id of the article',
    ],
  },
  {
    name: 'an idAliases entry naming an id that is still a block’s',
    edits: [replace(ARTICLE, 'p-the-rescue-service-said-as: p-the-regional-rescue-service-said', 'p-the-water-is-still-rising: p-the-regional-rescue-service-said')],
    lines: [
      'content/articles/mini-fixture-story.md:12:32  entry "mini-fixture-story"  field "idAliases.p-the-water-is-still-rising"  "p-the-water-is-still-rising" is still the id of a block of the article: an alias names an id that is gone',
    ],
  },
  {
    name: 'a story with an article and no data',
    edits: [{ file: STORY, write: null }],
    lines: [
      'content/articles/mini-fixture-story.md  entry "mini-fixture-story"  field "(data)"  the story has no data: add its YAML files in stories/mini-fixture-story/ beside the articles folder',
    ],
  },
  {
    name: 'story data with no article',
    edits: [{ file: 'stories/orphan-story/actors.yaml', write: '- id: x\n' }],
    lines: [
      "content/stories/orphan-story  no article orphan-story.md in the articles folder of any content root for this story's data",
    ],
  },
  {
    name: 'a slug with a space',
    edits: [{ file: 'articles/second story.md', write: readFileSync(join(resolve(projectRoot, 'tests/fixtures/mini'), ARTICLE)) }],
    lines: [
      'content/articles/second story.md  "second story" is not a slug: name it in lowercase a-z, 0-9 and single hyphens (it becomes the story\'s URL)',
    ],
  },
  {
    name: 'a slug differing only in case',
    edits: [{ file: 'articles/Mini-Fixture-Story.md', write: readFileSync(join(resolve(projectRoot, 'tests/fixtures/mini'), ARTICLE)) }],
    lines: [
      'content/articles/Mini-Fixture-Story.md  "Mini-Fixture-Story" is not a slug: name it in lowercase a-z, 0-9 and single hyphens (it becomes the story\'s URL)',
    ],
  },
];

describe('the content checker', () => {
  it('accepts the mini fixture story as it is', () => {
    expect(check([])).toEqual({ errors: [], warnings: [] });
  });

  it('accepts a value the story adds to a vocabulary itself, and words it', () => {
    const adds = { file: `${STORY}/vocabulary.yaml`, write: '- { id: flood, list: eventCategories, label: Flood, meaning: Water over the land. }\n' };
    expect(check([adds, replace(events, 'category: government\n  date: { start: 2030-03-05', 'category: flood\n  date: { start: 2030-03-05')])).toEqual({ errors: [], warnings: [] });
  });

  it('accepts a byte-order mark before the frontmatter (and drops it)', () => {
    const before = readFileSync(join(resolve(projectRoot, 'tests/fixtures/mini'), ARTICLE), 'utf8');
    expect(check([{ file: ARTICLE, write: `\uFEFF${before}` }])).toEqual({ errors: [], warnings: [] });
  });

  it('reports a story in two content roots, naming both files', () => {
    const first = brokenCopy([]);
    const second = brokenCopy([]);
    copies.push(first, second);
    const { errors } = checkRoots([first, second]);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^tmp\/bad-content-\w+\/content\/articles\/mini-fixture-story\.md  the story "mini-fixture-story" is also in content\/articles\/mini-fixture-story\.md: a slug must be unique across content roots$/);
    expect(errors[1]).toMatch(/\/content\/stories\/mini-fixture-story  the story "mini-fixture-story" is also in content\/stories\/mini-fixture-story: a slug must be unique across content roots$/);
  });

  it('lists every bad input with its exact line in tests/fixtures/bad-content/README.md', () => {
    const readme = readFileSync(resolve(projectRoot, 'tests/fixtures/bad-content/README.md'), 'utf8');
    const rows = badInputs.flatMap((input) => input.lines.map((line) => `| ${input.name} | ${input.warning ? 'warning' : 'error'} | \`${line}\` |`));
    expect(rows.filter((row) => !readme.includes(row))).toEqual([]);
  });

  for (const input of badInputs) {
    it(`reports ${input.name}`, () => {
      const { errors, warnings } = check(input.edits, input.published);
      expect(input.warning ? warnings : errors).toEqual(input.lines);
    });
  }
});
