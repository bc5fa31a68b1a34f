/**
 * The lane chart both panels use: one group per figure, one lane per report (the article's first, later
 * ones after in date order), each mark encoded by the kind of number, on one linear axis per kind of
 * count (killed, injured, troops sent): small multiples, never two kinds of count on one axis.
 * Each lane is a link, with its value, source and status as its accessible name: to the article's
 * paragraph for the article's reports, to the outlet for later ones.
 */
import { startChart, type ChartCanvas } from './chart-svg';
import { groupHeading } from './group-heading';
import { drawLane } from './lane';
import { drawAxis, gridLines, laneAxes, type LaneAxis } from './lane-axes';
import { GROUP_GAP, LANE_GAP, sectionRule } from './lane-geometry';
import { describeLanes } from './lane-summary';
import { legend } from './legend';
import { markDefs } from './marks';
import { axesNote } from './scales';
import type { LaneGroup } from './story-lanes';
import { el } from './svg';
import type { RenderedChart, RenderOptions } from './types';
import { drawUnits, type UnitGroup } from './unit-lane';

export interface LaneChartSpec {
  name: string;
  title: string;
  /** What the key explains: this chart's groups, or all of a panel's when the panel's other charts share this key. */
  keyFor?: LaneGroup[];
  groups: LaneGroup[];
  units?: UnitGroup[];
  credit: string;
}

/** Lays out and draws a lane chart at one width. */
export function renderLaneChart(spec: LaneChartSpec, options: RenderOptions): RenderedChart {
  const chart = startChart(spec.name, options);
  const { box, writer } = chart;
  const keyed = (spec.keyFor ?? spec.groups).flatMap((group) => group.lanes);
  const kinds = [...new Set(keyed.map((lane) => lane.report.value.type))];
  const origins = [...new Set([...keyed, ...spec.groups.flatMap((group) => group.lanes)].map((lane) => lane.row.origin))];
  const axes = laneAxes(spec.groups, box);

  let y = 6;
  const outside = [...keyed, ...spec.groups.flatMap((group) => group.lanes)].flatMap((lane) => (lane.row.timing ? [lane.row.timing] : []));
  const key = legend(writer, kinds, origins, outside, box, y, chart.paints);
  y += key.height + 4;
  const axisParts: string[] = [];
  const body: string[] = [];
  const grid: string[] = [];
  for (const [index, axis] of axes.entries()) {
    y += index === 0 ? 8 : GROUP_GAP + 4;
    if (index > 0) body.push(sectionRule(box, y));
    const section = drawSection(chart, axis, spec.groups, y);
    axisParts.push(section.axis);
    body.push(...section.lanes);
    grid.push(...section.grid);
    y = section.bottom;
  }
  for (const unit of spec.units ?? []) {
    y += GROUP_GAP;
    const units = drawUnits(chart, unit, y);
    body.push(sectionRule(box, y), units.svg);
    y += units.height + LANE_GAP;
  }

  return chart.finish({
    title: spec.title,
    description: describeLanes(spec.groups, spec.units ?? []),
    defs: markDefs(chart.paints, origins),
    content: [el('g', { class: 'chart-grid', 'aria-hidden': 'true' }, ...grid), key.svg, ...axisParts, ...body],
    credit: spec.credit,
    creditTop: y + 6,
    readingNotes: [axesNote(axes.map(({ label, choice }) => ({ label, choice })))],
    data: { 'data-scale': [...new Set(axes.map((axis) => axis.scale.kind))].join(' ') },
  });
}

/** One axis and the lanes of its groups under it, from `top`; `bottom` is where the next section may start. */
function drawSection(chart: ChartCanvas, axis: LaneAxis, context: LaneGroup[], top: number): { axis: string; lanes: string[]; grid: string[]; bottom: number } {
  const { box, writer } = chart;
  const drawnAxis = drawAxis(writer, axis.scale, box, axis.label, top);
  const lanes: string[] = [];
  const markRows: [number, number][] = [];
  let y = top + drawnAxis.height;
  for (const group of axis.groups) {
    y += GROUP_GAP;
    const heading = groupHeading(writer, group.figure, group.figure.label, context, box.labelX, y, box.width - box.labelX - 4);
    lanes.push(heading.svg);
    y += heading.height;
    for (const lane of group.lanes) {
      const drawn = drawLane(chart, group.figure, lane, axis.scale, y);
      lanes.push(drawn.svg);
      markRows.push(drawn.markRow);
      y += drawn.height + LANE_GAP;
    }
  }
  // A wide chart's gridlines run through its whole section; a narrow one's only through the marks' rows, not the labels.
  const grid = gridLines(axis.scale, box.wide ? [[drawnAxis.axisY, y - LANE_GAP]] : markRows);
  return { axis: drawnAxis.svg, lanes, grid, bottom: y };
}
