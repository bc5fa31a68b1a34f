/** A count of things that are not on the value axis (states in an alliance), drawn as one square each. */
import type { Figure } from '../../story/types';
import type { ChartCanvas } from './chart-svg';
import { formatNumber } from './format';
import { groupHeading } from './group-heading';
import { laneLines, writeLabels } from './lane-labels';
import { FONTS, LEADING } from './layout';
import { focusRing, markLink } from './mark-link';
import type { Lane } from './rows';
import { el } from './svg';

export interface UnitGroup {
  figure: Figure;
  lane: Lane;
  count: number;
  /** What the squares stand for, as the article names them. */
  names: string[];
}

const SQUARE = 14;
const SQUARE_GAP = 5;

/** Draws the count's heading and its lane at `top`: the squares beside the labels (wide) or under them. */
export function drawUnits(chart: ChartCanvas, unit: UnitGroup, top: number): { svg: string; height: number } {
  const { box, writer } = chart;
  const heading = groupHeading(writer, unit.figure, `${unit.figure.label} (a count of ${unit.figure.unit}, not on an axis)`, [], box.labelX, top, box.width - box.labelX - 4);
  const laneTop = top + heading.height;
  const { value } = unit.lane.report;
  const named = unit.names.length ? [{ text: `Named: ${unit.names.join(', ')}`, font: FONTS.small, className: 'chart-label-muted' }] : [];
  const labels = writeLabels(writer, [...laneLines(unit.lane.row), ...named], box.labelX, laneTop, box.labelWidth);
  const startX = box.wide ? box.plot[0] : box.labelX + 2;
  const squaresTop = box.wide ? laneTop + 2 : laneTop + labels.height + 6;
  const squares = Array.from({ length: unit.count }, (_, index) =>
    el('rect', { class: 'mark-unit', x: startX + index * (SQUARE + SQUARE_GAP), y: squaresTop, width: SQUARE, height: SQUARE }),
  );
  const countLabel = writer.shownLine(formatNumber(unit.count), startX + unit.count * (SQUARE + SQUARE_GAP) + 4, squaresTop + SQUARE / 2 - (FONTS.value.size * LEADING) / 2, FONTS.value, 'chart-value');
  const height = box.wide ? Math.max(labels.height, SQUARE + 4) : labels.height + SQUARE + 10;
  const link = markLink(unit.figure, unit.lane.row, value, [focusRing(laneTop, height, box.width), ...labels.lines, el('g', { class: `mark mark-${value.type}` }, ...squares), countLabel], chart.linkTarget);
  return { svg: heading.svg + link, height: heading.height + height };
}
