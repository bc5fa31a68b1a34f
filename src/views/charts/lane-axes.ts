/**
 * One axis per kind of count, never two kinds on one: a toll of dozens and a count of thousands each get
 * a linear axis a reader can compare positions on, instead of sharing a log axis nobody reads.
 */
import { FONTS, LEADING, type Frame, type TextWriter } from './layout';
import { chooseScale, makeScale, valueExtent, type ScaleChoice, type ValueScale } from './scales';
import type { LaneGroup } from './story-lanes';
import { el } from './svg';
import { figureKinds } from '../vocabulary';

/** Lane groups that share one value axis: figures of one kind ("killed", "injured"), in the order they come. */
export interface LaneAxis {
  label: string;
  groups: LaneGroup[];
  choice: ScaleChoice;
  scale: ValueScale;
}

/** The axes of a lane chart, each scaled to the reports of its own groups. */
export function laneAxes(groups: LaneGroup[], box: Frame): LaneAxis[] {
  const byKind = new Map<string, { label: string; groups: LaneGroup[] }>();
  for (const group of groups) {
    const key = `${group.figure.kind}|${group.figure.unit}`;
    const axisGroup = byKind.get(key) ?? { label: figureKinds[group.figure.kind].label, groups: [] };
    axisGroup.groups.push(group);
    byKind.set(key, axisGroup);
  }
  return [...byKind.values()].map((axisGroup) => {
    const extents = axisGroup.groups.flatMap((group) => group.lanes).map((lane) => valueExtent(lane.report.value));
    const choice = chooseScale(extents);
    return { ...axisGroup, choice, scale: makeScale(choice, extents, box.plot) };
  });
}

/** The axis drawn above its lanes: what it counts and how to read it, its tick labels and its line. */
export function drawAxis(writer: TextWriter, scale: ValueScale, box: Frame, title: string, top: number): { svg: string; height: number; axisY: number } {
  const [r0, r1] = scale.range;
  const note = scale.kind === 'log' ? `${title}, log scale: each gridline is ten times the one before` : `${title}, from zero`;
  const label = writer.block(note, r0, top, Math.max(120, box.width - r0 - 4), FONTS.small, 'chart-axis-label');
  const tickTop = top + label.height + 2;
  const axisY = tickTop + FONTS.small.size * LEADING + 4;
  const ticks = scale.ticks(FONTS.small);
  const parts = [
    label.svg,
    ...ticks.map((tick) => writer.line(tick.label, tick.x, tickTop, FONTS.small, 'chart-tick-label', tick.anchor)),
    el('line', { class: 'chart-axis', x1: r0, y1: axisY, x2: r1, y2: axisY }),
    ...ticks.map((tick) => el('line', { class: 'chart-axis', x1: tick.x, y1: axisY - 4, x2: tick.x, y2: axisY })),
  ];
  return { svg: parts.join(''), height: axisY - top, axisY };
}

/** An axis's gridlines, run through each vertical span given (all its lanes, or only the rows its marks sit in). */
export function gridLines(scale: ValueScale, spans: [number, number][]): string[] {
  return scale.ticks(FONTS.small).flatMap((tick) => spans.map(([y1, y2]) => el('line', { x1: tick.x, y1, x2: tick.x, y2 })));
}
