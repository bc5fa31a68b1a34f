/**
 * The editor's loop without a build: `npm run check` lists every mistake of a story at once, each at the
 * file's line and column with its entry and field, in reading order; `npm run story:ids` lists the blocks
 * an entry can name. Ten mistakes of ten kinds in four files of the border fixture story are all reported,
 * and each line number points at the line that writes the field. (An entry that breaks its schema is
 * reported for that and checked no further, so the ten are in nine entries.)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/story/load/check-content';
import { articleBlocks, blockListing } from '../../src/story/load/article-blocks';
import { brokenCopy, MINI, removeCopy, type Edit } from '../support/bad-content';
import { projectRoot } from '../support/build-site';

const BORDER = resolve(projectRoot, 'tests/fixtures/border');
const STORY = 'stories/border-fixture-story';
const replace = (file: string, from: string, to: string): Edit => ({ file: `${STORY}/${file}`, replace: [from, to] });

/** Ten mistakes an editor makes, in four files, each with the entry and field its line must name. */
const MISTAKES: { edit: Edit; file: string; entry: string; field: string; says: RegExp }[] = [
  {
    edit: replace('events.yaml', 'excerpt: clashed along their disputed border on Wednesday', 'excerpt: clashed along the disputed border on Wednesday'),
    file: 'events.yaml',
    entry: 'border-clash',
    field: 'excerpt',
    says: /excerpt not found in the article: "clashed along the disputed border on Wednesday"; closest in the article, in p-[a-z0-9-]+: "clashed along their disputed border on Wednesday/,
  },
  { edit: replace('events.yaml', 'start: 2031-06-09', 'start: 2031-06-31'), file: 'events.yaml', entry: 'villagers-flee', field: 'date.start', says: /is not a real calendar date/ },
  { edit: replace('events.yaml', 'actors: [arlen-vos]', 'actors: [arlen-voss]'), file: 'events.yaml', entry: 'vos-address', field: 'actors[0]', says: /unknown actor id "arlen-voss"; nearest: "arlen-vos"/ },
  {
    edit: replace('figures.yaml', 'url: https://fixture.invalid/herald/border-clash', 'url: http://fixture.invalid/herald/border-clash'),
    file: 'figures.yaml',
    entry: 'soldiers-killed',
    field: 'reports[0].url',
    says: /in "herald-early": must be the full https:\/\/ address/,
  },
  { edit: replace('figures.yaml', "text: '1,500', value: 1500", "text: '1,500', value: 15000"), file: 'figures.yaml', entry: 'troops-sent', field: 'reports[0].value.value', says: /15,000 is not the number its text "1,500" states/ },
  { edit: replace('figures.yaml', '- id: northland-killed\n  kind: killed', '- id: northland-killed\n  kind: kiled'), file: 'figures.yaml', entry: 'northland-killed', field: 'kind', says: /"kiled" is not one of the figure kinds/ },
  { edit: replace('relations.yaml', 'from: arlen-vos\n  type: leads\n  to: northland', 'from: arlen-vos\n  type: leads\n  to: arlen-vos'), file: 'relations.yaml', entry: 'vos-leads', field: 'to', says: /a relation links two different actors/ },
  { edit: replace('relations.yaml', 'type: accuses', 'type: acuses'), file: 'relations.yaml', entry: 'ministry-accuses', field: 'type', says: /"acuses" is not one of the relation types/ },
  { edit: replace('claims.yaml', 'events: [vos-address]', 'events: [vos-adress]'), file: 'claims.yaml', entry: 'vos-defend', field: 'events[0]', says: /unknown event id "vos-adress"; nearest: "vos-address"/ },
  { edit: replace('claims.yaml', 'status: unconfirmed', 'status: unconfrimed'), file: 'claims.yaml', entry: 'shelling-accusation', field: 'status', says: /Invalid option/ },
];

const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

describe('npm run check on a story with ten mistakes in four files', () => {
  const root = brokenCopy(
    MISTAKES.map(({ edit }) => edit),
    BORDER,
  );
  copies.push(root);
  const { errors } = checkContent(projectRoot, { roots: [root], published: {} });
  const lines = errors.map((error) => error.message);

  it('reports all ten, one line each', () => {
    expect(lines).toHaveLength(MISTAKES.length);
  });

  it.each(MISTAKES.map((mistake) => [`${mistake.file} ${mistake.entry} ${mistake.field}`, mistake] as const))('names %s with what is wrong', (_name, mistake) => {
    const line = lines.find((text) => text.includes(`/${STORY}/${mistake.file}:`) && text.includes(`  entry "${mistake.entry}"  field "${mistake.field}"  `));
    expect(line, lines.join('\n')).toMatch(mistake.says);
  });

  it('gives each mistake the line and column where its file writes the field', () => {
    const placed = lines.map((text) => {
      const [, path, line, column, field] = /^(\S+):(\d+):(\d+)  entry "[^"]+"  field "([^"]+)"/.exec(text)!;
      const written = readFileSync(resolve(projectRoot, path), 'utf8').split('\n')[Number(line) - 1];
      // The field's last key ("min" of reports[1].value.min), or for a list item its value.
      const key = field.replace(/\[\d+\]$/, '').split('.').at(-1)!;
      return { field, column: Number(column), written, writesIt: written.includes(`${key}:`) || /\[\d+\]$/.test(field) };
    });
    expect(placed.filter((at) => !at.writesIt || at.column < 1 || at.column > at.written.length)).toEqual([]);
  });

  it('lists them in reading order: by file, then line', () => {
    const order = lines.map((text) => {
      const [, path, line] = /^(\S+):(\d+):/.exec(text)!;
      return { path, line: Number(line) };
    });
    expect(order).toEqual([...order].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line));
  });

  it('checks one story alone when given its slug, and names the stories when the slug is unknown', () => {
    const mini = brokenCopy([]);
    copies.push(mini);
    const roots = [root, mini];
    expect(checkContent(projectRoot, { roots, published: {}, only: 'mini-fixture-story' }).errors).toEqual([]);
    expect(checkContent(projectRoot, { roots, published: {}, only: 'border-fixture-story' }).errors).toHaveLength(MISTAKES.length);
    expect(checkContent(projectRoot, { roots, published: {}, only: 'no-such-story' }).errors.map((error) => error.message)).toEqual([
      'no-such-story  is not a story: the stories are border-fixture-story, mini-fixture-story',
    ]);
  });
});

describe('npm run story:ids', () => {
  const article = articleBlocks(projectRoot, 'mini-fixture-story', [MINI]);
  const listing = blockListing(article);

  it('lists every block of the article with its id, in order, and the aliases last', () => {
    const ids = listing.map((line) => line.split(/\s+/)[0]);
    expect(ids).toEqual([...article.blocks.map((block) => block.id), ...Object.keys(article.aliases)]);
    expect(Object.keys(article.aliases).length).toBeGreaterThan(0);
  });

  it('marks the headings the site added, which no excerpt may quote, and shows each block’s first words', () => {
    const headings = article.blocks.filter((block) => block.bySite);
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) expect(listing.find((line) => line.startsWith(`${heading.id} `))).toMatch(/ site heading /);
    const first = article.blocks.find((block) => !block.bySite)!;
    expect(listing.find((line) => line.startsWith(`${first.id} `))).toContain(first.text.split(/\s+/).slice(0, 5).join(' '));
  });

  it('names the content roots when the story does not exist', () => {
    expect(() => articleBlocks(projectRoot, 'no-such-story', [MINI])).toThrow(/^no-such-story  is not a story: no articles\/no-such-story\.md in tests\/fixtures\/mini$/);
  });
});

it('reads the article of a story the way the check does (the file named relative to the project)', () => {
  expect(articleBlocks(projectRoot, 'mini-fixture-story', [MINI]).file).toBe(join('tests/fixtures/mini/articles', 'mini-fixture-story.md'));
});
