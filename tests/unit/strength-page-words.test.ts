/**
 * Small pieces of wording a reader or an editor sees: the reading time under an article's title, the
 * story menu, a chart table's "Drawn as" note, and the content check's last line.
 */
import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../src/views/reader/reading-time';
import { storyViews } from '../../src/views/story-views';
import { drawnRangeOf } from '../../src/views/charts/table';
import type { ChartRow } from '../../src/views/charts/rows';
import { checkSummary } from '../../src/story/load/check-summary';
import type { ContentCheck } from '../../src/story/load/check-content';
import { borderStory, miniStory } from '../support/fixture-stories';

const words = (n: number) => Array.from({ length: n }, (_, index) => `word${index}`).join(' ');

describe('the reading time', () => {
  it('counts words at 230 a minute, rounded, and never says less than a minute', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes(words(100))).toBe(1);
    expect(readingMinutes(words(344))).toBe(1);
    expect(readingMinutes(words(346))).toBe(2);
    expect(readingMinutes(words(2300))).toBe(10);
  });

  it('counts words however they are spaced', () => {
    expect(readingMinutes(`  ${words(460).replace(/ /g, ' \n\t ')}  `)).toBe(2);
  });

  it('reads at another speed when asked', () => {
    expect(readingMinutes(words(600), 100)).toBe(6);
  });
});

describe('the story menu', () => {
  it('lists the article, timeline, who’s who, charts named for what they count, and claims, in that order', () => {
    expect(storyViews(borderStory())).toEqual([
      { key: 'article', label: 'Article', href: '/stories/border-fixture-story/' },
      { key: 'timeline', label: 'Timeline', href: '/stories/border-fixture-story/timeline/' },
      { key: 'actors', label: 'Who’s who', href: '/stories/border-fixture-story/actors/' },
      { key: 'charts', label: 'Casualties, troops & displacement', href: '/stories/border-fixture-story/charts/' },
      { key: 'claims', label: 'Who claimed what', href: '/stories/border-fixture-story/claims/' },
    ]);
  });

  it('leaves out the charts page of a story with no numbers to chart', () => {
    const story = { ...structuredClone(miniStory()), figures: [] };
    expect(storyViews(story).map((view) => view.key)).toEqual(['article', 'timeline', 'actors', 'claims']);
  });
});

describe('a chart table’s note on what is drawn', () => {
  const row = (drawnMin: number, drawnMax: number | null) => ({ drawnMin, drawnMax }) as ChartRow;

  it('gives a range, a single value, or an open range, with thousands separated', () => {
    expect(drawnRangeOf(row(24, 99))).toBe('Drawn as 24 to 99');
    expect(drawnRangeOf(row(1500, 1500))).toBe('Drawn at 1,500');
    expect(drawnRangeOf(row(1000, null))).toBe('Drawn from 1,000 up, with no ceiling');
  });
});

describe('the content check’s last line', () => {
  const check = (stories: number, errors: number, warnings: number) =>
    ({ stories: Array.from({ length: stories }), errors: Array.from({ length: errors }), warnings: Array.from({ length: warnings }, () => 'w') }) as unknown as ContentCheck;

  it('counts the stories checked when there are no mistakes', () => {
    expect(checkSummary(check(1, 0, 0))).toBe('1 story checked, no mistakes');
    expect(checkSummary(check(3, 0, 0))).toBe('3 stories checked, no mistakes');
    expect(checkSummary(check(0, 0, 0))).toBe('0 stories checked, no mistakes');
  });

  it('counts the mistakes, and says how to read the lines above', () => {
    expect(checkSummary(check(2, 1, 0))).toBe('1 content mistake: fix each line above (file:line:column, entry, field)');
    expect(checkSummary(check(2, 4, 0))).toBe('4 content mistakes: fix each line above (file:line:column, entry, field)');
  });

  it('adds the warnings, in either case', () => {
    expect(checkSummary(check(2, 0, 1))).toBe('2 stories checked, no mistakes, 1 warning');
    expect(checkSummary(check(2, 2, 3))).toBe('2 content mistakes, 3 warnings: fix each line above (file:line:column, entry, field)');
  });
});
