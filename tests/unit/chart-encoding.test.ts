/**
 * The uncertainty encoding: the kind of a reported number decides the shape of its mark, on log and
 * linear axes alike. Pure functions, no DOM.
 */
import { describe, expect, it } from 'vitest';
import { encodeValue, markSpan, MIN_BAND, OPEN_REACH } from '../../src/views/charts/encoding';
import { chooseScale, makeScale, valueExtent, type ValueScale } from '../../src/views/charts/scales';
import type { ReportedValue } from '../../src/story/schemas/figure';

const dozens: ReportedValue = { type: 'vague', text: 'dozens', min: 24, max: 99, rangeReason: 'site' };
const twelve: ReportedValue = { type: 'exact', text: '12', value: 12 };
const overThousand: ReportedValue = { type: 'lower-bound', text: 'More than 1,000', min: 1000 };
const upTo3000: ReportedValue = { type: 'upper-bound', text: 'as many as 3,000', max: 3000, min: 0, rangeReason: 'site' };

function scaleFor(values: ReportedValue[], range: [number, number] = [100, 700]): ValueScale {
  const extents = values.map(valueExtent);
  return makeScale(chooseScale(extents), extents, range);
}

describe('marks by kind of number', () => {
  const log = scaleFor([twelve, dozens, overThousand]);

  it('draws an exact count as a dot at its value', () => {
    expect(encodeValue(twelve, log)).toEqual({ kind: 'exact', x: log.x(12) });
  });

  it('draws a vague quantity as a band over exactly the range the data defines', () => {
    expect(encodeValue(dozens, log)).toEqual({ kind: 'vague', x0: log.x(24), x1: log.x(99) });
  });

  it('draws a floor as a mark at the floor that stays open above it, never past the plot', () => {
    const mark = encodeValue(overThousand, log);
    expect(mark.kind).toBe('lower-bound');
    if (mark.kind !== 'lower-bound') return;
    expect(mark.x).toBeCloseTo(log.x(1000));
    expect(mark.to).toBeCloseTo(mark.x + OPEN_REACH);
    expect(mark.to).toBeLessThanOrEqual(log.range[1]);
  });

  it('draws a ceiling capped at its maximum with a short open end below it, not a bar down to the site’s floor', () => {
    const linear = scaleFor([upTo3000, { type: 'vague', text: 'tens of thousands', min: 20000, max: 99999, rangeReason: 'site' }]);
    const mark = encodeValue(upTo3000, linear);
    expect(mark).toEqual({ kind: 'upper-bound', x: linear.x(3000), to: Math.max(linear.range[0], linear.x(3000) - OPEN_REACH) });
  });

  it('gives every floor and ceiling the same open length, whatever its value or the axis (a synthetic case)', () => {
    const values: ReportedValue[] = [
      { type: 'lower-bound', text: 'more than 200', min: 200 },
      { type: 'lower-bound', text: 'more than 5,000', min: 5000 },
      { type: 'upper-bound', text: 'up to 900', min: 0, max: 900, rangeReason: 'site' },
      { type: 'upper-bound', text: 'as many as 8,000', min: 0, max: 8000, rangeReason: 'site' },
    ];
    const linear = scaleFor([...values, { type: 'exact', text: '10,000', value: 10000 }]);
    const lengths = values.map((value) => {
      const mark = encodeValue(value, linear);
      if (mark.kind !== 'lower-bound' && mark.kind !== 'upper-bound') throw new Error(`expected an open mark, got ${mark.kind}`);
      return Math.round(Math.abs(mark.to - mark.x));
    });
    expect(lengths).toEqual(values.map(() => OPEN_REACH));
  });

  it('keeps a ceiling readable on a log axis, where zero cannot be drawn', () => {
    const mark = encodeValue({ ...upTo3000, min: 0 }, log);
    if (mark.kind !== 'upper-bound') throw new Error(`expected an upper-bound mark, got ${mark.kind}`);
    expect(mark.to).toBeGreaterThanOrEqual(log.range[0]);
    expect(mark.x - mark.to).toBeCloseTo(Math.min(OPEN_REACH, mark.x - log.range[0]));
  });

  it('widens a range too tight to see into a band of at least MIN_BAND pixels around its middle', () => {
    const wide = scaleFor([twelve, { type: 'exact', text: '10,000', value: 10000 }]);
    const tight: ReportedValue = { type: 'vague', text: 'about a hundred', min: 100, max: 101, rangeReason: 'site' };
    expect(wide.x(101) - wide.x(100)).toBeLessThan(MIN_BAND);
    const mark = encodeValue(tight, wide);
    if (mark.kind !== 'vague') throw new Error('expected a band');
    expect(mark.x1 - mark.x0).toBeCloseTo(MIN_BAND);
    expect((mark.x0 + mark.x1) / 2).toBeCloseTo((wide.x(100) + wide.x(101)) / 2);
  });

  it('gives four different shapes to four kinds of the same number', () => {
    const linear = scaleFor([{ type: 'exact', text: '50', value: 50 }, { type: 'exact', text: '200', value: 200 }]);
    const kinds = (
      [
        { type: 'exact', text: '100', value: 100 },
        { type: 'lower-bound', text: 'more than 100', min: 100 },
        { type: 'upper-bound', text: 'up to 100', min: 0, max: 100, rangeReason: 'site' },
        { type: 'vague', text: 'about 100', min: 90, max: 110, rangeReason: 'site' },
      ] satisfies ReportedValue[]
    ).map((value) => encodeValue(value, linear).kind);
    expect(new Set(kinds).size).toBe(4);
  });

  it('reports the span a mark covers, so its label goes beside it and not over it', () => {
    const mark = encodeValue(overThousand, log);
    const [left, right] = markSpan(mark, 6);
    expect(left).toBeLessThan(log.x(1000));
    if (mark.kind === 'lower-bound') expect(right).toBeGreaterThan(mark.to);
  });
});
