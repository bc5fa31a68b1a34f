/** Scales for reported numbers: log or linear chosen from the data, with room and labels that fit. */
import { describe, expect, it } from 'vitest';
import { axesNote, chooseScale, LOG_SPAN, makeScale, valueExtent, type Extent } from '../../src/views/charts/scales';
import { textWidth } from '../../src/views/charts/text-metrics';
import type { ReportedValue } from '../../src/story/schemas/figure';

const casualties: ReportedValue[] = [
  { type: 'exact', text: 'two', value: 2 },
  { type: 'exact', text: '12', value: 12 },
  { type: 'vague', text: 'dozens', min: 24, max: 99, rangeReason: 'site' },
  { type: 'lower-bound', text: 'More than 1,000', min: 1000 },
  { type: 'lower-bound', text: 'more than 4,300', min: 4300 },
];
const troops: ReportedValue[] = [
  { type: 'upper-bound', text: 'as many as 3,000', max: 3000, min: 0, rangeReason: 'site' },
  { type: 'lower-bound', text: 'more than 2,000', min: 2000 },
  { type: 'vague', text: 'tens of thousands', min: 20000, max: 99999, rangeReason: 'site' },
];

describe('choosing a scale', () => {
  it('puts numbers two orders of magnitude apart (2 to more than 4,300) on a log scale', () => {
    const choice = chooseScale(casualties.map(valueExtent));
    expect(choice).toMatchObject({ kind: 'log', reason: 'wide-span', smallest: 2, largest: 4300 });
  });

  it('uses a linear scale when a range starts at zero, which a log scale cannot show', () => {
    expect(chooseScale(troops.map(valueExtent))).toMatchObject({ kind: 'linear', reason: 'includes-zero' });
  });

  it('uses a linear scale for numbers within LOG_SPAN times of each other', () => {
    const extents: Extent[] = [
      { low: 12, high: 12, open: 'none' },
      { low: 12 * LOG_SPAN - 1, high: 12 * LOG_SPAN - 1, open: 'none' },
    ];
    expect(chooseScale(extents)).toMatchObject({ kind: 'linear', reason: 'narrow-span' });
  });

  it('refuses to choose without numbers', () => {
    expect(() => chooseScale([])).toThrow(/no numbers/);
  });
});

describe('domains and ticks', () => {
  it('labels a short count axis (0 to 3) with whole numbers only, each once', () => {
    const three: ReportedValue = { type: 'exact', text: 'three', value: 3 };
    const scale = makeScale(chooseScale([valueExtent(three)]), [valueExtent(three)], [0, 480]);
    const labels = scale.ticks({ size: 12 }).map((tick) => tick.label);
    expect(labels.length).toBeGreaterThan(1);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label).toMatch(/^\d+$/);
  });

  it('spans whole powers of ten on a log axis, with room past the largest floor', () => {
    const extents = casualties.map(valueExtent);
    const scale = makeScale(chooseScale(extents), extents, [0, 600]);
    expect(scale.domain).toEqual([1, 10000]);
    expect(scale.x(4300 * 2)).toBeLessThanOrEqual(600);
    expect(scale.ticks({ size: 12 }).map((tick) => tick.value)).toEqual([1, 10, 100, 1000, 10000]);
  });

  it('starts a linear axis at zero and ends it on a round number above the largest value', () => {
    const extents = troops.map(valueExtent);
    const scale = makeScale(chooseScale(extents), extents, [0, 600]);
    expect(scale.domain[0]).toBe(0);
    expect(scale.domain[1]).toBe(100000);
  });

  it('keeps tick labels apart and inside the axis, however narrow it is', () => {
    const extents = troops.map(valueExtent);
    for (const width of [120, 200, 306, 600, 900]) {
      const scale = makeScale(chooseScale(extents), extents, [10, 10 + width]);
      const boxes = scale.ticks({ size: 12 }).map((tick) => {
        const w = textWidth(tick.label, { size: 12 });
        const left = tick.anchor === 'start' ? tick.x : tick.anchor === 'end' ? tick.x - w : tick.x - w / 2;
        return [left, left + w] as const;
      });
      expect(boxes.length, `${width}px`).toBeGreaterThanOrEqual(2);
      expect(boxes[0][0]).toBeGreaterThanOrEqual(10);
      expect(boxes.at(-1)![1]).toBeLessThanOrEqual(10 + width + 0.01);
      for (let i = 1; i < boxes.length; i += 1) expect(boxes[i][0], `${width}px tick ${i}`).toBeGreaterThan(boxes[i - 1][1]);
    }
  });

  it('says in one note that each kind of count has its own axis, and which are logarithmic', () => {
    const linear = { kind: 'linear', reason: 'narrow-span', smallest: 2, largest: 99 } as const;
    const log = { kind: 'log', reason: 'wide-span', smallest: 2, largest: 4300 } as const;
    const two = axesNote([{ label: 'People killed', choice: linear }, { label: 'People injured', choice: linear }]);
    expect(two).toContain('own axis (people killed; people injured)');
    expect(two).toContain('Every axis is linear and starts at zero');
    expect(axesNote([{ label: 'People killed', choice: linear }, { label: 'Troops sent', choice: log }])).toContain('Troops sent runs over such a span that its axis is logarithmic');
    expect(axesNote([{ label: 'Troops sent', choice: linear }])).toMatch(/^One axis, for troops sent\./);
  });
});
