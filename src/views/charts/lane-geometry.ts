/** The vertical rhythm of a lane chart: the gaps between lanes and groups, and where a lane's mark sits. */
import type { Frame } from './layout';
import { el } from './svg';

export const LANE_GAP = 10;
export const GROUP_GAP = 18;
const MARK_ROW = 26;
/** Room under a vague mark for the site's reading of its ends. */
const READING_ROW = 16;

export interface LaneRows {
  /** The centre line of the mark. */
  markY: number;
  height: number;
  /** The row the mark sits in: on a narrow chart the gridlines run only through these, not through the labels. */
  markRow: [number, number];
}

/** A lane's height and its mark's row: beside its labels on a wide chart, under them on a narrow one. */
export function laneRows(box: Frame, top: number, labelsHeight: number, vague: boolean): LaneRows {
  const markRow = vague ? MARK_ROW + READING_ROW : MARK_ROW;
  const markY = box.wide ? top + Math.max(labelsHeight, markRow) / 2 - (markRow - MARK_ROW) / 2 : top + labelsHeight + MARK_ROW / 2;
  const height = box.wide ? Math.max(labelsHeight, markRow) : labelsHeight + markRow;
  return { markY, height, markRow: [markY - MARK_ROW / 2, markY + MARK_ROW / 2] };
}

/** The faint rule across the chart above a section that starts at `top` (after a GROUP_GAP). */
export function sectionRule(box: Frame, top: number): string {
  return el('line', { class: 'chart-rule', x1: box.labelX, y1: top - GROUP_GAP / 2, x2: box.width - 4, y2: top - GROUP_GAP / 2, 'aria-hidden': 'true' });
}
