/**
 * The timeline's axis drawing (src/views/timeline/axis.ts) on small cases: tick labels as fine as the
 * space allows, with the year on a segment's first tick and where the year changes; marks that share a day
 * side by side in lanes; a dot for a day, a bar for a week, a diamond for an outside report, with a tail
 * back in time for a report given only "before" a date; what is scheduled drawn hollow.
 */
import { describe, expect, it } from 'vitest';
import { axisItem } from '../support/axis-items';
import { layoutAxis, type AxisItem } from '../../src/views/timeline/axis';

const item = axisItem;
const ticks = (items: AxisItem[]) => layoutAxis(items, [], { maxGapDays: 100_000 }).segments.map((segment) => segment.ticks.map((tick) => tick.label));

describe('the ticks of the axis', () => {
  it('marks days over a fortnight, with the year on the first tick and where it changes', () => {
    expect(ticks([item('a', '2021-12-30', 'day'), item('b', '2022-01-03', 'week')])).toEqual([
      ['30 Dec 2021', '31 Dec', '1 Jan 2022', '2 Jan', '3 Jan', '4 Jan', '5 Jan', '6 Jan', '7 Jan', '8 Jan', '9 Jan'],
    ]);
  });

  it('marks Mondays over four months, and quarters over five years', () => {
    expect(ticks([item('m1', '2021-11-01', 'month'), item('m2', '2022-02-01', 'month')])).toEqual([
      ['1 Nov 2021', '8 Nov', '15 Nov', '22 Nov', '29 Nov', '6 Dec', '13 Dec', '20 Dec', '27 Dec', '3 Jan 2022', '10 Jan', '17 Jan', '24 Jan', '31 Jan', '7 Feb', '14 Feb', '21 Feb', '28 Feb'],
    ]);
    expect(ticks([item('y1', '2015-01-01', 'year'), item('y2', '2019-01-01', 'year')])).toEqual([
      ['Jan 2015', 'Apr', 'Jul', 'Oct', 'Jan 2016', 'Apr', 'Jul', 'Oct', 'Jan 2017', 'Apr', 'Jul', 'Oct', 'Jan 2018', 'Apr', 'Jul', 'Oct', 'Jan 2019', 'Apr', 'Jul', 'Oct'],
    ]);
  });

  it('puts each tick of a segment lower than the one before', () => {
    const [segment] = layoutAxis([item('a', '2021-12-30', 'day'), item('b', '2022-01-03', 'week')]).segments;
    const ys = segment!.ticks.map((tick) => tick.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(ys.length);
    expect(segment!.tickPath.split('M').filter(Boolean)).toHaveLength(ys.length);
  });
});

describe('the marks of the axis', () => {
  const layout = () =>
    layoutAxis([
      item('a', '2021-12-30', 'day'),
      item('b', '2021-12-30', 'day'),
      item('c', '2022-01-03', 'week', { status: 'expected' }),
      item('d', '2022-01-02', 'day', { origin: 'external', qualifier: 'before' }),
      item('e', '2022-01-05', 'day', { origin: 'external', qualifier: 'on' }),
    ]);
  const mark = (id: string) => layout().marks.find((candidate) => candidate.id === id)!;

  it('draws a dot for a day, a bar for a week and a diamond for an outside report, in order of their middles down the axis', () => {
    expect(layout().marks.map((candidate) => [candidate.id, candidate.shape])).toEqual([
      ['a', 'dot'],
      ['b', 'dot'],
      ['d', 'diamond'],
      ['e', 'diamond'],
      // The week of 3 January has its middle after 5 January.
      ['c', 'bar'],
    ]);
    expect(mark('c').path).toMatch(/^M[\d.]+,[\d.]+V[\d.]+$/);
    expect(mark('a').path).toMatch(/^M[\d.]+,[\d.]+a4,4 0 1,0 8,0a4,4 0 1,0 -8,0Z$/);
    expect(mark('e').path).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+Z$/);
  });

  it('puts two marks of one day side by side, each column as wide as its lanes', () => {
    expect([mark('a').lane, mark('b').lane]).toEqual([0, 1]);
    expect(mark('a').y).toBe(mark('b').y);
    expect(layout().columns).toEqual([
      { origin: 'article', x: 98, lanes: 2 },
      { origin: 'external', x: 136, lanes: 1 },
    ]);
    expect(layout().width).toBe(158);
    // One lane less, one lane step narrower.
    expect(layoutAxis([item('a', '2021-12-30', 'day'), item('d', '2022-01-02', 'day', { origin: 'external' })]).width).toBe(148);
  });

  it('draws a week as a bar over its days, and what is expected or scheduled hollow', () => {
    expect(mark('c').scheduled).toBe(true);
    expect(mark('a').scheduled).toBe(false);
    expect(mark('c').bottom - mark('c').top).toBeGreaterThan(20 * (mark('a').bottom - mark('a').top));
    expect(mark('c').y).toBe(Math.round(((mark('c').top + mark('c').bottom) / 2) * 10) / 10);
  });

  it('gives a report known only "before" a date a tail back in time, and none to one on its date', () => {
    expect(mark('d').tail).toMatch(/^M[\d.]+,[\d.]+V[\d.]+M/);
    expect(mark('e').tail).toBeUndefined();
    expect(Math.round(mark('d').y - mark('d').top)).toBe(18);
    expect(Math.round(mark('e').y - mark('e').top)).toBe(5);
    expect(Math.round(mark('e').bottom - mark('e').y)).toBe(5);
  });
});
