/**
 * The lane chart both panels use: one group per figure, one lane per report (the article's first, later
 * ones after in date order), every mark on one shared value axis and encoded by the kind of number.
 * Each lane is a link, with its value, source and status as its accessible name: to the article's
 * paragraph for the article's reports, to the outlet for later ones.
 */
import type { ReportedValue } from '../schemas/figure';
import type { Figure, FigureReport } from '../model/types';
import { encodeValue, markSpan, type MarkGeometry } from './encoding';
import { formatDay } from '../lib/dates';
import { quoted } from '../lib/text';
import { formatNumber, formatShortDay } from './format';
import { FONTS, frame, LEADING, TextWriter, type Frame } from './layout';
import { DOT_RADIUS, markDefs, markSvg, paintIds, type Origin, type PaintIds } from './marks';
import type { ChartRow } from './rows';
import { chooseScale, makeScale, valueExtent, type ValueScale } from './scales';
import { el, escapeXml } from './svg';
import { textWidth, wrapText, type FontSpec } from './text-metrics';
import type { RenderedChart, RenderOptions } from './types';
import { drawnRange, kindLabel, type ValueType } from './wording';

export interface Lane {
  report: FigureReport;
  row: ChartRow;
}

export interface LaneGroup {
  figure: Figure;
  lanes: Lane[];
}

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
  /** What the axis counts: "People" or "Troops". */
  unitLabel: string;
  groups: LaneGroup[];
  units?: UnitGroup[];
  credit: string;
}

const LANE_GAP = 10;
const GROUP_GAP = 18;
const MARK_ROW = 26;

/**
 * The accessible name of a mark: the words it shows, in order (so speech users can say what they see,
 * WCAG 2.5.3), then its figure, kind of number, source, status and where it comes from.
 */
export function laneLabel(figure: Figure, row: ChartRow, value: ReportedValue, visible: string): string {
  const where =
    row.origin === 'article'
      ? `In the article, ${formatDay(row.date)}. Opens the paragraph it comes from.`
      : `Reported later by ${row.outlet}, ${formatDay(row.publishedDate ?? row.date)}, outside the article${row.dateQualifier === 'before' ? ' (a figure given before that date)' : ''}. Opens that report.`;
  const shown = visible.startsWith(figure.label) ? visible : `${figure.label}: ${visible}`;
  return `${shown}. ${kindLabel(value.type)}, ${drawnRange(value)}. Source: ${row.source}. ${row.confirmationLabel}. ${where}`;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * The text an SVG fragment shows, in document order, one space between text elements; and the fragment
 * with that space written in, so that assistive technology reading it also hears separate words.
 */
export function shownText(fragment: string): { text: string; svg: string } {
  const texts = [...fragment.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((match) => match[1].replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]));
  return { text: texts.join(' ').replace(/\s+/g, ' ').trim(), svg: fragment.replace(/<\/text>/g, '</text> ').trimEnd() };
}

/** The tooltip's lines, shown on hover and focus. */
export function laneTooltip(figure: Figure, row: ChartRow, value: ReportedValue): string[] {
  return [
    figure.label,
    `${row.origin === 'article' ? `“${row.valueText}”` : row.valueText} · ${kindLabel(value.type)}, ${drawnRange(value)}`,
    `Source: ${row.source}`,
    `Status: ${row.confirmationLabel}`,
    row.origin === 'article' ? `In the article, ${formatDay(row.date)}` : `Reported later by ${row.outlet}, ${formatDay(row.publishedDate ?? row.date)}`,
  ];
}

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

/** Writes a lane's label lines; returns their SVG and height. */
function writeLabels(writer: TextWriter, lines: ReturnType<typeof laneLines>, x: number, top: number, width: number): LaneLayout {
  let y = top;
  const parts: string[] = [];
  for (const line of lines) {
    const block = writer.block(line.text, x, y, width, line.font, line.className);
    parts.push(block.svg);
    y += block.height;
  }
  return { svg: parts.join(''), height: y - top };
}

/**
 * The label beside a mark: the number in its source's words ("dozens", "as many as 3,000"), quoted when
 * they are the article's; the site's numeric reading stays in the tooltip, table and notes. After the mark
 * if there is room, else before it, else left out.
 */
function valueLabel(writer: TextWriter, mark: MarkGeometry, y: number, row: ChartRow, box: Frame): string {
  const label = row.origin === 'article' ? quoted(row.valueText) : row.valueText;
  const width = textWidth(label, FONTS.value);
  const [left, right] = markSpan(mark, DOT_RADIUS);
  const top = y - (FONTS.value.size * LEADING) / 2;
  if (right + 6 + width <= box.width - 4) return writer.line(label, right + 6, top, FONTS.value, 'chart-value');
  if (left - 6 - width >= 2) return writer.line(label, left - 6, top, FONTS.value, 'chart-value', 'end');
  return '';
}

function focusRing(top: number, height: number, width: number): string {
  return el('rect', { class: 'chart-focus-ring', x: 1.5, y: top - 4, width: width - 3, height: height + 8, rx: 4 });
}

function laneLink(figure: Figure, lane: Lane, value: ReportedValue, fragment: string, target?: '_blank'): string {
  const { row } = lane;
  const content = shownText(fragment);
  const href = row.origin === 'article' ? row.paragraphUrl : row.url;
  return el(
    'a',
    {
      href: href ?? undefined,
      class: `chart-mark origin-${row.origin}`,
      'data-origin': row.origin,
      'data-figure': figure.id,
      'data-report': row.reportId,
      'data-kind': value.type,
      'aria-label': laneLabel(figure, row, value, content.text),
      'data-tip': laneTooltip(figure, row, value).join('\n'),
      target,
      rel: row.origin === 'external' ? 'external noopener' : target ? 'noopener' : undefined,
    },
    content.svg,
  );
}

const KIND_ORDER: ValueType[] = ['exact', 'lower-bound', 'upper-bound', 'vague'];

interface LegendItem {
  swatch: (x: number, y: number) => string;
  text: string;
  origin: Origin;
}

/** The key: one row for the kinds of number drawn, one for where the reports come from; each wraps. */
function legend(writer: TextWriter, kinds: ValueType[], origins: Origin[], box: Frame, top: number, ids: PaintIds): LaneLayout {
  const sample: Record<ValueType, (x: number) => MarkGeometry> = {
    exact: (x) => ({ kind: 'exact', x: x + 15 }),
    'lower-bound': (x) => ({ kind: 'lower-bound', x: x + 3, to: x + 30 }),
    'upper-bound': (x) => ({ kind: 'upper-bound', x: x + 30, to: x + 3 }),
    vague: (x) => ({ kind: 'vague', x0: x + 2, x1: x + 30 }),
  };
  const kindItems: LegendItem[] = KIND_ORDER.filter((kind) => kinds.includes(kind)).map((kind) => ({
    swatch: (x, y) => markSvg(sample[kind](x), y, 'article', ids),
    text: kindLabel(kind),
    origin: 'article',
  }));
  const originItems: LegendItem[] = [];
  if (origins.includes('article')) originItems.push({ swatch: (x, y) => markSvg(sample.exact(x), y, 'article', ids), text: 'In the article (solid)', origin: 'article' });
  if (origins.includes('external')) {
    originItems.push({ swatch: (x, y) => markSvg(sample.exact(x), y, 'external', ids), text: 'Reported later, outside the article (dashed)', origin: 'external' });
  }
  const rowHeight = 22;
  const parts: string[] = [];
  let y = top;
  for (const [lead, items] of [['Kind of number:', kindItems], ['Reported:', originItems]] as const) {
    if (items.length === 0) continue;
    const lineTop = (rowY: number) => rowY + (rowHeight - FONTS.small.size * LEADING) / 2;
    parts.push(writer.line(lead, box.labelX, lineTop(y), { ...FONTS.small, bold: true }, 'chart-legend-lead'));
    let x = box.labelX + textWidth(lead, { ...FONTS.small, bold: true }) + 12;
    let rowBottom = y + rowHeight;
    for (const item of items) {
      const width = 38 + textWidth(item.text, FONTS.small);
      if (x + width > box.width - 4) {
        x = box.labelX;
        y = rowBottom;
        rowBottom = y + rowHeight;
      }
      // An item wider than a whole row wraps its words under themselves.
      const lines = wrapText(item.text, box.width - 4 - x - 38, FONTS.small);
      const lineHeight = FONTS.small.size * LEADING;
      const textTop = lines.length === 1 ? lineTop(y) : y + 3;
      parts.push(
        el(
          'g',
          { class: `chart-legend-item origin-${item.origin}`, 'data-origin': item.origin },
          item.swatch(x, y + rowHeight / 2),
          ...lines.map((line, index) => writer.line(line, x + 38, textTop + index * lineHeight, FONTS.small, 'chart-legend-text')),
        ),
      );
      rowBottom = Math.max(rowBottom, textTop + lines.length * lineHeight + 3);
      x += Math.max(...lines.map((line) => textWidth(line, FONTS.small))) + 38 + 16;
    }
    y = rowBottom;
  }
  return { svg: el('g', { class: 'chart-legend' }, ...parts), height: y - top };
}

function axis(writer: TextWriter, scale: ValueScale, box: Frame, unitLabel: string, top: number): LaneLayout & { axisY: number } {
  const [r0, r1] = scale.range;
  const note = scale.kind === 'log' ? `${unitLabel}, log scale: each gridline is ten times the one before` : `${unitLabel}, linear scale from zero`;
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

/** Lays out and draws a lane chart at one width. */
export function renderLaneChart(spec: LaneChartSpec, options: RenderOptions): RenderedChart {
  const box = frame(options.width);
  const prefix = options.idPrefix ?? `chart-${spec.name}-${options.width}-`;
  const ids = paintIds(prefix);
  const writer = new TextWriter();
  const lanes = spec.groups.flatMap((group) => group.lanes);
  const extents = lanes.map((lane) => valueExtent(reportValue(lane)));
  const choice = chooseScale(extents);
  const scale = makeScale(choice, extents, box.plot);
  const kinds = [...new Set(lanes.map((lane) => reportValue(lane).type))];
  const origins = [...new Set(lanes.map((lane) => lane.row.origin))];

  const parts: string[] = [];
  let y = 6;
  const legendPart = legend(writer, kinds, origins, box, y, ids);
  parts.push(legendPart.svg);
  y += legendPart.height + 12;
  const axisPart = axis(writer, scale, box, spec.unitLabel, y);
  parts.push(axisPart.svg);
  const gridTop = axisPart.axisY;
  y += axisPart.height;

  const body: string[] = [];
  // Where marks sit: on a narrow chart the gridlines run only through these rows, not through the labels.
  const markRows: [number, number][] = [];
  for (const group of spec.groups) {
    y += GROUP_GAP;
    const heading = writer.block(group.figure.label, box.labelX, y, box.width - box.labelX - 4, FONTS.heading, 'chart-heading');
    body.push(el('g', { class: 'chart-group-heading', 'data-figure': group.figure.id }, heading.svg));
    y += heading.height + 4;
    if (!group.lanes.some((lane) => lane.row.origin === 'article')) {
      const related = group.figure.relatedFigures
        .map((id) => spec.groups.find((other) => other.figure.id === id)?.figure.label)
        .filter((label): label is string => Boolean(label));
      const against = related.length ? ` Read it against ${related.join(' and ').toLowerCase()}, above.` : '';
      const note = writer.block(`The article gives no number for this. Every report below came later.${against}`, box.labelX, y, box.width - box.labelX - 4, FONTS.small, 'chart-site-note');
      body.push(note.svg);
      y += note.height + 4;
    }
    for (const lane of group.lanes) {
      const value = reportValue(lane);
      const mark = encodeValue(value, scale);
      const top = y;
      const labels = writeLabels(writer, laneLines(lane.row), box.labelX, top, box.labelWidth);
      const markY = box.wide ? top + Math.max(labels.height, MARK_ROW) / 2 : top + labels.height + MARK_ROW / 2;
      const height = box.wide ? Math.max(labels.height, MARK_ROW) : labels.height + MARK_ROW;
      markRows.push([markY - MARK_ROW / 2, markY + MARK_ROW / 2]);
      const content = [
        focusRing(top, height, box.width),
        labels.svg,
        el('g', { class: `mark mark-${value.type}` }, markSvg(mark, markY, lane.row.origin, ids)),
        valueLabel(writer, mark, markY, lane.row, box),
      ].join('');
      body.push(laneLink(group.figure, lane, value, content, options.linkTarget));
      y += height + LANE_GAP;
    }
  }
  const gridBottom = y;
  const spans: [number, number][] = box.wide ? [[gridTop, gridBottom]] : markRows;
  const grid = el(
    'g',
    { class: 'chart-grid', 'aria-hidden': 'true' },
    ...scale.ticks(FONTS.small).flatMap((tick) => spans.map(([y1, y2]) => el('line', { x1: tick.x, y1, x2: tick.x, y2 }))),
  );

  for (const unit of spec.units ?? []) {
    y += GROUP_GAP;
    body.push(el('line', { class: 'chart-rule', x1: box.labelX, y1: y - GROUP_GAP / 2, x2: box.width - 4, y2: y - GROUP_GAP / 2, 'aria-hidden': 'true' }));
    const heading = writer.block(`${unit.figure.label} (not on the ${spec.unitLabel.toLowerCase()} scale)`, box.labelX, y, box.width - box.labelX - 4, FONTS.heading, 'chart-heading');
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
    const countLabel = writer.line(formatNumber(unit.count), startX + unit.count * (size + gap) + 4, squaresTop + size / 2 - (FONTS.value.size * LEADING) / 2, FONTS.value, 'chart-value');
    const height = box.wide ? Math.max(labels.height, size + 4) : labels.height + size + 10;
    body.push(
      laneLink(unit.figure, unit.lane, value, [focusRing(top, height, box.width), labels.svg, el('g', { class: `mark mark-${value.type}` }, ...squares), countLabel].join(''), options.linkTarget),
    );
    y += height + LANE_GAP;
  }

  y += 6;
  const credit = writer.block(spec.credit, box.labelX, y, box.width - box.labelX - 4, FONTS.small, 'chart-credit');
  y += credit.height + 6;
  const height = Math.ceil(y);
  const description = describe(spec);
  const svg = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: `chart-svg chart-${spec.name}`,
      viewBox: `0 0 ${options.width} ${height}`,
      width: options.width,
      height,
      role: 'group',
      'aria-labelledby': `${prefix}title`,
      'aria-describedby': `${prefix}desc`,
      'data-chart': spec.name,
      'data-scale': scale.kind,
    },
    el('title', { id: `${prefix}title` }, escapeXml(spec.title)),
    el('desc', { id: `${prefix}desc` }, escapeXml(description)),
    el('defs', {}, markDefs(ids, origins)),
    grid,
    ...parts,
    ...body,
    credit.svg,
  );
  return { name: spec.name, width: options.width, height, title: spec.title, description, svg, labels: writer.labels, scale: choice };
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
