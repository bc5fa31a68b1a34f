/**
 * `npm run date -- <slug> "<phrase>"` (src/story/dates/date-command.ts, scripts/date.mjs): it finds the
 * story's article, counts from its publication date, and prints a `date:` block that parses as YAML and
 * passes the event schema, with any other reading commented out; a slug or phrase it cannot read is a
 * message and exit code 1.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dateSnippet, runDateCommand } from '../../src/story/dates/date-command';
import { eventDateSchema } from '../../src/story/schemas/event';
import { projectRoot } from '../support/build-site';

// The fixture story's report is dated Thursday 7 March 2030.
const MINI = ['--root', 'tests/fixtures/mini'];
const run = (...args: string[]) => runDateCommand(projectRoot, args, {});

/** The `date` of a printed block, checked by the event schema. */
function dateOf(yaml: string) {
  const parsed = parse(yaml) as { date: unknown };
  expect(Object.keys(parsed)).toEqual(['date']);
  return eventDateSchema.parse(parsed.date);
}

const uncomment = (block: string) =>
  block
    .split('\n')
    .filter((line) => !line.startsWith('# Or,'))
    .map((line) => line.replace(/^# /, ''))
    .join('\n');

describe('the date block', () => {
  it('parses as YAML to the date given, start quoted and a long derivation folded', () => {
    const derivation = 'The report is dated Thursday 6 January 2022; “next week” in it is the week after the report’s: the week that begins on Monday 10 January 2022. The article names no day.';
    const snippet = dateSnippet('next week', { start: '2022-01-10', precision: 'week', derivation });
    expect(snippet.split('\n').slice(0, 5)).toEqual(['date:', '  start: "2022-01-10"', '  precision: week', '  phrase: next week', '  derivation: >-']);
    expect(Math.max(...snippet.split('\n').map((line) => line.length))).toBeLessThanOrEqual(100);
    expect(dateOf(snippet)).toEqual({ start: '2022-01-10', precision: 'week', phrase: 'next week', derivation });
  });

  it('keeps a short derivation on one line and quotes a phrase YAML would misread', () => {
    const snippet = dateSnippet('at 10: dawn #1', { start: '2022-01-06', precision: 'day', derivation: 'Short: it is that day.' });
    expect(snippet).toContain('  derivation: "Short: it is that day."');
    expect(dateOf(snippet)).toMatchObject({ phrase: 'at 10: dawn #1', derivation: 'Short: it is that day.' });
  });
});

describe('runDateCommand', () => {
  it('prints the date block for a phrase in the story’s report', () => {
    const { stdout, stderr, exitCode } = run('mini-fixture-story', 'On Thursday', ...MINI);
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    expect(dateOf(stdout)).toEqual({
      start: '2030-03-07',
      precision: 'day',
      phrase: 'On Thursday',
      derivation: 'The report is dated Thursday 7 March 2030; “On Thursday” in it is that day.',
    });
  });

  it('prints the other reading commented out, itself a valid block once uncommented', () => {
    const { stdout, exitCode } = run('mini-fixture-story', 'on', 'Monday', ...MINI);
    expect(exitCode).toBe(0);
    const [first, other] = stdout.split(/\n(?=# Or,)/);
    expect(dateOf(stdout)).toMatchObject({ start: '2030-03-04', precision: 'day', phrase: 'on Monday' });
    expect(other).toMatch(/^# Or, if the article speaks of it as still to come/);
    expect(other!.trimEnd().split('\n').every((line) => line.startsWith('#'))).toBe(true);
    expect(dateOf(uncomment(other!))).toMatchObject({ start: '2030-03-11', precision: 'day', phrase: 'on Monday' });
    expect(dateOf(first!).start).toBe('2030-03-04');
  });

  it('reads the stories of content/ by default', () => {
    const [article] = readdirSync(join(projectRoot, 'content/articles')).filter((name) => name.endsWith('.md'));
    const { stdout, exitCode } = run(article!.replace(/\.md$/, ''), 'in 2019');
    expect(exitCode).toBe(0);
    expect(dateOf(stdout)).toMatchObject({ start: '2019-01-01', precision: 'year', phrase: 'in 2019' });
  });

  it('names an unknown story and lists the stories there', () => {
    const { stdout, stderr, exitCode } = run('no-such-story', 'today', ...MINI);
    expect(exitCode).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('No story "no-such-story": there is no no-such-story.md in tests/fixtures/mini/articles.');
    expect(stderr).toContain('The stories there: mini-fixture-story.');
  });

  it('refuses a slug that is a path', () => {
    const { stderr, exitCode } = run('../articles/mini-fixture-story', 'today', ...MINI);
    expect(exitCode).toBe(1);
    expect(stderr).toContain("is not a story's slug");
  });

  it('says it cannot read a phrase, and lists what it reads', () => {
    const { stdout, stderr, exitCode } = run('mini-fixture-story', 'soon', ...MINI);
    expect(exitCode).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('Cannot read “soon” as a date');
    expect(stderr).toMatch(/\n {2}- weeks: this week/);
  });

  it('prints its usage without a slug and a phrase', () => {
    for (const args of [[], ['mini-fixture-story']]) {
      const { stderr, exitCode } = run(...args);
      expect(exitCode).toBe(1);
      expect(stderr).toContain('Usage: npm run date -- <slug>');
    }
    expect(run('--help').exitCode).toBe(0);
  });

  describe('with an article of its own', () => {
    const root = mkdtempSync(join(tmpdir(), 'date-command-'));
    mkdirSync(join(root, 'articles'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const article = (slug: string, frontmatter: string) => writeFileSync(join(root, 'articles', `${slug}.md`), `---\n${frontmatter}\n---\n\nText.\n`);

    it('warns when the report is dated only to the week', () => {
      article('weekly', 'title: "T"\npublished: 2030-03-04\npublishedPrecision: week');
      const { stdout, stderr, exitCode } = run('weekly', 'yesterday', '--root', root);
      expect(exitCode).toBe(0);
      expect(stderr).toMatch(/^warning: .*weekly\.md gives its date only to the week/);
      expect(dateOf(stdout).start).toBe('2030-03-03');
    });

    it('says what is wrong with a publication date it cannot count from', () => {
      article('undated', 'title: "T"\npublishedPrecision: day');
      const { stderr, exitCode } = run('undated', 'today', '--root', root);
      expect(exitCode).toBe(1);
      expect(stderr).toMatch(/undated\.md: dates are counted from the frontmatter's published .*: published/);
    });
  });
});

describe('scripts/date.mjs', () => {
  const script = (...args: string[]) => spawnSync(process.execPath, [join(projectRoot, 'scripts/date.mjs'), ...args], { cwd: projectRoot, encoding: 'utf8' });

  it('prints the block and exits 0, or a message and exits 1', () => {
    const good = script('mini-fixture-story', 'next week', ...MINI);
    expect(good.status, good.stderr).toBe(0);
    expect(dateOf(good.stdout)).toMatchObject({ start: '2030-03-11', precision: 'week', phrase: 'next week' });
    const bad = script('no-such-story', 'next week', ...MINI);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('No story "no-such-story"');
  });
});
