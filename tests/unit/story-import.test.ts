/**
 * story:new (src/story/import/, scripts/story-new.mjs): a report copied off a web page becomes a new
 * story's article and data files. The seed report imports to the finished article's body exactly (its
 * site headings aside); on small made-up reports, a caption printed twice is kept once, a tweet is
 * wrapped, the source page's trailing headlines and source line are dropped and named, a paragraph is
 * never altered, nothing is overwritten, and the files written pass the content reader with only the
 * frontmatter placeholders flagged.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_KINDS, dataKinds } from '../../src/story/data-kinds';
import { DATA_TEMPLATES } from '../../src/story/import/data-templates';
import { ImportError, importReport, isoDateOf, looksLikeHeadline, type ImportedReport } from '../../src/story/import/import-report';
import { writeImportedStory } from '../../src/story/import/write-story';
import { checkContent } from '../../src/story/load/check-content';
import { checkEntry } from '../../src/story/load/entry-issues';
import { splitFrontmatter } from '../../src/story/load/parse-files';
import { readStories } from '../../src/story/load/read-stories';
import { articleSchema } from '../../src/story/schemas';
import { projectBuildDir, projectRoot } from '../support/build-site';

const SEED = resolve(projectRoot, 'tests/fixtures/seed/000_5bbc01d9fe9ae21f.txt');
const ARTICLES = resolve(projectRoot, 'content/articles');

const folders: string[] = [];
/** A fresh content root under tmp/, removed after the tests. */
function tempRoot(): string {
  const folder = projectBuildDir('story-import');
  folders.push(folder);
  return folder;
}
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** An article's body without frontmatter and site headings, one blank line between blocks. */
function bodyOf(markdown: string): string {
  return splitFrontmatter(markdown, 'article.md')
    .body.split('\n')
    .filter((line) => !/^::site-heading\[.*\]\s*$/.test(line))
    .join('\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .join('\n\n');
}

const frontmatterOf = (imported: ImportedReport) => splitFrontmatter(imported.article, 'article.md').data as Record<string, unknown>;
const report = (...blocks: string[]) => `${blocks.join('\n\n')}\n`;
const notesAbout = (imported: ImportedReport, start: string) => imported.notes.filter((note) => note.message.startsWith(start));

/** The finished article whose title is the seed's headline; fails saying so when there is none. */
function finishedArticle(headline: string): string {
  const files = readdirSync(ARTICLES).filter((name) => name.endsWith('.md'));
  const found = files.map((name) => readFileSync(join(ARTICLES, name), 'utf8')).find((text) => (splitFrontmatter(text, 'article.md').data as { title?: string }).title === headline);
  if (found === undefined) throw new Error(`No article in content/articles has the seed's headline as its title: "${headline}" (read ${files.length} articles)`);
  return found;
}

describe('importing the seed report', () => {
  const seed = readFileSync(SEED, 'utf8');
  const headline = seed.split('\n')[0]!.trim();
  const imported = importReport(seed);
  const body = bodyOf(imported.article);

  it('writes the finished article’s body character for character (site headings and frontmatter aside)', () => {
    expect(body.length).toBeGreaterThan(1000);
    expect(body).toBe(bodyOf(finishedArticle(headline)));
  });

  it('takes the title from the headline and the source from the source line', () => {
    const data = frontmatterOf(imported);
    const sourceLine = seed.trim().split('\n').at(-1)!;
    expect(data.title).toBe(headline);
    expect(`source: ${data.source}`).toBe(sourceLine);
    expect(data.language).toBe('en');
    expect(notesAbout(imported, 'Dropped the source line').flatMap((note) => note.lines)).toEqual([sourceLine]);
  });

  it('accounts for every block of the report: in the body verbatim, the title, or a note quoting it', () => {
    const blocks = seed.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean);
    const quoted = imported.notes.flatMap((note) => note.lines);
    const unaccounted = blocks.filter((block) => {
      const [caption, credit] = block.split(' / Credit: ');
      const inBody = body.includes(block) || (credit !== undefined && body.includes(`${caption}\n`) && body.includes(`credit="${credit}"`));
      return !(inBody || quoted.includes(block) || block === headline);
    });
    expect(blocks.length).toBeGreaterThan(20);
    expect(unaccounted).toEqual([]);
  });

  it('names each headline it dropped, and none of them is in the body', () => {
    const dropped = notesAbout(imported, 'Dropped').filter((note) => /headlines? of other stories/.test(note.message)).flatMap((note) => note.lines);
    expect(dropped.length).toBeGreaterThanOrEqual(2);
    for (const line of dropped) {
      expect(seed).toContain(`\n${line}\n`);
      expect(body).not.toContain(line);
    }
  });
});

describe('a photo caption printed twice', () => {
  const straight = "The mayor's office at dusk, with the 'new' sign. / Credit: Jo Lens/Agency";
  const curly = 'The mayor’s office at dusk, with the ‘new’ sign. / Credit: Jo Lens/Agency';
  const figure = ':::figure{credit="Jo Lens/Agency"}\nThe mayor’s office at dusk, with the ‘new’ sign.\n:::';

  it.each([
    ['straight first', straight, curly],
    ['typographic first', curly, straight],
  ])('is kept once, in its typographic spelling (%s), and the dropped copy is quoted', (_, first, second) => {
    const imported = importReport(report('A made-up headline', 'The first paragraph.', first, second, 'The last paragraph.'));
    expect(bodyOf(imported.article)).toBe(`The first paragraph.\n\n${figure}\n\nThe last paragraph.`);
    expect(notesAbout(imported, 'Merged').map((note) => note.lines)).toEqual([[straight]]);
  });

  it('is kept once when both copies are the same, with no line to restore', () => {
    const imported = importReport(report('A made-up headline', 'The first paragraph.', curly, curly, 'The last paragraph.'));
    expect(bodyOf(imported.article).split(':::figure').length - 1).toBe(1);
    expect(notesAbout(imported, 'Merged').map((note) => note.lines)).toEqual([[]]);
  });

  it('is kept twice when a paragraph stands between the copies (it may be a second photo)', () => {
    const imported = importReport(report('A made-up headline', curly, 'A paragraph between.', curly, 'The last paragraph.'));
    expect(bodyOf(imported.article)).toBe(`${figure}\n\nA paragraph between.\n\n${figure}\n\nThe last paragraph.`);
    expect(notesAbout(imported, 'Merged')).toEqual([]);
  });

  it('keeps a credit with double quotes, single-quoting the attribute', () => {
    const imported = importReport(report('A made-up headline', 'A crowd. / Credit: Jo "Lens" Doe', 'The last paragraph.'));
    expect(bodyOf(imported.article)).toBe(':::figure{credit=\'Jo "Lens" Doe\'}\nA crowd.\n:::\n\nThe last paragraph.');
    expect(notesAbout(imported, 'Check')).toEqual([]);
  });
});

describe('an embedded tweet', () => {
  const tweet = ':::tweet{author="Jane Doe" handle="@jane_doe" date="2024-03-04" dateText="March 4, 2024"}\nThe bridge is closed tonight. #traffic\n:::';

  it('is wrapped in :::tweet with its author, handle, date and the block before its attribution as text', () => {
    const imported = importReport(report('A made-up headline', 'A paragraph.', 'The bridge is closed tonight. #traffic', '— Jane Doe (@jane_doe) March 4, 2024', 'The last paragraph.'));
    expect(bodyOf(imported.article)).toBe(`A paragraph.\n\n${tweet}\n\nThe last paragraph.`);
    expect(notesAbout(imported, 'Wrapped a tweet').flatMap((note) => note.lines)).toEqual(['— Jane Doe (@jane_doe) March 4, 2024']);
  });

  it('takes the lines above the attribution as its text when no blank line separates them', () => {
    const imported = importReport(report('A made-up headline', 'A paragraph.', 'The bridge is closed tonight. #traffic\n— Jane Doe (@jane_doe) March 4, 2024', 'The last paragraph.'));
    expect(bodyOf(imported.article)).toBe(`A paragraph.\n\n${tweet}\n\nThe last paragraph.`);
  });

  it('is kept as paragraphs, and said so, when the date cannot be read', () => {
    const imported = importReport(report('A made-up headline', 'The bridge is closed.', '— Jane Doe (@jane_doe) sometime in spring', 'The last paragraph.'));
    expect(bodyOf(imported.article)).toBe('The bridge is closed.\n\n— Jane Doe (@jane_doe) sometime in spring\n\nThe last paragraph.');
    expect(notesAbout(imported, 'Kept as a paragraph').flatMap((note) => note.lines)).toEqual(['— Jane Doe (@jane_doe) sometime in spring']);
  });

  it('reads the dates tweets print', () => {
    expect(isoDateOf('January 5, 2022')).toBe('2022-01-05');
    expect(isoDateOf('5 January 2022')).toBe('2022-01-05');
    expect(isoDateOf('Sep 30, 2023')).toBe('2023-09-30');
    expect(isoDateOf('February 30, 2023')).toBeUndefined();
    expect(isoDateOf('yesterday')).toBeUndefined();
  });
});

describe('the source page’s trailing lines', () => {
  it('drops the source line and two or more trailing headlines, quoting each', () => {
    const imported = importReport(
      report('A made-up headline', 'The first paragraph.', 'The last paragraph ends here.', 'Mayor opens the new bridge', 'Storm closes 40 schools across the region', 'source: example.com'),
    );
    expect(bodyOf(imported.article)).toBe('The first paragraph.\n\nThe last paragraph ends here.');
    expect(frontmatterOf(imported).source).toBe('example.com');
    expect(notesAbout(imported, 'Dropped').map((note) => note.lines)).toEqual([['source: example.com'], ['Mayor opens the new bridge', 'Storm closes 40 schools across the region']]);
    expect(frontmatterOf(imported).omitted).toBe('Two headlines of other stories that followed the report on the source page and the source line.');
  });

  it('keeps a single short unpunctuated last line as a paragraph, and says it could be a headline', () => {
    const imported = importReport(report('A made-up headline', 'The first paragraph.', 'Reporting by Jane Doe', 'source: example.com'));
    expect(bodyOf(imported.article)).toBe('The first paragraph.\n\nReporting by Jane Doe');
    expect(notesAbout(imported, 'Kept as the last paragraph').flatMap((note) => note.lines)).toEqual(['Reporting by Jane Doe']);
  });

  it('keeps short last lines that end like sentences', () => {
    const imported = importReport(report('A made-up headline', 'The first paragraph.', 'The talks go on.', 'What comes next?', 'source: example.com'));
    expect(bodyOf(imported.article)).toBe('The first paragraph.\n\nThe talks go on.\n\nWhat comes next?');
    expect(notesAbout(imported, 'Dropped').map((note) => note.lines)).toEqual([['source: example.com']]);
  });

  it('tells a headline from a sentence, a caption or a tweet’s attribution', () => {
    expect(looksLikeHeadline('At least 13 people killed in a fire')).toBe(true);
    expect(looksLikeHeadline('Report: Mayor says “no comment”')).toBe(true);
    expect(looksLikeHeadline('The talks go on.')).toBe(false);
    expect(looksLikeHeadline('Will the talks go on?')).toBe(false);
    expect(looksLikeHeadline('lowercase start of a line')).toBe(false);
    expect(looksLikeHeadline('A crowd at night / Credit: Jo Lens')).toBe(false);
    expect(looksLikeHeadline('— Jane Doe (@jane) March 4, 2024')).toBe(false);
  });

  it('asks for the source by hand when there is no source line', () => {
    const imported = importReport(report('A made-up headline', 'The only paragraph.'));
    expect(bodyOf(imported.article)).toBe('The only paragraph.');
    expect(notesAbout(imported, 'Found no last “source: site” line')).toHaveLength(1);
    expect(frontmatterOf(imported).source).toBe('');
  });
});

describe('the reporter’s words', () => {
  const paragraphs = [
    '— An em-dash opens this paragraph, with “curly” quotes, ‘single’ ones and an ellipsis…',
    "It's a 'straight' \"quote\" at 5% of $3.50 & AT&T's <b>tag</b> [brackets] {braces} ~tilde~ 3:1",
    'Ünïcödé, ελληνικά, 中文 and an emoji 🙂 — plus a non-breaking\u00a0space',
    'A paragraph the page wrapped\nover two lines',
  ];

  it('keeps every paragraph exactly as written, in order', () => {
    const imported = importReport(report('A made-up headline', ...paragraphs, 'The last paragraph.'));
    expect(bodyOf(imported.article)).toBe([...paragraphs, 'The last paragraph.'].join('\n\n'));
    expect(notesAbout(imported, 'Check')).toEqual([]);
  });

  it('keeps a paragraph Markdown would misread as written, and names it for the editor', () => {
    const odd = ['1. A numbered start', 'Some *starred* words', 'Fish &amp; chips'];
    const imported = importReport(report('A made-up headline', ...odd, 'The last paragraph.'));
    expect(bodyOf(imported.article)).toBe([...odd, 'The last paragraph.'].join('\n\n'));
    expect(notesAbout(imported, 'Check').flatMap((note) => note.lines)).toEqual(odd);
  });

  it('trims only the spaces around lines, and says so', () => {
    const imported = importReport('A made-up headline\n\n    An indented paragraph.  \n\nThe last paragraph.\n');
    expect(bodyOf(imported.article)).toBe('An indented paragraph.\n\nThe last paragraph.');
    expect(notesAbout(imported, 'Trimmed')).toHaveLength(1);
  });

  it('refuses a file with no text', () => {
    expect(() => importReport('\n \n')).toThrow(ImportError);
  });
});

describe('the frontmatter', () => {
  it('leaves summary, published and publishedPrecision as placeholders the schema flags, and nothing else', () => {
    const imported = importReport(report('A made-up headline', 'Capital — The first paragraph.', 'source: example.com'));
    const { errors } = checkEntry(articleSchema, frontmatterOf(imported), 'article.md', 'slug');
    expect(errors.map((error) => error.field).sort()).toEqual(['published', 'publishedPrecision', 'summary']);
    expect(imported.article).toMatch(/^summary: "" # TODO: /m);
    expect(imported.article).toMatch(/^published: "" # TODO: /m);
    expect(imported.article).toMatch(/^publishedPrecision: "" # TODO: /m);
    expect(frontmatterOf(imported).dateline).toBe('Capital');
  });
});

describe('the data files', () => {
  const imported = importReport(report('A made-up headline', 'The only paragraph.', 'source: example.com'));

  it('are one per data kind, each an empty list after its schema line and a commented example', () => {
    expect(imported.dataFiles.map(({ file }) => file).sort()).toEqual(dataKinds.map((kind) => DATA_KINDS[kind].file).sort());
    for (const kind of dataKinds) {
      const { text } = imported.dataFiles.find(({ file }) => file === DATA_KINDS[kind].file)!;
      expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=../../schemas/${DATA_KINDS[kind].file.replace(/\.yaml$/, '')}.schema.json`);
      expect(parse(text)).toEqual([]);
      for (const line of DATA_TEMPLATES[kind].example) expect(text).toContain(`\n# ${line}\n`);
    }
  });

  it.each(dataKinds)('have a %s example that its schema accepts once uncommented', (kind) => {
    const entries = parse(DATA_TEMPLATES[kind].example.join('\n')) as unknown[];
    expect(entries).toHaveLength(1);
    const { errors } = checkEntry(DATA_KINDS[kind].schema, entries[0], DATA_KINDS[kind].file, 'example');
    expect(errors.map((error) => error.message)).toEqual([]);
  });
});

describe('writing the story', () => {
  const imported = importReport(report('A made-up headline', 'The only paragraph.', 'source: example.com'));

  it('writes files the content reader accepts, flagging only the frontmatter placeholders until they are filled', () => {
    const root = tempRoot();
    const written = writeImportedStory(projectRoot, root, 'made-up-story', imported);
    expect(written.dataFiles).toHaveLength(dataKinds.length);
    const before = readStories(projectRoot, [root]);
    expect(before.errors.map((error) => error.message.replace(/^.*field "(\w+)".*$/, '$1')).sort()).toEqual(['published', 'publishedPrecision', 'summary']);

    const article = join(root, 'articles', 'made-up-story.md');
    const filled = readFileSync(article, 'utf8')
      .replace(/^summary: .*$/m, 'summary: A made-up summary.')
      .replace(/^published: .*$/m, 'published: 2024-03-05')
      .replace(/^publishedPrecision: .*$/m, 'publishedPrecision: day');
    writeFileSync(article, filled);
    const after = readStories(projectRoot, [root]);
    expect(after.errors).toEqual([]);
    expect(after.stories.map((story) => [story.slug, ...dataKinds.map((kind) => story[kind]?.length)])).toEqual([['made-up-story', ...dataKinds.map(() => 0)]]);
    expect(checkContent(projectRoot, { roots: [root], published: {} }).errors).toEqual([]);
  });

  it('refuses to overwrite an article or a story folder, writing nothing', () => {
    const root = tempRoot();
    writeImportedStory(projectRoot, root, 'made-up-story', imported);
    expect(() => writeImportedStory(projectRoot, root, 'made-up-story', importReport(report('Another headline', 'Other words.')))).toThrow(/articles\/made-up-story\.md already exists/);
    expect(readFileSync(join(root, 'articles', 'made-up-story.md'), 'utf8')).toBe(imported.article);

    mkdirSync(join(root, 'stories', 'folder-only'), { recursive: true });
    expect(() => writeImportedStory(projectRoot, root, 'folder-only', imported)).toThrow(/stories\/folder-only already exists/);
    expect(readdirSync(join(root, 'articles'))).toEqual(['made-up-story.md']);
    expect(readdirSync(join(root, 'stories', 'folder-only'))).toEqual([]);
  });

  it('refuses a slug that is not one', () => {
    const root = tempRoot();
    expect(() => writeImportedStory(projectRoot, root, 'Not A Slug', imported)).toThrow(/is not a slug/);
    expect(readdirSync(root)).toEqual([]);
  });
});

describe('npm run story:new', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, [resolve(projectRoot, 'scripts/story-new.mjs'), ...args], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, INIT_CWD: projectRoot } });

  it('writes the story, prints what it dropped and the next steps, and refuses to run twice', () => {
    const root = tempRoot();
    const first = cli('made-up-story', '--from', SEED, '--root', root);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^ {2}- Dropped the source line/m);
    expect(first.stdout).toMatch(/^ {2}- Merged a photo caption/m);
    expect(first.stdout).toContain('npm run story:ids -- made-up-story');
    expect(first.stdout).toContain('npm run check -- made-up-story');
    expect(readFileSync(join(root, 'articles', 'made-up-story.md'), 'utf8')).toBe(importReport(readFileSync(SEED, 'utf8')).article);
    expect(readdirSync(join(root, 'stories', 'made-up-story')).sort()).toEqual(dataKinds.map((kind) => DATA_KINDS[kind].file).sort());

    const second = cli('made-up-story', '--from', SEED, '--root', root);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/^story:new: .*made-up-story\.md already exists/);
    expect(second.stdout).toBe('');
  });

  it('explains its usage when the file is missing', () => {
    const result = cli('made-up-story');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('usage: npm run story:new -- <slug> --from <report.txt>');
  });
});
