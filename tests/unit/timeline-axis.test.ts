/**
 * The broken time axis: the story's uneven dates (a year in 2019, days in January 2022, outside reports
 * in March) on one line, with the days of the unrest still readable.
 */
import { describe, expect, it } from 'vitest';
import { axisItem } from '../support/axis-items';
import { layoutAxis, type AxisItem, type AxisLayout } from '../../src/views/timeline/axis';
import { describeAxis } from '../../src/views/timeline/describe';
import { dateSpan, parseDay } from '../../src/views/timeline/dates';
import { allocateSegments, positionOf, segmentTime } from '../../src/views/timeline/segments';

const item = axisItem;
const later = (id: string, start: string, qualifier: 'on' | 'before' = 'on') =>
  item(id, start, 'day', { origin: 'external', qualifier });

/** The shape of the first story: its events as the article dates them. */
const ARTICLE: AxisItem[] = [
  item('handover', '2019-01-01', 'year'),
  item('handshake', '2019-06-07', 'day'),
  item('summit', '2021-12-28', 'day'),
  ...['protests', 'sacking', 'emergency', 'flights', 'plea', 'csto', 'deploy', 'officers'].map((id) => item(id, '2022-01-03', 'week')),
  item('clashes', '2022-01-05', 'day'),
  item('smoke', '2022-01-05', 'day'),
  item('thread', '2022-01-05', 'day'),
  item('deadly', '2022-01-06', 'day'),
  item('police', '2022-01-06', 'day'),
  item('ministry', '2022-01-06', 'day'),
  item('geneva', '2022-01-10', 'week', { status: 'scheduled' }),
];
/** Its later reports, from outside the article. */
const LATER: AxisItem[] = [
  later('withdrawal', '2022-01-13'),
  later('toll-164', '2022-01-15', 'before'),
  later('toll-225', '2022-01-15'),
  later('toll-227', '2022-03-14', 'before'),
  later('toll-230', '2022-03-14'),
];

const mark = (layout: AxisLayout, id: string) => {
  const found = layout.marks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no mark ${id}`);
  return found;
};
const numbers = (path: string) => (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('segmentTime', () => {
  it('breaks the line where nothing happens for more than two weeks', () => {
    const segments = segmentTime(ARTICLE.map((entry) => entry.span));
    expect(segments.map((segment) => [segment.start.toISOString().slice(0, 10), segment.end.toISOString().slice(0, 10)])).toEqual([
      ['2019-01-01', '2020-01-01'],
      ['2021-12-28', '2022-01-17'],
    ]);
  });

  it('keeps a gap of under two weeks (28 December to 3 January) in one segment', () => {
    const segments = segmentTime([dateSpan({ start: '2021-12-28', precision: 'day' }), dateSpan({ start: '2022-01-03', precision: 'week' })]);
    expect(segments).toHaveLength(1);
  });

  it('widens a lone day so it has room on the line', () => {
    const [segment] = segmentTime([dateSpan({ start: '2022-03-14', precision: 'day' })]);
    expect([segment.start, segment.end].map((date) => date.toISOString().slice(0, 10))).toEqual(['2022-03-13', '2022-03-16']);
  });

  it('counts the distinct days each segment holds', () => {
    const segments = segmentTime([...ARTICLE, ...LATER].map((entry) => entry.span));
    expect(segments.map((segment) => segment.distinctDays)).toEqual([2, 7, 1]);
  });
});

describe('allocateSegments', () => {
  it('gives room by what a segment holds, not by the calendar time it spans', () => {
    const { segments, breaks } = allocateSegments(segmentTime(ARTICLE.map((entry) => entry.span)), { length: 600, gap: 40, minLength: 50 });
    const [year, january] = segments.map((segment) => segment.to - segment.from);
    expect(january).toBeGreaterThan(year);
    expect(breaks).toHaveLength(1);
    expect(segments.at(-1)!.to).toBeCloseTo(600);
  });

  it('refuses an axis too short for its segments', () => {
    const segments = segmentTime([...ARTICLE, ...LATER].map((entry) => entry.span));
    expect(() => allocateSegments(segments, { length: 100, gap: 40, minLength: 50 })).toThrow(/cannot hold/);
  });

  it('puts no date inside a break', () => {
    const { segments } = allocateSegments(segmentTime(ARTICLE.map((entry) => entry.span)), { length: 600 });
    expect(positionOf(segments, parseDay('2021-01-01'))).toBeUndefined();
    expect(positionOf(segments, parseDay('2022-01-05'))).toBeGreaterThan(positionOf(segments, parseDay('2019-06-07'))!);
  });
});

describe('layoutAxis', () => {
  // Made in each test rather than once while Vitest collects the file, so that mutation testing
  // (npm run mutation) credits the assertions to the code that makes them.
  const withoutLater = () => layoutAxis(ARTICLE);
  const withLater = () => layoutAxis([...ARTICLE, ...LATER], [{ date: parseDay('2022-01-07'), label: 'Report published' }]);

  it('draws 2019, the unrest and March 2022 on one line, in date order', () => {
    const order = ['handover', 'handshake', 'summit', 'protests', 'clashes', 'deadly', 'geneva', 'withdrawal', 'toll-225', 'toll-230'];
    const starts = order.map((id) => mark(withLater(), id).top);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(starts).size).toBe(starts.length);
    for (const entry of withLater().marks) {
      expect(entry.top).toBeGreaterThan(0);
      expect(entry.bottom).toBeLessThan(withLater().height);
    }
  });

  it('draws the 2019 handover as a bar over the whole year, the June 2019 handshake inside it', () => {
    const year = mark(withLater(), 'handover');
    expect(year.top).toBeLessThan(mark(withLater(), 'handshake').y);
    expect(year.bottom).toBeGreaterThan(mark(withLater(), 'handshake').y);
    expect(year.bottom).toBeLessThan(withLater().breaks[0].y);
  });

  it('shows the skipped time honestly: two breaks, each saying how long', () => {
    expect(withLater().segments).toHaveLength(3);
    expect(withLater().breaks.map((gap) => gap.skipped)).toEqual(['2 years', '8 weeks']);
    expect(withoutLater().breaks.map((gap) => gap.skipped)).toEqual(['2 years']);
  });

  it('keeps a day of the unrest readable, with or without the March reports', () => {
    const dayHeight = (layout: AxisLayout) => mark(layout, 'deadly').y - mark(layout, 'clashes').y;
    // A day must hold a dot and a tick label: at least 16 px.
    expect(dayHeight(withoutLater())).toBeGreaterThanOrEqual(16);
    expect(dayHeight(withLater())).toBeGreaterThanOrEqual(16);
    expect(dayHeight(withLater())).toBeGreaterThan(dayHeight(withoutLater()) * 0.75);
  });

  it('labels every day of the unrest on the axis', () => {
    const january = withLater().segments[1];
    const labels = january.ticks.map((tick) => tick.label);
    expect(labels).toContain('5 Jan');
    expect(labels).toContain('6 Jan');
    expect(labels[0]).toBe('28 Dec 2021');
    expect(labels).toContain('1 Jan 2022');
  });

  it('labels the 2019 segment by months, not by days', () => {
    const labels = withLater().segments[0].ticks.map((tick) => tick.label);
    expect(labels[0]).toBe('Jan 2019');
    expect(labels.every((label) => !/^\d/.test(label!))).toBe(true);
  });

  it('draws a week as a bar over its seven days and a day as a dot', () => {
    const week = mark(withLater(), 'protests');
    expect(week.shape).toBe('bar');
    const day = mark(withLater(), 'deadly').y - mark(withLater(), 'clashes').y;
    expect(week.bottom - week.top).toBeGreaterThan(6 * day);
    expect(week.bottom - week.top).toBeLessThan(7 * day);
    expect(mark(withLater(), 'clashes').shape).toBe('dot');
    expect(mark(withLater(), 'handover').shape).toBe('bar');
  });

  it('draws a scheduled event hollow', () => {
    expect(mark(withLater(), 'geneva').scheduled).toBe(true);
    expect(mark(withLater(), 'protests').scheduled).toBe(false);
  });

  it('puts later reports in their own column with their own mark', () => {
    const [articleColumn, externalColumn] = withLater().columns;
    expect(articleColumn.origin).toBe('article');
    expect(externalColumn.origin).toBe('external');
    for (const entry of withLater().marks) {
      expect(entry.shape === 'diamond').toBe(entry.origin === 'external');
      const x = numbers(entry.path)[0];
      if (entry.origin === 'external') expect(x).toBeGreaterThan(externalColumn.x - 6);
      else expect(x).toBeLessThan(externalColumn.x - 6);
    }
  });

  it('points a "before" report back in time, and only that one', () => {
    const before = mark(withLater(), 'toll-164');
    expect(before.tail).toBeDefined();
    expect(before.top).toBeLessThan(before.y - 10);
    expect(mark(withLater(), 'toll-225').top).toBeGreaterThan(mark(withLater(), 'toll-225').y - 10);
    expect(mark(withLater(), 'toll-225').tail).toBeUndefined();
  });

  it('never lets two marks of a column overlap', () => {
    const extent = (entry: AxisLayout['marks'][number]) => [entry.top, entry.bottom];
    const { marks } = withLater();
    for (const a of marks) {
      for (const b of marks) {
        if (a === b || a.origin !== b.origin || a.lane !== b.lane) continue;
        const [a1, a2] = extent(a);
        const [b1, b2] = extent(b);
        expect(a2 <= b1 || b2 <= a1, `${a.id} and ${b.id} overlap`).toBe(true);
      }
    }
  });

  it('draws the report date as a line across the marks', () => {
    const [reference] = withLater().references;
    expect(reference.y).toBeGreaterThan(mark(withLater(), 'deadly').y);
    expect(reference.y).toBeLessThan(mark(withLater(), 'withdrawal').y);
  });

  it('is the same on every run, with numbers rounded to a tenth', () => {
    expect(layoutAxis([...ARTICLE, ...LATER])).toEqual(layoutAxis([...ARTICLE, ...LATER]));
    const all = withLater().marks.flatMap((entry) => numbers(entry.path));
    expect(all.every((value) => Math.round(value * 10) === value * 10 || Math.abs(Math.round(value * 10) - value * 10) < 1e-6)).toBe(true);
  });
});

describe('the axis in words', () => {
  it('names a stretch of one day as that day, and a longer stretch by its first and last days', () => {
    const stretch = (start: string, end: string) => ({ start: parseDay(start), end: parseDay(end) });
    // Segments end at midnight after their last day.
    const layout = { segments: [stretch('2030-03-07', '2030-03-08'), stretch('2030-06-02', '2030-06-04')], breaks: [] } as unknown as AxisLayout;
    const words = describeAxis([], layout);
    expect(words).toContain('2 stretches: 7 March 2030; 2 June 2030 to 3 June 2030.');
    expect(words).not.toContain('7 March 2030 to 7 March 2030');
  });
});
