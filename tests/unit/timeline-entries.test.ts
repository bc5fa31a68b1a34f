/**
 * The timeline's entries from the story model: date order, the article's events with their excerpts,
 * outside reports apart and never with an excerpt; and the schema of later events.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/story/load/parse-files';
import { buildStory } from '../../src/story/build-story';
import { laterEventSchema } from '../../src/story/schemas/later-event';
import { parseDay } from '../../src/views/timeline/dates';
import { compareEntries, filterOptions, firstSentence, storyEntries, type TimelineEntry } from '../../src/views/timeline/entries';
import { projectRoot } from '../support/build-site';
import { storyInputFromFiles } from '../support/story-from-files';
import { REPORT } from '../support/fixture-stories';

const SLUG = REPORT.slug;
const laterFile = join(REPORT.root, 'stories', SLUG, 'later-events.yaml');
const laterData = parseYaml(readFileSync(resolve(projectRoot, laterFile), 'utf8'), laterFile) as unknown[];
const story = buildStory({
  ...storyInputFromFiles(resolve(projectRoot, REPORT.root), SLUG),
  laterEvents: laterData.map((item) => ({ data: laterEventSchema.parse(item), filePath: laterFile })),
});
// Made in each test rather than once while Vitest collects the file, so that mutation testing
// (npm run mutation) credits the assertions to the code that makes them.
const entries = () => storyEntries(story);

describe('laterEventSchema', () => {
  const valid = laterData[0] as Record<string, unknown>;

  it('accepts the story’s later event, which has no title', () => {
    expect(laterEventSchema.parse(valid).title).toBeNull();
  });

  it('rejects a field it does not know, a URL that is not https and a date that is not on the calendar', () => {
    expect(laterEventSchema.safeParse({ ...valid, excerpt: 'a quotation' }).success).toBe(false);
    expect(laterEventSchema.safeParse({ ...valid, url: 'http://en.armradio.am/x' }).success).toBe(false);
    expect(laterEventSchema.safeParse({ ...valid, date: '2022-02-30' }).success).toBe(false);
    expect(laterEventSchema.safeParse({ ...valid, outlet: '' }).success).toBe(false);
  });
});

describe('storyEntries', () => {
  it('has every event of the article and every outside report, each once', () => {
    const external = story.figures.flatMap((figure) => figure.reports.filter((report) => report.origin === 'external'));
    expect(entries().filter((entry) => entry.origin === 'article')).toHaveLength(story.events.length);
    expect(entries().filter((entry) => entry.origin === 'external')).toHaveLength(external.length + story.laterEvents.length);
    expect(new Set(entries().map((entry) => entry.anchor)).size).toBe(entries().length);
  });

  it('puts them in date order, from 2019 to March 2022', () => {
    const starts = entries().map((entry) => parseDay(entry.start).getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(entries()[0].dateText).toBe('2019');
    expect(entries().at(-1)!.start).toBe('2022-03-14');
  });

  it('gives each article event the reporter’s words and the paragraph they stand in', () => {
    for (const entry of entries()) {
      if (entry.origin !== 'article') continue;
      const block = story.blocks.find((candidate) => candidate.id === entry.excerpt.blockId)!;
      expect(block.text.replace(/\s+/g, ' ')).toContain(entry.excerpt.text);
      expect(entry.excerpt.href).toBe(`/stories/${SLUG}/#${entry.excerpt.blockId}`);
    }
  });

  it('gives outside reports their outlet and link, and nothing that looks like the article', () => {
    for (const entry of entries()) {
      if (entry.origin !== 'external') continue;
      expect(entry.category).toBe('later-reports');
      expect(entry.source.url).toMatch(/^https:\/\//);
      expect(entry.source.outlet).not.toBe('');
      expect(entry).not.toHaveProperty('excerpt');
      expect(entry.anchor).toMatch(/^later-/);
    }
  });

  it('heads the withdrawal announcement with its first sentence and keeps the rest as the paraphrase', () => {
    const withdrawal = entries().find((entry) => entry.anchor === 'later-csto-withdrawal-announced');
    expect(withdrawal?.title).toBe('The CSTO forces would be withdrawn from Kazakhstan by 19 January inclusive.');
    expect(withdrawal?.origin === 'external' && withdrawal.summary).toMatch(/^Russian planes would fly out/);
    expect(withdrawal?.origin === 'external' && withdrawal.source.title).toBeNull();
  });

  it('attaches the site’s notes to the event they target', () => {
    const clashes = entries().find((entry) => entry.anchor === 'event-almaty-clashes-jan-5');
    expect(clashes?.origin === 'article' && clashes.notes.some((note) => note.includes('does not reconcile the two dates'))).toBe(true);
  });

  it('offers filters for the categories and actors present, later reports last', () => {
    const { categories, actors } = filterOptions(entries());
    expect(categories.at(-1)?.id).toBe('later-reports');
    expect(categories.reduce((sum, option) => sum + option.count, 0)).toBe(entries().length);
    expect(actors.map((option) => option.id)).toContain('putin');
  });
});

describe('compareEntries', () => {
  const entry = (start: string, precision: TimelineEntry['precision'], origin: 'article' | 'external', qualifier: 'on' | 'before' = 'on') =>
    ({ start, precision, origin, qualifier }) as TimelineEntry;

  it('puts a coarser date first when two start on the same day', () => {
    expect(compareEntries(entry('2022-01-03', 'week', 'article'), entry('2022-01-03', 'day', 'article'))).toBeLessThan(0);
  });

  it('puts “before 15 January” ahead of 15 January, and the article ahead of outside reports', () => {
    expect(compareEntries(entry('2022-01-15', 'day', 'external', 'before'), entry('2022-01-15', 'day', 'external'))).toBeLessThan(0);
    expect(compareEntries(entry('2022-01-06', 'day', 'article'), entry('2022-01-06', 'day', 'external'))).toBeLessThan(0);
  });
});

describe('firstSentence', () => {
  it('ends at the first full stop followed by a space, not inside a number', () => {
    expect(firstSentence('Some 2.5 thousand left. Then more.')).toBe('Some 2.5 thousand left.');
    expect(firstSentence('No full stop')).toBe('No full stop');
  });
});
