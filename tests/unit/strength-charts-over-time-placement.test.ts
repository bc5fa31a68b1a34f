/**
 * Where the over-time chart puts things (src/views/charts/over-time-placement.ts): each report along the
 * date axis (by date, a report "before" a day ahead of one on it, same-day reports side by side in the
 * order given, pulled back from the axis's end as a row), and each number's label beside its mark (the
 * order of places it tries, a frame it must stay inside, up to its very edge, 2 px kept clear of labels
 * already placed, and where it goes when every place is taken or none fits).
 */
import { describe, expect, it } from 'vitest';
import type { Box } from '../../src/views/charts/labels';
import { FONTS, LEADING } from '../../src/views/charts/layout';
import { labelBox, placeByDate } from '../../src/views/charts/over-time-placement';
import { textWidth } from '../../src/views/charts/text-metrics';
import { exact } from '../support/map-stories';
import { reportedOn, tollFigure, tollGroups } from '../support/over-time-stories';

/** Day n of March 2030 at x = 10·n, on an axis from `start` to `end`. */
const dayX = (iso: string) => 10 * Number(iso.slice(8));
const idsOf = (placed: ReturnType<typeof placeByDate>) => placed.map(({ lane }) => lane.report.id);

describe('reports along the date axis', () => {
  it('stands each report at its date, in date order whatever order it came in', () => {
    const [{ lanes }] = tollGroups(tollFigure('toll', 'Toll', [reportedOn('d9', exact(9), '2030-03-09'), reportedOn('d2', exact(2), '2030-03-02'), reportedOn('d5', exact(5), '2030-03-05')]));
    const placed = placeByDate([...lanes].reverse(), dayX, [0, 500]);
    expect(placed.map(({ lane, x }) => [lane.report.id, x])).toEqual([['d2', 20], ['d5', 50], ['d9', 90]]);
  });

  it('puts a report given only as “before” a day ahead of one given on that day, even when it came second', () => {
    const [{ lanes }] = tollGroups(tollFigure('toll', 'Toll', [reportedOn('on', exact(230), '2030-03-14'), reportedOn('before', exact(227), '2030-03-14', 'before')]));
    const byId = new Map(lanes.map((lane) => [lane.report.id, lane]));
    const placed = placeByDate([byId.get('on')!, byId.get('before')!], dayX, [0, 500]);
    expect(placed.map(({ lane, x }) => [lane.report.id, x])).toEqual([['before', 140], ['on', 158]]);
  });

  it('keeps reports of the same day in the order given, one gap apart', () => {
    const [{ lanes }] = tollGroups(tollFigure('toll', 'Toll', ['a', 'b', 'c', 'd'].map((id, i) => reportedOn(id, exact(200 + i), '2030-03-10'))));
    const placed = placeByDate(lanes, dayX, [0, 500], 36);
    expect(idsOf(placed)).toEqual(['a', 'b', 'c', 'd']);
    expect(placed.map(({ x }) => x)).toEqual([100, 136, 172, 208]);
  });

  it('pulls a same-day row pushed past the axis’s end back, so the last ends at the end and every one keeps its gap', () => {
    const [{ lanes }] = tollGroups(tollFigure('toll', 'Toll', ['a', 'b', 'c'].map((id, i) => reportedOn(id, exact(200 + i), '2030-03-10'))));
    const placed = placeByDate(lanes, dayX, [0, 100]);
    expect(placed.map(({ lane, x }) => [lane.report.id, x])).toEqual([['a', 64], ['b', 82], ['c', 100]]);
  });

  it('spreads more same-day reports than the axis holds a gap apart evenly over it, none on top of another', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
    const [{ lanes }] = tollGroups(tollFigure('toll', 'Toll', ids.map((id, i) => reportedOn(id, exact(200 + i), '2030-03-01'))));
    const placed = placeByDate(lanes, dayX, [10, 100]);
    expect(idsOf(placed)).toEqual(ids);
    expect(placed.map(({ x }) => x)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  });
});

const TEXT = '238';
const W = textWidth(TEXT, FONTS.value);
const H = FONTS.value.size * LEADING;
/** A 10 px mark at (200, 200). */
const MARK: Box = { x: 200, y: 200, width: 10, height: 10 };
const WIDE: Box = { x: 0, y: 0, width: 600, height: 400 };
/** A frame just wider than a label centred on the mark: only the places above and below it fit. */
const NARROW: Box = { x: 205 - W / 2 - 1, y: 0, width: W + 2, height: 400 };
const box = (x: number, y: number): Box => ({ x, y, width: W, height: H });
const RIGHT = box(214, 205 - H / 2);
const ABOVE = box(205 - W / 2, 198 - H);
const LEFT = box(196 - W, 205 - H / 2);
const BELOW = box(205 - W / 2, 212);
/** A one-pixel label at the centre of a box, taking that place. */
const dotAt = (b: Box): Box => ({ x: b.x + b.width / 2 - 0.5, y: b.y + b.height / 2 - 0.5, width: 1, height: 1 });

describe('a number’s label beside its mark', () => {
  it('goes right of the mark, then above, left, then below it, the first place that is free', () => {
    const order = [RIGHT, ABOVE, LEFT, BELOW];
    const placedWith = (blocked: number) => labelBox(TEXT, MARK, WIDE, order.slice(0, blocked).map(dotAt));
    expect([0, 1, 2, 3].map(placedWith)).toEqual(order);
  });

  it('then goes further out above and below, one line at a time, up to three lines further', () => {
    const stack = [ABOVE, BELOW, ...[1, 2, 3].flatMap((step) => [box(ABOVE.x, ABOVE.y - H * step), box(BELOW.x, BELOW.y + H * step)])];
    const placedWith = (blocked: number) => labelBox(TEXT, MARK, NARROW, stack.slice(0, blocked).map(dotAt));
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(placedWith)).toEqual(stack);
  });

  it('near the frame’s left edge, with the right and below taken, lines up above the mark from its left side', () => {
    const mark = { ...MARK, x: 1 };
    const frame = { ...WIDE, x: 0 };
    const right = box(15, 205 - H / 2);
    const below = box(6 - W / 2, 212);
    expect(labelBox(TEXT, mark, frame, [dotAt(right), dotAt(below)])).toEqual(box(1, 198 - H));
  });

  it('near the frame’s right edge, with the left and below taken, lines up above the mark from its right side', () => {
    const frame = { ...WIDE, width: 211 };
    expect(labelBox(TEXT, MARK, frame, [dotAt(LEFT), dotAt(BELOW)])).toEqual(box(210 - W, 198 - H));
  });

  it('skips a place above the frame’s top', () => {
    const frame = { ...WIDE, y: 190, height: 210 };
    expect(labelBox(TEXT, MARK, frame, [dotAt(RIGHT)])).toEqual(LEFT);
  });

  it('skips a place below the frame’s bottom', () => {
    const frame = { ...NARROW, height: 211 };
    expect(labelBox(TEXT, MARK, frame, [dotAt(ABOVE)])).toEqual(box(ABOVE.x, ABOVE.y - H));
  });

  it('may touch the frame on every side: a frame exactly the size of the place right of the mark holds the label there', () => {
    expect(labelBox(TEXT, MARK, RIGHT, [])).toEqual(RIGHT);
  });

  it('keeps 2 px clear of a label already placed, even one that does not touch it', () => {
    const beside: Box = { x: RIGHT.x + W + 1, y: 205, width: 10, height: 1 };
    expect(labelBox(TEXT, MARK, WIDE, [beside])).toEqual(ABOVE);
  });

  it('when every place is taken, goes where it covers the fewest labels already there', () => {
    const everywhere: Box = { x: 100, y: 100, width: 220, height: 220 };
    // Over the places right of the mark and above it, not the one to its left.
    const corner: Box = { x: 210, y: 190, width: 10, height: 10 };
    expect(labelBox(TEXT, MARK, WIDE, [everywhere, corner])).toEqual(LEFT);
  });

  it('when no place fits in the frame, goes above the mark', () => {
    expect(labelBox(TEXT, MARK, { x: 0, y: 0, width: 5, height: 5 }, [])).toEqual(ABOVE);
  });
});
