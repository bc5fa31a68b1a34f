/** One lane: a report's labels, its mark on the axis and the words at the mark, drawn as one link. */
import type { Figure } from '../../story/types';
import type { ChartCanvas } from './chart-svg';
import { encodeValue } from './encoding';
import { laneRows, type LaneRows } from './lane-geometry';
import { laneLines, writeLabels } from './lane-labels';
import { readingLabel, valueLabel } from './mark-labels';
import { focusRing, markLink } from './mark-link';
import { markSvg } from './marks';
import type { Lane } from './rows';
import type { ValueScale } from './scales';
import { el } from './svg';

/** Draws a lane with its top at `top`; returns its link, its height and the row its mark sits in. */
export function drawLane(chart: ChartCanvas, figure: Figure, lane: Lane, scale: ValueScale, top: number): LaneRows & { svg: string } {
  const { box, writer } = chart;
  const { value } = lane.report;
  const mark = encodeValue(value, scale);
  const labels = writeLabels(writer, laneLines(lane.row), box.labelX, top, box.labelWidth);
  const rows = laneRows(box, top, labels.height, mark.kind === 'vague');
  const svg = markLink(
    figure,
    lane.row,
    value,
    [
      focusRing(top, rows.height, box.width),
      ...labels.lines,
      el('g', { class: `mark mark-${value.type}` }, markSvg(mark, rows.markY, lane.row.origin, chart.paints)),
      ...valueLabel(writer, mark, rows.markY, lane.row, box),
      ...readingLabel(writer, mark, value, rows.markY + 9, box),
    ],
    chart.linkTarget,
  );
  return { ...rows, svg };
}
