/**
 * The over-time chart's list of reports, beside the plot (wide) or under it (narrow): who gave each number,
 * through whom, and its status, under its outlet and date. Each line is one link with its mark and the
 * number labelled at the mark, so a reader can reach a report from either.
 */
import type { Figure } from '../../story/types';
import type { ChartCanvas } from './chart-svg';
import { formatShortDay } from './format';
import type { Box } from './labels';
import { FONTS } from './layout';
import { markLink } from './mark-link';
import { labelBox } from './over-time-placement';
import { reportedOutside, shownValue, sourceLine } from './report-words';
import type { Lane } from './rows';
import { el } from './svg';

interface UprightMark {
  lane: Lane;
  svg: string;
  box: Box;
}

/** Where the list goes, and where the marks' number labels may go on the plot. */
interface ListFrame {
  x: number;
  top: number;
  width: number;
  labelBounds: Box;
}

/** The list's links, in the marks' order; `bottom` is under the last line. */
export function drawReportList(chart: ChartCanvas, figure: Figure, marks: UprightMark[], list: ListFrame): { svg: string[]; bottom: number } {
  const { writer } = chart;
  const taken: Box[] = marks.map((mark) => mark.box);
  const svg: string[] = [];
  let y = list.top;
  let lastHeader = '';
  for (const mark of marks) {
    const { row, report } = mark.lane;
    const header = row.origin === 'article' ? `In the article, ${formatShortDay(row.date)}` : reportedOutside(row);
    if (header !== lastHeader) {
      y += lastHeader ? 6 : 0;
      const block = writer.block(header, list.x, y, list.width, FONTS.smallStrong, row.origin === 'article' ? 'chart-label-muted' : 'chart-label-later');
      svg.push(block.svg);
      y += block.height;
      lastHeader = header;
    }
    const text = shownValue(row);
    const labelAt = labelBox(text, mark.box, list.labelBounds, taken);
    taken.push(labelAt);
    const line = writer.block(sourceLine(row), list.x, y, list.width, FONTS.label, 'chart-label');
    const lineRing: Box = { x: list.x - 3, y: y - 1, width: list.width + 4, height: line.height + 2 };
    y += line.height;
    const parts = [
      el('rect', { class: 'chart-focus-ring', ...around([mark.box, labelAt]), rx: 4 }),
      el('g', { class: `mark mark-${report.value.type}` }, mark.svg),
      writer.shownLine(text, labelAt.x, labelAt.y, FONTS.value, 'chart-value'),
      ...line.lines,
      el('rect', { class: 'chart-focus-ring', ...lineRing, rx: 3 }),
    ];
    svg.push(markLink(figure, row, report.value, parts, chart.linkTarget));
  }
  return { svg, bottom: y };
}

/** The focus ring around a mark and its label: both boxes, and 3 pixels more. */
function around([a, b]: [Box, Box]): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x: x - 3, y: y - 3, width: Math.max(a.x + a.width, b.x + b.width) - x + 6, height: Math.max(a.y + a.height, b.y + b.height) - y + 6 };
}
