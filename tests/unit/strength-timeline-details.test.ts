/**
 * Details of the timeline a reader notices (src/views/timeline/dates.ts, segments.ts, entries.ts): how a
 * skipped stretch is worded at each unit's threshold, how an expected event's date reads, where the axis
 * breaks (a gap of exactly the limit does not break it), and the order of the filters.
 */
import { describe, expect, it } from 'vitest';
import { formatDuration, formatEventDate } from '../../src/views/timeline/dates';
import { allocateSegments, positionOf, segmentTime } from '../../src/views/timeline/segments';
import { filterOptions, storyEntries } from '../../src/views/timeline/entries';
import { borderStory } from '../support/fixture-stories';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const span = (start: string, end: string) => ({ start: day(start), end: day(end) });
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('a skipped stretch in words', () => {
  it('counts days under a fortnight, weeks under three months, months under a year and a half, then years', () => {
    expect([formatDuration(1), formatDuration(13), formatDuration(14)]).toEqual(['1 day', '13 days', '2 weeks']);
    expect([formatDuration(90), formatDuration(91)]).toEqual(['13 weeks', '3 months']);
    expect([formatDuration(546), formatDuration(547)]).toEqual(['18 months', '1 year']);
    expect(formatDuration(1000)).toBe('3 years');
  });
});

describe('an event’s date as a reader sees it', () => {
  it('says when it was expected, on a day or in a coarser period, and when it is scheduled', () => {
    expect(formatEventDate({ start: '2031-06-16', precision: 'day' }, 'expected')).toBe('expected on 16 June 2031');
    expect(formatEventDate({ start: '2031-06-01', precision: 'month' }, 'expected')).toBe('expected in June 2031');
    expect(formatEventDate({ start: '2031-06-16', precision: 'week' }, 'scheduled')).toBe('scheduled for the week of 16 June 2031');
    expect(formatEventDate({ start: '2031-06-16', precision: 'day' })).toBe('16 June 2031');
  });
});

describe('where the axis breaks', () => {
  it('sorts the intervals, and keeps a gap of exactly the limit in one segment', () => {
    const segments = segmentTime([span('2022-01-20', '2022-01-21'), span('2022-01-01', '2022-01-02'), span('2022-01-16', '2022-01-17')], { maxGapDays: 14 });
    // 2 January to 16 January is exactly 14 days: one segment. 21 January is near too.
    expect(segments.map((segment) => [iso(segment.start), iso(segment.end), segment.count, segment.distinctDays])).toEqual([['2022-01-01', '2022-01-21', 3, 3]]);
    const split = segmentTime([span('2022-01-01', '2022-01-02'), span('2022-01-17', '2022-01-18')], { maxGapDays: 14 });
    expect(split).toHaveLength(2);
  });

  it('runs a segment to the latest end of its intervals, even one ending before another', () => {
    const [segment] = segmentTime([span('2022-01-01', '2022-01-31'), span('2022-01-05', '2022-01-06')]);
    expect(iso(segment!.end)).toBe('2022-01-31');
    const [same] = segmentTime([span('2022-01-05', '2022-01-06'), span('2022-01-05', '2022-01-20')]);
    expect(iso(same!.end)).toBe('2022-01-20');
  });

  it('refuses an interval that ends where it starts', () => {
    expect(() => segmentTime([span('2022-01-05', '2022-01-05')])).toThrow('Empty interval starting 2022-01-05T00:00:00.000Z');
  });

  it('places nothing for no segment, and fits segments of the minimum length exactly', () => {
    expect(allocateSegments([], { length: 100 })).toEqual({ segments: [], breaks: [] });
    const segments = segmentTime([span('2022-01-01', '2022-01-02'), span('2022-06-01', '2022-06-02')]);
    const placed = allocateSegments(segments, { length: 2 * 56 + 44 });
    expect(placed.segments.map((segment) => [segment.from, segment.to])).toEqual([
      [0, 56],
      [100, 156],
    ]);
    expect(() => allocateSegments(segments, { length: 2 * 56 + 43 })).toThrow('An axis of 155px cannot hold 2 segments of at least 56px');
  });

  it('finds a moment at either end of a segment, and none in a break', () => {
    const { segments } = allocateSegments(segmentTime([span('2022-01-01', '2022-01-04'), span('2022-06-01', '2022-06-04')]), { length: 300 });
    expect(positionOf(segments, segments[0]!.start)).toBe(segments[0]!.from);
    expect(positionOf(segments, segments[0]!.end)).toBe(segments[0]!.to);
    expect(positionOf(segments, day('2022-03-01'))).toBeUndefined();
  });
});

describe('the timeline’s filters', () => {
  it('lists the categories in the vocabulary’s order (content/vocabulary.yaml) and the actors alphabetically, with their counts', () => {
    const { categories, actors } = filterOptions(storyEntries(borderStory()));
    expect(categories.map((option) => [option.label, option.count])).toEqual([
      ['Armed clash', 1],
      ['Displacement', 1],
      ['Ceasefire or agreement', 1],
      ['Diplomacy', 1],
      ['Statement', 1],
      ['Earlier and later reports', 2],
    ]);
    expect(actors.map((option) => [option.label, option.count])).toEqual([
      ['Arlen Vos', 1],
      ['Local officials', 1],
      ['Northland', 3],
      ['Southland', 3],
    ]);
  });
});
