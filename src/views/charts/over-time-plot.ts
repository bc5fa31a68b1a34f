/**
 * The over-time chart's plot for one figure: a linear count axis from zero against the dates reported,
 * with the article's day marked across it. Marks and their labels are placed on it by the caller.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { OPEN_REACH } from './encoding';
import { formatNumber, formatShortDay } from './format';
import { overlaps, type Box } from './labels';
import { FONTS, LEADING, type TextWriter } from './layout';
import type { Lane } from './rows';
import { el } from './svg';
import { textWidth } from './text-metrics';

interface DatePlot {
  svg: string[];
  /** Where a count sits, top to bottom. */
  yOf: (n: number) => number;
  /** Where a day sits, left to right. */
  dateX: (isoDate: string) => number;
  plotTop: number;
  /** Where the marks' number labels may go: the plot and a row above it. */
  labelBounds: Box;
  /** Under the date labels. */
  bottom: number;
}

/** Draws the plot from `top` between `left` and `right`, `height` tall, for a figure's lanes. */
export function drawDatePlot(writer: TextWriter, lanes: Lane[], articleDate: string, left: number, right: number, height: number, top: number): DatePlot {
  // Above the plot: a row for the article's day, then a row where the highest marks' labels may go;
  // inside it, room above the highest mark for its open end.
  const articleTop = top + 2;
  const plotTop = articleTop + FONTS.small.size * LEADING + FONTS.value.size * LEADING + 10;
  const plotBottom = plotTop + height;
  const values = lanes.flatMap(({ report: { value } }) => (value.type === 'exact' ? [value.value] : value.type === 'lower-bound' ? [value.min] : [value.min, value.max]));
  const yScale = scaleLinear().domain([0, Math.max(...values)]).nice(4).range([plotBottom, plotTop + OPEN_REACH]);
  const yOf = (n: number) => yScale(n);
  const dates = [...new Set([articleDate, ...lanes.map((lane) => lane.row.date)])].sort();
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const xScale = scaleUtc().domain([day(dates[0]), day(dates[dates.length - 1])]).range([left + 10, right - 10]);
  const dateX = (iso: string) => xScale(day(iso));

  const svg = [
    el('g', { class: 'chart-grid', 'aria-hidden': 'true' }, ...yScale.ticks(4).map((tick) => el('line', { x1: left, y1: yOf(tick), x2: right, y2: yOf(tick) }))),
    ...yScale.ticks(4).map((tick) => writer.line(formatNumber(tick), left - 6, yOf(tick) - (FONTS.small.size * LEADING) / 2, FONTS.small, 'chart-tick-label', 'end')),
    el('line', { class: 'chart-axis', x1: left, y1: plotBottom, x2: right, y2: plotBottom }),
    articleDay(writer, dateX(articleDate), `The article, ${formatShortDay(articleDate)}`, articleTop, plotBottom, right),
    ...dates.map((date) => el('line', { class: 'chart-axis', x1: dateX(date), y1: plotBottom, x2: dateX(date), y2: plotBottom + 4 })),
  ];
  const ticks = dateTicks(writer, dates, dateX, plotBottom + 10, right + 10);
  svg.push(ticks.svg);
  return {
    svg,
    yOf,
    dateX,
    plotTop,
    labelBounds: { x: 2, y: plotTop - FONTS.value.size * LEADING - 6, width: right + 10, height: plotBottom - plotTop + FONTS.value.size * LEADING + 4 },
    bottom: plotBottom + 10 + ticks.height,
  };
}

/** The article's day: a rule across the plot under its label. */
function articleDay(writer: TextWriter, x: number, label: string, top: number, plotBottom: number, right: number): string {
  const labelX = Math.max(2, Math.min(x - 4, right - textWidth(label, FONTS.small)));
  return el(
    'g',
    { class: 'chart-article-day' },
    el('line', { class: 'chart-article-rule', x1: x, y1: top + FONTS.small.size * LEADING, x2: x, y2: plotBottom }),
    writer.line(label, labelX, top, FONTS.small, 'chart-label-muted'),
  );
}

/** Date ticks: the article's date and each day reported, on one row, or a second where they would touch. */
function dateTicks(writer: TextWriter, dates: string[], dateX: (isoDate: string) => number, top: number, width: number): { svg: string; height: number } {
  const lineHeight = FONTS.small.size * LEADING;
  const rows: Box[][] = [[], []];
  const parts: string[] = [];
  let used = 1;
  for (const date of dates) {
    const label = formatShortDay(date);
    const labelWidth = textWidth(label, FONTS.small);
    const x = Math.min(Math.max(dateX(date) - labelWidth / 2, 2), width - labelWidth - 2);
    const row = rows.findIndex((boxes) => !boxes.some((box) => overlaps(box, { x, y: 0, width: labelWidth, height: 1 }, 8)));
    if (row < 0) continue;
    rows[row].push({ x, y: 0, width: labelWidth, height: 1 });
    used = Math.max(used, row + 1);
    parts.push(writer.line(label, x, top + row * lineHeight, FONTS.small, 'chart-tick-label'));
  }
  return { svg: parts.join(''), height: used * lineHeight };
}
