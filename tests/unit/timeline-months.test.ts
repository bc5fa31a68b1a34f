/**
 * The timeline of all stories, split by month (src/views/timeline/months.ts): every entry on exactly one
 * month page, the month its date begins in, and an address that does not move when another story arrives.
 */
import { describe, expect, it } from 'vitest';
import { combinedEntries } from '../../src/views/timeline/entries';
import { neighbouringMonths, timelineMonthOf, timelineMonths } from '../../src/views/timeline/months';
import { routes } from '../../src/views/routes';
import { borderStory, miniStory } from '../support/fixture-stories';

/** Where each entry can be linked to: its month page and anchor. */
const addresses = (months: ReturnType<typeof timelineMonths>) =>
  new Map(months.flatMap((month) => month.entries.map((entry) => [entry.anchor, routes.timelineMonth(month.month, entry.anchor)] as const)));

describe('the timeline of all stories by month', () => {
  it('puts every entry on the page of the month its date begins in, months oldest first', () => {
    const stories = [borderStory(), miniStory()];
    const months = timelineMonths(stories);
    expect(months.map((month) => month.month)).toEqual([...new Set(months.map((month) => month.month))].sort());
    expect(months.flatMap((month) => month.entries)).toEqual(combinedEntries(stories));
    for (const month of months) for (const entry of month.entries) expect(entry.start.slice(0, 7)).toBe(month.month);
  });

  it('files a date known only to its year under the year’s first month', () => {
    const ceasefire = timelineMonths([borderStory()])
      .flatMap((month) => month.entries.map((entry) => ({ month: month.month, entry })))
      .find(({ entry }) => entry.precision === 'year');
    expect(ceasefire).toMatchObject({ month: '2029-01', entry: { dateText: expect.stringContaining('2029') } });
  });

  it('keeps every entry’s address when another story arrives', () => {
    const before = addresses(timelineMonths([borderStory()]));
    const after = addresses(timelineMonths([borderStory(), miniStory()]));
    expect(before.size).toBeGreaterThan(0);
    for (const [anchor, url] of before) expect(after.get(anchor), anchor).toBe(url);
    expect(after.size).toBe(before.size + combinedEntries([miniStory()]).length);
  });

  it('names each month and the stories told in it, each once, oldest first', () => {
    const months = timelineMonths([miniStory(), borderStory()]);
    const june = months.find((month) => month.month === '2031-06')!;
    expect(june.label).toBe('June 2031');
    expect(june.stories.map((story) => story.slug)).toEqual([...new Set(june.entries.map((entry) => entry.story.slug))]);
    for (const month of months) {
      expect(month.stories.map((story) => story.published)).toEqual(month.stories.map((story) => story.published).sort());
    }
  });

  it('links each month to the ones before and after it, and to nothing past either end', () => {
    const months = timelineMonths([borderStory(), miniStory()]);
    expect(months.length).toBeGreaterThan(2);
    expect(neighbouringMonths(months, months[0].month)).toEqual({ older: undefined, newer: months[1] });
    expect(neighbouringMonths(months, months[1].month)).toEqual({ older: months[0], newer: months[2] });
    expect(neighbouringMonths(months, months.at(-1)!.month).newer).toBeUndefined();
    expect(() => neighbouringMonths(months, '1900-01')).toThrow(/no month 1900-01/);
  });

  it('reads the month from the start of any date', () => {
    expect(timelineMonthOf({ start: '2022-01-31' })).toBe('2022-01');
    expect(timelineMonthOf({ start: '2022-12-01' })).toBe('2022-12');
  });
});
