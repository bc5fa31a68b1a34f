/**
 * The over-time chart: a figure whose total was reported as three or more different numbers (a death toll
 * revised from 164 to 238) drawn by the date of each report, on a linear axis from zero, with the
 * article's date marked. Reports of one day stand side by side in the order they came ("before" a date
 * first), so no two hide each other; each is labelled with its number in its source's words.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import type { Figure, Story } from '../../story/types';
import type { ReportedValue } from '../../story/schemas/figure';
import { quoted } from '../format/text';
import { OPEN_REACH } from './encoding';
import { formatNumber, formatShortDay } from './format';
import { overlaps, type Box } from './labels';
import { groupHeading } from './group-heading';
import { FONTS, frame, LEADING, TextWriter } from './layout';
import { legend } from './legend';
import { markDefs, paintIds, type Origin } from './marks';
import { markLink } from './mark-link';
import { panelFigures, type Lane } from './rows';
import { laneGroups, SITE_NAME, type LaneGroup } from './story-lanes';
import { el } from './svg';
import { finishChart } from './chart-svg';
import { textWidth } from './text-metrics';
import type { ChartPanel, RenderedChart, RenderOptions } from './types';
import { figureKinds, givenOn } from '../vocabulary';

/** A figure changed over time when its reports give three or more different numbers. */
export function changesOverTime(figure: Figure): boolean {
  const numbers = new Set(figure.reports.map(({ value }) => JSON.stringify({ ...value, text: undefined })));
  return numbers.size >= 3;
}

/**
 * The smallest distance between two reports of one day, centre to centre: they never hide each other,
 * and on a wide chart each keeps room for its number beside it.
 */
export const SAME_DAY_GAP = { narrow: 18, wide: 36 };
const DOT_RADIUS = 5.5;

export interface OverTimeSpec {
  name: string;
  title: string;
  articleDate: string;
  groups: LaneGroup[];
  /** Every figure of the panel, so a note can name the article's figures a later total is read against. */
  context: LaneGroup[];
  /** Whether the chart draws its own key: not when it follows a chart of the panel whose key covers it. */
  withKey: boolean;
  credit: string;
}

export function overTimeSpec(story: Story, panel: ChartPanel, origin?: string, withKey = true): OverTimeSpec {
  const figures = panelFigures(story, panel);
  const changing = figures.filter(changesOverTime);
  if (changing.length === 0) throw new Error(`Story "${story.slug}" has no figure that changed over time on the ${panel} panel`);
  const groups = laneGroups(story, panel, changing, origin);
  return {
    name: 'over-time',
    title: `${changing.map((figure) => figure.label).join('; ')}: each report by its date`,
    articleDate: story.meta.published,
    groups,
    context: laneGroups(story, panel, figures, origin),
    withKey,
    credit: `${SITE_NAME}. Each number placed at the date of its report; numbers as their sources gave them.`,
  };
}

interface Placed {
  lane: Lane;
  x: number;
}

/** Where each report stands along the date axis: at its date, same-day reports side by side. */
function placeByDate(lanes: Lane[], dateX: (isoDate: string) => number, range: [number, number], gap = SAME_DAY_GAP.narrow): Placed[] {
  const key = (lane: Lane) => `${lane.row.date}|${lane.row.dateQualifier === 'before' ? 0 : 1}`;
  const sorted = lanes.map((lane, index) => ({ lane, index })).sort((a, b) => key(a.lane).localeCompare(key(b.lane)) || a.index - b.index);
  const xs = sorted.map(({ lane }) => dateX(lane.row.date));
  for (let i = 1; i < xs.length; i += 1) xs[i] = Math.max(xs[i], xs[i - 1] + gap);
  // Pushed past the end: walk back so the last report ends at the axis's end and the rest keep their gaps.
  for (let i = xs.length - 1; i >= 0; i -= 1) xs[i] = Math.min(xs[i], i === xs.length - 1 ? range[1] : xs[i + 1] - gap);
  return sorted.map(({ lane }, i) => ({ lane, x: Math.max(range[0], xs[i]) }));
}

/** The mark of one report, drawn upright: a dot, or a tick whose open end points up (floor) or down (ceiling). */
function uprightMark(value: ReportedValue, x: number, y: (n: number) => number, origin: Origin, fades: ReturnType<typeof paintIds>): { svg: string; box: Box } {
  switch (value.type) {
    case 'exact':
      return { svg: el('circle', { class: 'mark-dot', cx: x, cy: y(value.value), r: DOT_RADIUS }), box: { x: x - DOT_RADIUS, y: y(value.value) - DOT_RADIUS, width: DOT_RADIUS * 2, height: DOT_RADIUS * 2 } };
    case 'lower-bound': {
      const at = y(value.min);
      const to = at - OPEN_REACH;
      return {
        svg: [
          el('rect', { class: 'mark-fade', x: x - 4, y: to, width: 8, height: OPEN_REACH, fill: `url(#${fades.fadeUp(origin)}-v)` }),
          el('line', { class: 'mark-tick', x1: x - 8, y1: at, x2: x + 8, y2: at }),
          el('path', { class: 'mark-arrow', d: `M${x - 6},${to + 7}L${x},${to}L${x + 6},${to + 7}` }),
        ].join(''),
        box: { x: x - 8, y: to, width: 16, height: OPEN_REACH + 2 },
      };
    }
    case 'upper-bound': {
      const at = y(value.max);
      const to = at + OPEN_REACH;
      return {
        svg: [
          el('rect', { class: 'mark-fade', x: x - 4, y: at, width: 8, height: OPEN_REACH, fill: `url(#${fades.fadeDown(origin)}-v)` }),
          el('line', { class: 'mark-tick', x1: x - 8, y1: at, x2: x + 8, y2: at }),
          el('path', { class: 'mark-arrow', d: `M${x - 6},${to - 7}L${x},${to}L${x + 6},${to - 7}` }),
        ].join(''),
        box: { x: x - 8, y: at - 2, width: 16, height: OPEN_REACH + 2 },
      };
    }
    case 'vague': {
      const top = y(value.max);
      const bottom = y(value.min);
      return {
        svg: el('rect', { class: 'mark-band', x: x - 5, y: top, width: 10, height: Math.max(4, bottom - top) }),
        box: { x: x - 5, y: top, width: 10, height: Math.max(4, bottom - top) },
      };
    }
  }
}

/** Vertical versions of the open ends' fades (the lane charts' fades run left to right). */
function uprightDefs(fades: ReturnType<typeof paintIds>, origins: Origin[]): string {
  return origins
    .map((origin) =>
      [
        el('linearGradient', { id: `${fades.fadeUp(origin)}-v`, x1: 0, y1: 1, x2: 0, y2: 0 }, el('stop', { offset: 0, 'stop-opacity': 0.9, class: `stop-${origin}` }), el('stop', { offset: 1, 'stop-opacity': 0, class: `stop-${origin}` })),
        el('linearGradient', { id: `${fades.fadeDown(origin)}-v`, x1: 0, y1: 0, x2: 0, y2: 1 }, el('stop', { offset: 0, 'stop-opacity': 0.9, class: `stop-${origin}` }), el('stop', { offset: 1, 'stop-opacity': 0, class: `stop-${origin}` })),
      ].join(''),
    )
    .join('');
}

/** The label's box: to the right of the mark, above, left, below, then further out; the first that is free. */
function labelBox(text: string, mark: Box, bounds: Box, taken: Box[]): Box {
  const width = textWidth(text, FONTS.value);
  const height = FONTS.value.size * LEADING;
  const cx = mark.x + mark.width / 2;
  const cy = mark.y + mark.height / 2;
  const candidates: Box[] = [
    { x: mark.x + mark.width + 4, y: cy - height / 2, width, height },
    { x: cx - width / 2, y: mark.y - height - 2, width, height },
    { x: mark.x - width - 4, y: cy - height / 2, width, height },
    { x: cx - width / 2, y: mark.y + mark.height + 2, width, height },
    { x: mark.x + mark.width - width, y: mark.y - height - 2, width, height },
    { x: mark.x, y: mark.y - height - 2, width, height },
    ...[1, 2, 3].flatMap((step) => [
      { x: cx - width / 2, y: mark.y - height * (step + 1) - 2, width, height },
      { x: cx - width / 2, y: mark.y + mark.height + height * step + 2, width, height },
    ]),
  ];
  const inside = (box: Box) => box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;
  const free = candidates.find((box) => inside(box) && !taken.some((other) => overlaps(box, other, 2)));
  // Nothing free: the candidate inside the frame that covers the least of what is already there.
  const fallback = () => {
    const cover = (box: Box) => taken.filter((other) => overlaps(box, other)).length;
    return candidates.filter(inside).sort((a, b) => cover(a) - cover(b))[0] ?? candidates[1];
  };
  return free ?? fallback();
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

export function renderOverTime(spec: OverTimeSpec, options: RenderOptions): RenderedChart {
  const box = frame(options.width);
  const prefix = options.idPrefix ?? `chart-${spec.name}-${options.width}-`;
  const fades = paintIds(prefix);
  const writer = new TextWriter();
  const lanes = spec.groups.flatMap((group) => group.lanes);
  const origins = [...new Set(lanes.map((lane) => lane.row.origin))];
  const kinds = [...new Set(lanes.map((lane) => lane.report.value.type))];
  const left = 48;
  // A wide chart keeps the plot to its left and lists the reports beside it; a narrow one lists them below.
  const right = box.wide ? Math.round(options.width * 0.6) : options.width - 14;
  const plotHeight = box.wide ? 240 : 210;

  const parts: string[] = [];
  let y = 6;
  if (spec.withKey) {
    const key = legend(writer, kinds, origins, box, y, fades);
    parts.push(key.svg);
    y += key.height + 8;
  }

  for (const group of spec.groups) {
    y += 6;
    const heading = groupHeading(writer, group.figure, `${group.figure.label}, by date of report`, spec.context, box.labelX, y, options.width - box.labelX - 4);
    parts.push(heading.svg);
    y += heading.height;
    const axisTitle = writer.block(`${figureKinds[group.figure.kind].label}, from zero`, box.labelX, y + 4, options.width - box.labelX - 4, FONTS.small, 'chart-axis-label');
    parts.push(axisTitle.svg);
    y += axisTitle.height + 4;

    // The plot: room above the highest mark for its open end and label, dates below.
    // Above the plot: a row for the article's day, then a row where the highest marks' labels may go.
    const articleTop = y + 2;
    const plotTop = articleTop + FONTS.small.size * LEADING + FONTS.value.size * LEADING + 10;
    const plotBottom = plotTop + plotHeight;
    const values = group.lanes.flatMap(({ report: { value } }) => (value.type === 'exact' ? [value.value] : value.type === 'lower-bound' ? [value.min] : [value.min, value.max]));
    const yScale = scaleLinear().domain([0, Math.max(...values)]).nice(4).range([plotBottom, plotTop + OPEN_REACH]);
    const yOf = (n: number) => yScale(n);
    const dates = [...new Set([spec.articleDate, ...group.lanes.map((lane) => lane.row.date)])].sort();
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const xScale = scaleUtc().domain([day(dates[0]), day(dates[dates.length - 1])]).range([left + 10, right - 10]);
    const dateX = (iso: string) => xScale(day(iso));

    const grid = yScale.ticks(4).map((tick) =>
      [
        el('line', { x1: left, y1: yOf(tick), x2: right, y2: yOf(tick) }),
      ].join(''),
    );
    parts.push(el('g', { class: 'chart-grid', 'aria-hidden': 'true' }, ...grid));
    parts.push(...yScale.ticks(4).map((tick) => writer.line(formatNumber(tick), left - 6, yOf(tick) - (FONTS.small.size * LEADING) / 2, FONTS.small, 'chart-tick-label', 'end')));
    parts.push(el('line', { class: 'chart-axis', x1: left, y1: plotBottom, x2: right, y2: plotBottom }));

    // The article's day, marked across the plot.
    const articleX = dateX(spec.articleDate);
    const articleLabel = `The article, ${formatShortDay(spec.articleDate)}`;
    const articleLabelWidth = textWidth(articleLabel, FONTS.small);
    const articleLabelX = Math.max(2, Math.min(articleX - 4, right - articleLabelWidth));
    const taken: Box[] = [];
    parts.push(
      el(
        'g',
        { class: 'chart-article-day' },
        el('line', { class: 'chart-article-rule', x1: articleX, y1: articleTop + FONTS.small.size * LEADING, x2: articleX, y2: plotBottom }),
        writer.line(articleLabel, articleLabelX, articleTop, FONTS.small, 'chart-label-muted'),
      ),
    );
    for (const tickDate of dates) parts.push(el('line', { class: 'chart-axis', x1: dateX(tickDate), y1: plotBottom, x2: dateX(tickDate), y2: plotBottom + 4 }));

    const placed = placeByDate(group.lanes, dateX, [left + 10, right - 10], box.wide ? SAME_DAY_GAP.wide : SAME_DAY_GAP.narrow);
    const marks = placed.map(({ lane, x }) => ({ lane, x, ...uprightMark(lane.report.value, x, yOf, lane.row.origin, fades) }));
    taken.push(...marks.map(({ box: markBox }) => markBox));
    const bounds: Box = { x: 2, y: plotTop - FONTS.value.size * LEADING - 6, width: right + 10, height: plotBottom - plotTop + FONTS.value.size * LEADING + 4 };
    const ticks = dateTicks(writer, dates, dateX, plotBottom + 10, right + 10);
    parts.push(ticks.svg);
    const plotEnd = plotBottom + 10 + ticks.height;

    // The list of reports: who gave each number, through whom, and its status, under its outlet and date.
    const listX = box.wide ? right + 28 : box.labelX;
    const listWidth = options.width - listX - 4;
    let listY = box.wide ? plotTop - FONTS.value.size * LEADING - 6 : plotEnd + 12;
    let lastHeader = '';
    for (const mark of marks) {
      const { row, report } = mark.lane;
      const header =
        row.origin === 'article' ? `In the article, ${formatShortDay(row.date)}` : `Reported later by ${row.outlet}, ${formatShortDay(row.publishedDate ?? row.date)}`;
      if (header !== lastHeader) {
        listY += lastHeader ? 6 : 0;
        const block = writer.block(header, listX, listY, listWidth, FONTS.smallStrong, row.origin === 'article' ? 'chart-label-muted' : 'chart-label-later');
        parts.push(block.svg);
        listY += block.height;
        lastHeader = header;
      }
      const text = row.origin === 'article' ? quoted(row.valueText) : row.valueText;
      const labelAt = labelBox(text, mark.box, bounds, taken);
      taken.push(labelAt);
      const line = writer.block(`${text} — ${row.source}${row.dateQualifier === 'before' ? ' (an earlier figure)' : ''} · ${row.confirmationLabel}`, listX, listY, listWidth, FONTS.label, 'chart-label');
      const lineRing: Box = { x: listX - 3, y: listY - 1, width: listWidth + 4, height: line.height + 2 };
      listY += line.height;
      const ring = {
        x: Math.min(mark.box.x, labelAt.x) - 3,
        y: Math.min(mark.box.y, labelAt.y) - 3,
        width: Math.max(mark.box.x + mark.box.width, labelAt.x + labelAt.width) - Math.min(mark.box.x, labelAt.x) + 6,
        height: Math.max(mark.box.y + mark.box.height, labelAt.y + labelAt.height) - Math.min(mark.box.y, labelAt.y) + 6,
      };
      const content = [
        el('rect', { class: 'chart-focus-ring', ...ring, rx: 4 }),
        el('g', { class: `mark mark-${report.value.type}` }, mark.svg),
        writer.shownLine(text, labelAt.x, labelAt.y, FONTS.value, 'chart-value'),
        ...line.lines,
        el('rect', { class: 'chart-focus-ring', ...lineRing, rx: 3 }),
      ];
      parts.push(markLink(group.figure, row, report.value, content, options.linkTarget));
    }
    y = Math.max(plotEnd, listY) + 12;
  }

  return finishChart({
    name: spec.name,
    width: options.width,
    prefix,
    title: spec.title,
    description: describe(spec),
    defs: markDefs(fades, origins) + uprightDefs(fades, origins),
    content: parts,
    credit: spec.credit,
    creditTop: y,
    writer,
    readingNotes: [
      `Why over time: ${spec.groups.map((group) => `“${group.figure.label}”`).join(' and ')} ${spec.groups.length > 1 ? 'were' : 'was'} reported as several different numbers, so each is placed at the date of its report, on a linear axis from zero. Reports of the same day stand side by side in the order given, not by time of day.`,
    ],
  });
}

/** The reports in date order, in words, for the SVG's <desc>. */
function describe(spec: OverTimeSpec): string {
  const groups = spec.groups.map((group) => {
    const reports = placeByDate(group.lanes, () => 0, [0, Infinity]).map(({ lane: { row } }) => {
      const when = givenOn(row.date, row.dateQualifier, formatShortDay);
      return row.origin === 'article' ? `“${row.valueText}” from ${row.source}, in the article, ${when}` : `${row.valueText} from ${row.source}, reported by ${row.outlet}, ${when}`;
    });
    return `${group.figure.label}, by date of report: ${reports.join('; ')}.`;
  });
  return [`The article is dated ${formatShortDay(spec.articleDate)}.`, ...groups].join(' ');
}
