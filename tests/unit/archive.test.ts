/** The bounded cross-story lists: the latest few for the front page and the feed, and the archive by year and month. */
import { describe, expect, it } from 'vitest';
import { archiveYears, FEED_ITEMS, firstMonthLeftOut, HOME_STORIES, latest, monthOf, newestFirst } from '../../src/views/archive';
import { anchors } from '../../src/views/anchors';
import { routes } from '../../src/views/routes';

/** 120 stories over the 14 months from November 2021 to December 2022, in no particular order. */
const stories = Array.from({ length: 120 }, (_, index) => {
  const month = index % 14; // 0 = November 2021
  const date = new Date(Date.UTC(2021, 10 + month, 1 + ((index * 7) % 28)));
  return { slug: `story-${String((index * 37) % 120).padStart(3, '0')}`, meta: { published: date.toISOString().slice(0, 10) } };
});
const byDate = (a: { meta: { published: string } }, b: { meta: { published: string } }) => b.meta.published.localeCompare(a.meta.published);

describe('latest', () => {
  it('keeps the newest N, newest first, ties by slug', () => {
    const kept = latest(stories, FEED_ITEMS);
    expect(kept).toHaveLength(FEED_ITEMS);
    expect([...kept].sort(byDate)).toEqual(kept);
    const oldestKept = kept.at(-1)!.meta.published;
    expect(stories.filter((story) => story.meta.published > oldestKept).every((story) => kept.includes(story))).toBe(true);
    const ties = kept.slice(1).filter((story, i) => story.meta.published === kept[i]!.meta.published);
    expect(ties.length).toBeGreaterThan(0);
    expect(ties.every((story) => story.slug > kept[kept.indexOf(story) - 1]!.slug)).toBe(true);
  });

  it('keeps every story when there are fewer, and none for a count of 0', () => {
    expect(latest(stories.slice(0, 3), HOME_STORIES)).toEqual(newestFirst(stories.slice(0, 3)));
    expect(latest(stories, 0)).toEqual([]);
    expect(latest([], FEED_ITEMS)).toEqual([]);
  });

  it('bounds the feed and the front page below a large newsroom', () => {
    expect(HOME_STORIES).toBeGreaterThan(0);
    expect(FEED_ITEMS).toBeGreaterThanOrEqual(HOME_STORIES);
    expect(latest(stories, HOME_STORIES)).toEqual(latest(stories, FEED_ITEMS).slice(0, HOME_STORIES));
  });

  it('does not reorder its input', () => {
    const before = [...stories];
    latest(stories, 10);
    expect(stories).toEqual(before);
  });
});

describe('archiveYears', () => {
  const years = archiveYears(stories);

  it('holds every story once, newest first', () => {
    const listed = years.flatMap(({ months }) => months.flatMap((month) => month.stories));
    expect(listed).toEqual(newestFirst(stories));
    expect(new Set(listed).size).toBe(120);
  });

  it('groups by year, then month, newest first, each month under its own year', () => {
    expect(years.map(({ year }) => year)).toEqual(['2022', '2021']);
    expect(years[0]!.months.map(({ month }) => month)).toEqual(
      ['12', '11', '10', '09', '08', '07', '06', '05', '04', '03', '02', '01'].map((m) => `2022-${m}`),
    );
    expect(years[1]!.months.map(({ month }) => month)).toEqual(['2021-12', '2021-11']);
    for (const { year, months } of years) {
      for (const month of months) {
        expect(month.month.startsWith(`${year}-`)).toBe(true);
        expect(month.stories.length).toBeGreaterThan(0);
        expect(month.stories.every((story) => monthOf(story.meta.published) === month.month)).toBe(true);
      }
    }
  });

  it('labels months in words', () => {
    expect(years[1]!.months.map(({ label }) => label)).toEqual(['December 2021', 'November 2021']);
  });

  it('gives a month the same anchor however many later stories arrive', () => {
    const earlier = archiveYears(stories.filter((story) => story.meta.published < '2022-01-01'));
    const later = archiveYears(stories);
    const monthsOf = (list: typeof years) => list.flatMap(({ months }) => months);
    for (const month of monthsOf(earlier)) {
      const same = monthsOf(later).find((other) => other.month === month.month)!;
      expect(same.stories).toEqual(month.stories);
      expect(anchors.archiveMonth(same.month)).toBe(anchors.archiveMonth(month.month));
    }
    expect(routes.archive('2022-01')).toBe('/archive/#month-2022-01');
    expect(anchors.archiveYear('2022')).toBe('year-2022');
  });

  it('is empty for no stories', () => {
    expect(archiveYears([])).toEqual([]);
  });
});

describe('firstMonthLeftOut', () => {
  it('is the month of the newest story the front page leaves out', () => {
    const left = newestFirst(stories)[HOME_STORIES]!;
    expect(firstMonthLeftOut(stories, HOME_STORIES)).toBe(monthOf(left.meta.published));
  });

  it('is undefined when the front page shows every story', () => {
    expect(firstMonthLeftOut(stories.slice(0, HOME_STORIES), HOME_STORIES)).toBeUndefined();
    expect(firstMonthLeftOut([], HOME_STORIES)).toBeUndefined();
  });
});
