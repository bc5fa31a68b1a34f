// Generated stories for build benchmarks: a content root (EXTRA_CONTENT_ROOTS) of `count` stories made
// from the site's own stories and the test fixtures in turn (a news report with troops and maps, a border
// clash, a port closure, a story of hostile markup), so the archive varies as a newsroom's would rather than
// repeating one story. Each has its own slug and title, `fixture: false`, and every date moved on by whole
// weeks, STORIES_PER_WEEK stories a week, so the stories spread over months as a year of coverage does.
// Moving by weeks keeps each weekday a weekday (the article's "on Tuesday" still names a Tuesday); a date
// known only to its month or year goes back to that month's or year's first day, as the schema asks.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';

const root = resolve(import.meta.dirname, '../..');
/** A busy newsroom's output on one running story: 1,000 stories cover about a year. */
export const STORIES_PER_WEEK = 20;
const TEMPLATE_ROOTS = ['content', 'tests/fixtures/border', 'tests/fixtures/mini', 'tests/fixtures/hostile'].map((dir) => join(root, dir));
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Every story of the template roots: its content root and slug. */
function templates() {
  return TEMPLATE_ROOTS.flatMap((contentRoot) =>
    readdirSync(join(contentRoot, 'articles'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => ({ contentRoot, slug: name.slice(0, -'.md'.length) })),
  );
}

const shiftDay = (iso, days) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A copy of a data file's value with every ISO day moved on by `days`, coarse dates back to their start. */
function shiftDates(value, days) {
  if (typeof value === 'string') return ISO_DAY.test(value) ? shiftDay(value, days) : value;
  if (value instanceof Date) return shiftDay(value.toISOString().slice(0, 10), days);
  if (Array.isArray(value)) return value.map((item) => shiftDates(item, days));
  if (value === null || typeof value !== 'object') return value;
  const shifted = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shiftDates(item, days)]));
  if (typeof shifted.start === 'string' && shifted.precision === 'month') shifted.start = `${shifted.start.slice(0, 7)}-01`;
  if (typeof shifted.start === 'string' && shifted.precision === 'year') shifted.start = `${shifted.start.slice(0, 4)}-01-01`;
  return shifted;
}

/**
 * Writes `count` generated stories into a fresh content root at `dir`; returns their slugs. Story i is
 * made from template i modulo the number of templates and moved on by floor(i / STORIES_PER_WEEK) weeks.
 */
export function makeStories(dir, count) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  const sources = templates();
  const slugs = [];
  for (let index = 0; index < count; index++) {
    const template = sources[index % sources.length];
    const days = 7 * Math.floor(index / STORIES_PER_WEEK);
    const slug = `generated-${String(index + 1).padStart(4, '0')}-${template.slug}`.slice(0, 80);
    const article = readFileSync(join(template.contentRoot, 'articles', `${template.slug}.md`), 'utf8')
      .replace(/^title: "(.*)"$/m, (_, title) => `title: "${title} (generated ${index + 1})"`)
      .replace(/^published: (\d{4}-\d{2}-\d{2})$/m, (_, day) => `published: ${shiftDay(day, days)}`)
      .replace(/^fixture: .*\n/m, '')
      .replace(/^---\n/, '---\nfixture: false\n');
    writeFileSync(join(dir, 'articles', `${slug}.md`), article);
    const from = join(template.contentRoot, 'stories', template.slug);
    const to = join(dir, 'stories', slug);
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from)) {
      if (!name.endsWith('.yaml')) {
        cpSync(join(from, name), join(to, name), { recursive: true });
        continue;
      }
      const text = readFileSync(join(from, name), 'utf8');
      writeFileSync(join(to, name), days === 0 ? text : stringify(shiftDates(parse(text), days), { lineWidth: 0 }));
    }
    slugs.push(slug);
  }
  return slugs;
}

/** Makes one generated story's article say something new (a typo fixed), as an editor's change would. */
export function editOneStory(dir, slug) {
  const file = join(dir, 'articles', `${slug}.md`);
  if (!existsSync(file)) throw new Error(`No generated story ${slug} in ${dir}`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: "(.*)"$/m, (_, title) => `title: "${title}, corrected"`));
}
