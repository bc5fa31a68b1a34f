/**
 * The value axes of the charts (src/views/charts/scales.ts), as a reader sees them: numbers exactly a
 * hundred times apart already go on a log axis; on a log axis every power of ten gets a tick at even
 * steps, and a number past the axis's ends (or zero) sits at its end, never off the plot; tick labels
 * that are shown keep three-quarters of a font size apart, and a label is left out only when it would
 * come closer than that to the one before it or to the last; the note names several log axes together.
 */
import { describe, expect, it } from 'vitest';
import { axesNote, chooseScale, makeScale, type Extent } from '../../src/views/charts/scales';
import { formatNumber } from '../../src/views/charts/format';
import { textWidth } from '../../src/views/charts/text-metrics';

const exactly = (n: number): Extent => ({ low: n, high: n, open: 'none' });
const FONT = { size: 12 };
const GAP = FONT.size * 0.75;
/** From 1 to 10,000: a log axis with ticks at 1, 10, 100, 1,000 and 10,000. */
const POWERS = [exactly(1), exactly(10000)];
const logAxis = (width: number) => makeScale(chooseScale(POWERS), POWERS, [0, width]);

/** Where a tick's label spans, read from where it hangs. */
function span(label: string, x: number, anchor: 'start' | 'middle' | 'end'): [number, number] {
  const width = textWidth(label, FONT);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return [left, left + width];
}

describe('choosing a log axis', () => {
  it('puts numbers exactly a hundred times apart (12 and 1,200) on a log axis, for their wide span', () => {
    expect(chooseScale([exactly(12), exactly(1200)])).toMatchObject({ kind: 'log', reason: 'wide-span' });
  });
});

describe('a log axis', () => {
  it('ticks every power of ten at even steps, the first label hanging right of its tick and the last left of it', () => {
    const ticks = logAxis(800).ticks(FONT);
    expect(ticks.map(({ label, x, anchor }) => [label, Math.round(x), anchor])).toEqual([
      ['1', 0, 'start'],
      ['10', 200, 'middle'],
      ['100', 400, 'middle'],
      ['1,000', 600, 'middle'],
      ['10,000', 800, 'end'],
    ]);
  });

  it('puts a number past its end at its end, and zero or less at its start, never off the plot', () => {
    const scale = logAxis(400);
    expect([scale.x(1e6), scale.x(0), scale.x(-5), scale.x(0.5)]).toEqual([400, 0, 0, 0]);
  });
});

describe('tick labels at every width', () => {
  const WIDTHS = Array.from({ length: 300 }, (_, i) => 20 + 2 * i);
  const shown = (width: number) => logAxis(width).ticks(FONT);

  it('keeps the labels shown three-quarters of a font size apart, from 20 to 618 px', () => {
    const tooClose = WIDTHS.filter((width) => {
      const spans = shown(width).map(({ label, x, anchor }) => span(label, x, anchor));
      return spans.some((s, i) => i > 0 && s[0] < spans[i - 1][1] + GAP);
    });
    expect(shown(20).length).toBeGreaterThan(0);
    expect(tooClose).toEqual([]);
  });

  it('leaves a label out only when it would come closer than that to the label before it or to the last', () => {
    const needless = WIDTHS.filter((width) => {
      const values = [1, 10, 100, 1000, 10000];
      const ticks = shown(width);
      const at = (value: number, index: number) => span(formatNumber(value), (width * index) / 4, index === 0 ? 'start' : index === 4 ? 'end' : 'middle');
      const last = at(10000, 4);
      return values.some((value, index) => {
        if (index === 0 || index === 4 || ticks.some((tick) => tick.value === value)) return false;
        const before = ticks.filter((tick) => tick.value < value).at(-1)!;
        const mine = at(value, index);
        return mine[0] >= span(before.label, before.x, before.anchor)[1] + GAP && mine[1] + GAP <= last[0];
      });
    });
    expect(shown(120).map((tick) => tick.label)).toEqual(['1', '10', '10,000']);
    expect(needless).toEqual([]);
  });

  it('drops the last label rather than let it touch the first on an axis too short for both', () => {
    expect(shown(20).map((tick) => tick.label)).toEqual(['1']);
  });
});

describe('the note on how to read the axes', () => {
  it('names two log axes together and says their axes are logarithmic', () => {
    const log = { kind: 'log', reason: 'wide-span', smallest: 2, largest: 4300 } as const;
    expect(axesNote([{ label: 'People killed', choice: log }, { label: 'People injured', choice: log }])).toContain(
      ' People killed and People injured run over such a span that their axes are logarithmic: each gridline is ten times the one before.',
    );
  });
});
