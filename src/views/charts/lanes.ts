/**
 * The lane chart both panels use: one group per figure, one lane per report (the article's first, later
 * ones after in date order), each mark encoded by the kind of number, on one linear axis per kind of
 * count (killed, injured, troops sent): small multiples, never two kinds of count on one axis.
 * Each lane is a link, with its value, source and status as its accessible name: to the article's
 * paragraph for the article's reports, to the outlet for later ones.
 */
import type { ReportedValue } from '../../story/schemas/figure';
import type { Figure } from '../../story/types';
import { encodeValue, markSpan, type MarkGeometry } from './encoding';
import { quoted } from '../format/text';
import { formatNumber, formatShortDay } from './format';
import { FONTS, frame, LEADING, TextWriter, type DrawnLine, type Frame } from './layout';
import { DOT_RADIUS, markDefs, markSvg, paintIds } from './marks';
import { focusRing, markLink } from './mark-link';
import type { ChartRow, Lane } from './rows';
import type { LaneGroup } from './story-lanes';
import { axesNote, chooseScale, makeScale, valueExtent, type ValueScale } from './scales';
import { legend } from './legend';
import { el } from './svg';
import { finishChart } from './chart-svg';
import { textWidth, type FontSpec } from './text-metrics';
import type { RenderedChart, RenderOptions } from './types';
import { figureKinds } from '../vocabulary';

/** A count of things that are not on the value axis (states in an alliance), drawn as one square each. */
export interface UnitGroup {
  figure: Figure;
  lane: Lane;
  count: number;
  /** What the squares stand for, as the article names them. */
  names: string[];
}

export interface LaneChartSpec {
  name: string;
  title: string;
  /** What the key explains: this chart's groups, or all of a panel's when the panel's other charts share this key. */
  keyFor?: LaneGroup[];
  groups: LaneGroup[];
  units?: UnitGroup[];
  credit: string;
}

const LANE_GAP = 10;
const GROUP_GAP = 18;
const MARK_ROW = 26;
/** Room under a vague mark for the site's reading of its ends. */
const READING_ROW = 16;

function laneLines(row: ChartRow): { text: string; font: FontSpec; className: string }[] {
  if (row.origin === 'article') {
    return [
      { text: `“${row.valueText}” — ${row.source}`, font: FONTS.label, className: 'chart-label' },
      { text: `${row.confirmationLabel} · in the article, ${formatShortDay(row.date)}`, font: FONTS.small, className: 'chart-label-muted' },
    ];
  }
  return [
    { text: `Reported later by ${row.outlet}, ${formatShortDay(row.publishedDate ?? row.date)}`, font: FONTS.smallStrong, className: 'chart-label-later' },
    {
      text: `${row.valueText} — ${row.source}${row.dateQualifier === 'before' ? ' (an earlier figure)' : ''} · ${row.confirmationLabel}`,
      font: FONTS.label,
      className: 'chart-label',
    },
  ];
}

interface LaneLayout {
  svg: string;
  height: number;
}

/** Writes a lane's label lines; returns them as drawn, and their height. */
function writeLabels(writer: TextWriter, lines: ReturnType<typeof laneLines>, x: number, top: number, width: number): { lines: DrawnLine[]; height: number } {
  let y = top;
  const drawn: DrawnLine[] = [];
  for (const line of lines) {
    const block = writer.block(line.text, x, y, width, line.font, line.className);
    drawn.push(...block.lines);
    y += block.height;
  }
  return { lines: drawn, height: y - top };
}

/**
 * The label beside a mark: the number in its source's words ("dozens", "as many as 3,000"), quoted when
 * they are the article's; the site's numeric reading stays in the tooltip, table and notes. After the mark
 * if there is room, else before it, else left out.
 */
function valueLabel(writer: TextWriter, mark: MarkGeometry, y: number, row: ChartRow, box: Frame): DrawnLine[] {
  const label = row.origin === 'article' ? quoted(row.valueText) : row.valueText;
  const width = textWidth(label, FONTS.value);
  const [left, right] = markSpan(mark, DOT_RADIUS);
  const top = y - (FONTS.value.size * LEADING) / 2;
  if (right + 6 + width <= box.width - 4) return [writer.shownLine(label, right + 6, top, FONTS.value, 'chart-value')];
  // Never into the label column of a wide chart.
  if (left - 6 - width >= (box.wide ? box.labelX + box.labelWidth + 8 : 2)) return [writer.shownLine(label, left - 6, top, FONTS.value, 'chart-value', 'end')];
  // A word for a wide range sits on its faint band, which is drawn light enough to read it over.
  if (mark.kind === 'vague' && right - left >= width + 8) return [writer.shownLine(label, (left + right) / 2, top, FONTS.value, 'chart-value', 'middle')];
  return [];
}

function axis(writer: TextWriter, scale: ValueScale, box: Frame, title: string, top: number): LaneLayout & { axisY: number } {
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

function reportValue(lane: Lane): ReportedValue {
  return lane.report.value;
}

/** Lane groups that share one value axis: figures of one kind ("killed", "injured"), in the order they come. */
interface AxisGroup {
  label: string;
  groups: LaneGroup[];
}

/**
 * One axis per kind of count, never two kinds on one: a toll of dozens and a count of thousands each get
 * a linear axis a reader can compare positions on, instead of sharing a log axis nobody reads.
 */
function axisGroups(groups: LaneGroup[]): AxisGroup[] {
  const byKind = new Map<string, AxisGroup>();
  for (const group of groups) {
    const key = `${group.figure.kind}|${group.figure.unit}`;
    const axisGroup = byKind.get(key) ?? { label: figureKinds[group.figure.kind].label, groups: [] };
    axisGroup.groups.push(group);
    byKind.set(key, axisGroup);
  }
  return [...byKind.values()];
}

/** A lane chart's title, from what its axes count: "People killed and people injured: the article’s numbers…". */
export function lanesTitle(figures: Figure[]): string {
  const counts = [...new Set(figures.map((figure) => figureKinds[figure.kind].label))];
  const named = counts.length <= 1 ? (counts[0] ?? '') : `${counts.slice(0, -1).join(', ')} and ${counts.at(-1)!.toLowerCase()}`;
  const later = figures.some((figure) => figure.reports.some((report) => report.origin === 'external'));
  return `${named}: ${later ? 'the article’s numbers and later reports' : 'the article’s numbers'}`;
}

/**
 * The site's note on a chart whose figures have reports only from outside the article: it says so, and
 * names the article's figures it should be read against.
 */
function laterOnlyNote(figure: Figure, groups: LaneGroup[]): string | null {
  if (figure.reports.some((report) => report.origin === 'article')) return null;
  const related = figure.relatedFigures
    .map((id) => groups.find((other) => other.figure.id === id)?.figure.label)
    .filter((label): label is string => Boolean(label));
  const against = related.length ? ` Read it against ${related.map((label) => `“${label}”`).join(' and ')}, above.` : '';
  return `The article gives no number for this. Every report here came later.${against}`;
}

/** A figure's heading over its marks, and the site's note under it when the article gives no number for it. */
export function groupHeading(writer: TextWriter, figure: Figure, text: string, context: LaneGroup[], x: number, top: number, width: number): LaneLayout {
  const heading = writer.block(text, x, top, width, FONTS.heading, 'chart-heading');
  const parts = [el('g', { class: 'chart-group-heading', 'data-figure': figure.id }, heading.svg)];
  let height = heading.height + 4;
  const note = laterOnlyNote(figure, context);
  if (note) {
    const block = writer.block(note, x, top + height, width, FONTS.small, 'chart-site-note');
    parts.push(block.svg);
    height += block.height + 4;
  }
  return { svg: parts.join(''), height };
}

/** Small words under a vague mark's faint band: its ends, as the site reads the word. */
function readingLabel(writer: TextWriter, mark: Extract<MarkGeometry, { kind: 'vague' }>, value: ReportedValue, top: number, box: Frame): DrawnLine[] {
  if (value.type !== 'vague') return [];
  const low = formatNumber(value.min);
  const high = formatNumber(value.max);
  const both = `site’s reading: ${low} to ${high}`;
  const ends = textWidth(low, FONTS.small) + textWidth(high, FONTS.small) + 12;
  if (mark.x1 - mark.x0 >= ends + textWidth('site’s reading', FONTS.small) + 12) {
    return [
      writer.shownLine(low, mark.x0, top, FONTS.small, 'chart-reading'),
      writer.shownLine('site’s reading', (mark.x0 + mark.x1) / 2, top, FONTS.small, 'chart-reading', 'middle'),
      writer.shownLine(high, mark.x1, top, FONTS.small, 'chart-reading', 'end'),
    ];
  }
  const width = textWidth(both, FONTS.small);
  if (mark.x0 + width <= box.width - 4) return [writer.shownLine(both, mark.x0, top, FONTS.small, 'chart-reading')];
  return [writer.shownLine(both, Math.max(mark.x1, box.labelX + width), top, FONTS.small, 'chart-reading', 'end')];
}

/** Lays out and draws a lane chart at one width. */
export function renderLaneChart(spec: LaneChartSpec, options: RenderOptions): RenderedChart {
  const box = frame(options.width);
  const prefix = options.idPrefix ?? `chart-${spec.name}-${options.width}-`;
  const ids = paintIds(prefix);
  const writer = new TextWriter();
  const keyed = (spec.keyFor ?? spec.groups).flatMap((group) => group.lanes);
  const kinds = [...new Set(keyed.map((lane) => reportValue(lane).type))];
  const origins = [...new Set([...keyed, ...spec.groups.flatMap((group) => group.lanes)].map((lane) => lane.row.origin))];
  const axes = axisGroups(spec.groups).map((axisGroup) => {
    const extents = axisGroup.groups.flatMap((group) => group.lanes).map((lane) => valueExtent(reportValue(lane)));
    const choice = chooseScale(extents);
    return { ...axisGroup, choice, scale: makeScale(choice, extents, box.plot) };
  });

  const parts: string[] = [];
  let y = 6;
  const legendPart = legend(writer, kinds, origins, box, y, ids);
  parts.push(legendPart.svg);
  y += legendPart.height + 4;

  const body: string[] = [];
  const gridLines: string[] = [];
  for (const [axisIndex, { label, groups, scale }] of axes.entries()) {
    y += axisIndex === 0 ? 8 : GROUP_GAP + 4;
    if (axisIndex > 0) body.push(el('line', { class: 'chart-rule', x1: box.labelX, y1: y - GROUP_GAP / 2, x2: box.width - 4, y2: y - GROUP_GAP / 2, 'aria-hidden': 'true' }));
    const axisPart = axis(writer, scale, box, label, y);
    parts.push(axisPart.svg);
    const gridTop = axisPart.axisY;
    y += axisPart.height;
    // Where marks sit: on a narrow chart the gridlines run only through these rows, not through the labels.
    const markRows: [number, number][] = [];
    for (const group of groups) {
      y += GROUP_GAP;
      const heading = groupHeading(writer, group.figure, group.figure.label, spec.groups, box.labelX, y, box.width - box.labelX - 4);
      body.push(heading.svg);
      y += heading.height;
      for (const lane of group.lanes) {
        const value = reportValue(lane);
        const mark = encodeValue(value, scale);
        const top = y;
        const labels = writeLabels(writer, laneLines(lane.row), box.labelX, top, box.labelWidth);
        // A vague mark carries the site's reading of its ends under the band.
        const markRow = mark.kind === 'vague' ? MARK_ROW + READING_ROW : MARK_ROW;
        const markY = box.wide ? top + Math.max(labels.height, markRow) / 2 - (markRow - MARK_ROW) / 2 : top + labels.height + MARK_ROW / 2;
        const height = box.wide ? Math.max(labels.height, markRow) : labels.height + markRow;
        markRows.push([markY - MARK_ROW / 2, markY + MARK_ROW / 2]);
        const content = [
          focusRing(top, height, box.width),
          ...labels.lines,
          el('g', { class: `mark mark-${value.type}` }, markSvg(mark, markY, lane.row.origin, ids)),
          ...valueLabel(writer, mark, markY, lane.row, box),
          ...(mark.kind === 'vague' ? readingLabel(writer, mark, value, markY + 9, box) : []),
        ];
        body.push(markLink(group.figure, lane.row, value, content, options.linkTarget));
        y += height + LANE_GAP;
      }
    }
    const spans: [number, number][] = box.wide ? [[gridTop, y - LANE_GAP]] : markRows;
    gridLines.push(...scale.ticks(FONTS.small).flatMap((tick) => spans.map(([y1, y2]) => el('line', { x1: tick.x, y1, x2: tick.x, y2 }))));
  }
  const grid = el('g', { class: 'chart-grid', 'aria-hidden': 'true' }, ...gridLines);

  for (const unit of spec.units ?? []) {
    y += GROUP_GAP;
    body.push(el('line', { class: 'chart-rule', x1: box.labelX, y1: y - GROUP_GAP / 2, x2: box.width - 4, y2: y - GROUP_GAP / 2, 'aria-hidden': 'true' }));
    const heading = writer.block(`${unit.figure.label} (a count of ${unit.figure.unit}, not on an axis)`, box.labelX, y, box.width - box.labelX - 4, FONTS.heading, 'chart-heading');
    body.push(el('g', { class: 'chart-group-heading', 'data-figure': unit.figure.id }, heading.svg));
    y += heading.height + 4;
    const value = reportValue(unit.lane);
    const top = y;
    const named = unit.names.length ? [{ text: `Named: ${unit.names.join(', ')}`, font: FONTS.small, className: 'chart-label-muted' }] : [];
    const lines = [...laneLines(unit.lane.row), ...named];
    const labels = writeLabels(writer, lines, box.labelX, top, box.labelWidth);
    const size = 14;
    const gap = 5;
    const startX = box.wide ? box.plot[0] : box.labelX + 2;
    const squaresTop = box.wide ? top + 2 : top + labels.height + 6;
    const squares = Array.from({ length: unit.count }, (_, index) =>
      el('rect', { class: 'mark-unit', x: startX + index * (size + gap), y: squaresTop, width: size, height: size }),
    );
    const countLabel = writer.shownLine(formatNumber(unit.count), startX + unit.count * (size + gap) + 4, squaresTop + size / 2 - (FONTS.value.size * LEADING) / 2, FONTS.value, 'chart-value');
    const height = box.wide ? Math.max(labels.height, size + 4) : labels.height + size + 10;
    body.push(
      markLink(unit.figure, unit.lane.row, value, [focusRing(top, height, box.width), ...labels.lines, el('g', { class: `mark mark-${value.type}` }, ...squares), countLabel], options.linkTarget),
    );
    y += height + LANE_GAP;
  }

  return finishChart({
    name: spec.name,
    width: options.width,
    prefix,
    title: spec.title,
    description: describe(spec),
    defs: markDefs(ids, origins),
    content: [grid, ...parts, ...body],
    credit: spec.credit,
    creditTop: y + 6,
    writer,
    readingNotes: [axesNote(axes.map(({ label, choice }) => ({ label, choice })))],
    data: { 'data-scale': [...new Set(axes.map((axisGroup) => axisGroup.scale.kind))].join(' ') },
  });
}

/** A plain-language summary of every report the chart draws, for the SVG's <desc>. */
function describe(spec: LaneChartSpec): string {
  const groups = spec.groups.map((group) => {
    const reports = group.lanes.map(({ row }) =>
      row.origin === 'article'
        ? `“${row.valueText}” (${row.kind.toLowerCase()}) from ${row.source}, ${row.confirmationLabel.toLowerCase()}, in the article`
        : `${row.valueText} (${row.kind.toLowerCase()}) from ${row.source}, reported later by ${row.outlet}`,
    );
    return `${group.figure.label}: ${reports.join('; ')}.`;
  });
  const units = (spec.units ?? []).map((unit) => `${unit.figure.label}: “${unit.lane.row.valueText}”${unit.names.length ? `, ${unit.names.join(', ')}` : ''}.`);
  return [`Each row is one report of a number, the article’s first and later reports after it.`, ...groups, ...units].join(' ');
}
