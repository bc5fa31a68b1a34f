/**
 * Scales for reported numbers. The choice between a log and a linear axis is made from the data, with a
 * reason the chart's note can give: numbers spanning two orders of magnitude or more go on a log axis,
 * unless a range must start at zero, which a log axis cannot show.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import type { ReportedValue } from '../../story/schemas/figure';
import { formatNumber } from './format';
import { textWidth } from './text-metrics';

/** The numbers a report asks the chart to draw, and on which side (if any) it stays open. */
export interface Extent {
  low: number;
  high: number;
  open: 'none' | 'above' | 'below';
}

export function valueExtent(value: ReportedValue): Extent {
  switch (value.type) {
    case 'exact':
      return { low: value.value, high: value.value, open: 'none' };
    case 'lower-bound':
      return { low: value.min, high: value.min, open: 'above' };
    case 'upper-bound':
      return { low: value.min, high: value.max, open: 'below' };
    case 'vague':
      return { low: value.min, high: value.max, open: 'none' };
  }
}

type ScaleKind = 'log' | 'linear';

export interface ScaleChoice {
  kind: ScaleKind;
  /** Why: the numbers span orders of magnitude, a range starts at zero, or the span is narrow. */
  reason: 'wide-span' | 'includes-zero' | 'narrow-span';
  smallest: number;
  largest: number;
}

/** How many times larger the largest number must be than the smallest for a log axis. */
export const LOG_SPAN = 100;

export function chooseScale(extents: Extent[]): ScaleChoice {
  if (extents.length === 0) throw new Error('chooseScale: no numbers to draw');
  const smallest = Math.min(...extents.map((extent) => extent.low));
  const largest = Math.max(...extents.map((extent) => extent.high));
  if (smallest <= 0) return { kind: 'linear', reason: 'includes-zero', smallest, largest };
  return { kind: largest / smallest >= LOG_SPAN ? 'log' : 'linear', reason: largest / smallest >= LOG_SPAN ? 'wide-span' : 'narrow-span', smallest, largest };
}

interface Tick {
  value: number;
  x: number;
  label: string;
  /** Where the label hangs from its tick, so the first and last stay inside the plot. */
  anchor: 'start' | 'middle' | 'end';
}

export interface ValueScale {
  kind: ScaleKind;
  domain: [number, number];
  range: [number, number];
  /** Pixel position of a number, clamped to the plot; zero or less sits at the start of a log axis. */
  x: (value: number) => number;
  ticks: (font: { size: number }) => Tick[];
}

/**
 * Room past the largest floor, so an open-ended "more than" mark has somewhere to point: twice the
 * floor on a log axis, a quarter more on a linear one.
 */
const HEADROOM = { log: 2, linear: 1.25 };

export function makeScale(choice: ScaleChoice, extents: Extent[], range: [number, number]): ValueScale {
  const top = Math.max(...extents.map((extent) => (extent.open === 'above' ? extent.high * HEADROOM[choice.kind] : extent.high)));
  const [r0, r1] = range;
  if (choice.kind === 'log') {
    const domain: [number, number] = [10 ** Math.floor(Math.log10(choice.smallest)), 10 ** Math.ceil(Math.log10(top))];
    const scale = scaleLog().domain(domain).range(range).clamp(true);
    const values: number[] = [];
    for (let value = domain[0]; value <= domain[1]; value *= 10) values.push(value);
    return {
      kind: 'log',
      domain,
      range,
      x: (value) => (value <= 0 ? r0 : scale(value)),
      ticks: (font) => spreadTicks(values.map((value) => ({ value, x: scale(value) })), font),
    };
  }
  const count = Math.max(2, Math.floor((r1 - r0) / 90));
  const scale = scaleLinear().domain([0, top]).range(range).nice(count).clamp(true);
  const domain = scale.domain() as [number, number];
  return {
    kind: 'linear',
    domain,
    range,
    x: (value) => scale(value),
    // Counts are whole numbers: a short axis (0 to 3) gets no half-way ticks that would print as "1, 1, 2".
    ticks: (font) => spreadTicks(scale.ticks(count).filter(Number.isInteger).map((value) => ({ value, x: scale(value) })), font),
  };
}

/** Labels every tick that has room: the ends hang inwards, the first always kept and the last unless it would touch the first; a middle label that would touch a neighbour is dropped. */
function spreadTicks(positions: { value: number; x: number }[], font: { size: number }): Tick[] {
  const gap = font.size * 0.75;
  const boxes = positions.map(({ value, x }, index) => {
    const label = formatNumber(value);
    const width = textWidth(label, font);
    const anchor: Tick['anchor'] = index === 0 ? 'start' : index === positions.length - 1 ? 'end' : 'middle';
    const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    return { tick: { value, x, label, anchor }, left, right: left + width };
  });
  if (boxes.length === 0) return [];
  const first = boxes[0];
  const last = boxes[boxes.length - 1];
  const kept = [first];
  for (const box of boxes.slice(1, -1)) {
    if (box.left >= kept[kept.length - 1].right + gap && box.right + gap <= last.left) kept.push(box);
  }
  if (last !== first && last.left >= kept[kept.length - 1].right + gap) kept.push(last);
  return kept.map((box) => box.tick);
}

/** How to read a chart's axes, in the site's words, for the notes beside it: one note for all its axes. */
export function axesNote(axes: { label: string; choice: ScaleChoice }[]): string {
  const log = axes.filter(({ choice }) => choice.kind === 'log');
  const each =
    axes.length > 1
      ? `Each kind of count has its own axis (${axes.map(({ label }) => label.toLowerCase()).join('; ')}), so numbers of very different sizes are never squeezed onto one: compare positions along one axis, not across axes.`
      : `One axis, for ${axes[0].label.toLowerCase()}.`;
  const scale = log.length
    ? ` ${log.map(({ label }) => label).join(' and ')} ${log.length > 1 ? 'run' : 'runs'} over such a span that ${log.length > 1 ? 'their axes are' : 'its axis is'} logarithmic: each gridline is ten times the one before. The others start at zero, where a mark twice as far along stands for twice as many.`
    : ' Every axis is linear and starts at zero: a mark twice as far along stands for twice as many.';
  return each + scale;
}
