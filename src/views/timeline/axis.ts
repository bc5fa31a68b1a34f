/**
 * Lays out the timeline's vertical, broken time axis as plain numbers and SVG path strings, so the page,
 * its tests and any other renderer draw the same thing at build time. Entries the article reports and
 * reports from outside it sit in separate columns with separate marks: a dot (a day) or a bar (a week,
 * a month, a year: the article is no more precise) for the article, a diamond for a later report.
 */
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval as TickInterval } from 'd3-time';
import { formatDuration, type DatePrecision, type DateStatus } from './dates';
import { allocateSegments, segmentScale, segmentTime, type PlacedSegment, type TimeInterval } from './segments';

type Origin = 'article' | 'external';

/** What the axis needs to know of one timeline entry. */
export interface AxisItem {
  id: string;
  origin: Origin;
  span: TimeInterval;
  precision: DatePrecision;
  /** 'before': the source gives only a date the figure came before. */
  qualifier?: 'on' | 'before';
  status?: DateStatus;
  /** Shown as the mark's tooltip. */
  label: string;
}

export interface AxisOptions {
  /** Pixels of the axis itself, segments and breaks together. */
  length?: number;
  /** Pixels of each break. */
  gap?: number;
  /** The fewest pixels any segment gets. */
  minSegment?: number;
  /** More empty days than this break the axis. */
  maxGapDays?: number;
  /** Pixels between lanes of marks that would otherwise overlap. */
  laneStep?: number;
}

interface AxisTick {
  y: number;
  label?: string;
}

interface AxisSegmentLayout {
  start: Date;
  end: Date;
  /** The axis line of the segment. */
  line: string;
  ticks: AxisTick[];
  /** The tick marks of the segment as one path. */
  tickPath: string;
}

interface AxisBreakLayout {
  y: number;
  /** The break sign across the axis line (two slanted strokes). */
  symbol: string;
  /** A dotted line through the skipped stretch. */
  bridge: string;
  /** How much time is skipped: "2 years". */
  skipped: string;
}

interface AxisMark {
  id: string;
  origin: Origin;
  shape: 'dot' | 'bar' | 'diamond';
  /** The mark itself. */
  path: string;
  /** For a 'before' report: a dashed line pointing back in time from the diamond. */
  tail?: string;
  /** Not yet happened at the time of the report: drawn hollow. */
  scheduled: boolean;
  lane: number;
  /** Middle of the mark along the axis. */
  y: number;
  /** Where the mark, tail included, begins and ends along the axis. */
  top: number;
  bottom: number;
  label: string;
}

interface AxisReference {
  y: number;
  path: string;
  label: string;
}

export interface AxisLayout {
  width: number;
  height: number;
  axisX: number;
  segments: AxisSegmentLayout[];
  breaks: AxisBreakLayout[];
  marks: AxisMark[];
  references: AxisReference[];
  /** Where each column of marks starts; a column is only there when it has marks. */
  columns: { origin: Origin; x: number; lanes: number }[];
}

const MARGIN_TOP = 10;
const MARGIN_BOTTOM = 10;
const AXIS_X = 84;
const COLUMN_GAP = 14;
const DOT_RADIUS = 4;
const DIAMOND_RADIUS = 5;
const TAIL = 18;
const MIN_TICK_SPACING = 16;
const HALF_DAY = 43_200_000;

/** Rounds to a tenth of a pixel, so the SVG is short and the same on every machine. */
const r = (value: number) => Math.round(value * 10) / 10;

interface TickChoice {
  interval: TickInterval;
  days: number;
  /** Day ticks sit in the middle of their day; longer units mark where they begin. */
  centred: boolean;
  /** Labels without the year, and with it (used on a segment's first tick and where the year changes). */
  plain: (date: Date) => string;
  full: (date: Date) => string;
}

const format = (options: Intl.DateTimeFormatOptions) => {
  const formatter = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
  return (date: Date) => formatter.format(date).replace('Sept', 'Sep');
};
const dayMonth = format({ day: 'numeric', month: 'short' });
const dayMonthYear = format({ day: 'numeric', month: 'short', year: 'numeric' });
const monthOnly = format({ month: 'short' });
const monthYear = format({ month: 'short', year: 'numeric' });
const year = (date: Date) => String(date.getUTCFullYear());

const TICK_CHOICES: TickChoice[] = [
  { interval: utcDay, days: 1, centred: true, plain: dayMonth, full: dayMonthYear },
  { interval: utcDay.every(2)!, days: 2, centred: true, plain: dayMonth, full: dayMonthYear },
  { interval: utcMonday, days: 7, centred: false, plain: dayMonth, full: dayMonthYear },
  { interval: utcMonth, days: 30.44, centred: false, plain: monthOnly, full: monthYear },
  { interval: utcMonth.every(3)!, days: 91.3, centred: false, plain: monthOnly, full: monthYear },
  { interval: utcYear, days: 365.25, centred: false, plain: year, full: year },
];

/** The finest ticks that keep at least MIN_TICK_SPACING pixels apart in this segment. */
function ticksOf(segment: PlacedSegment, top: number): AxisTick[] {
  const scale = segmentScale(segment);
  const pixelsPerDay = (segment.to - segment.from) / ((segment.end.getTime() - segment.start.getTime()) / 86_400_000);
  const choice = TICK_CHOICES.find((candidate) => candidate.days * pixelsPerDay >= MIN_TICK_SPACING) ?? TICK_CHOICES.at(-1)!;
  const dates = choice.interval.range(segment.start, segment.end);
  if (dates.length === 0) dates.push(choice.interval.ceil(segment.start));
  return dates.map((date, index) => ({
    y: r(top + scale(choice.centred ? new Date(date.getTime() + HALF_DAY) : date)),
    label: index === 0 || dates[index - 1].getUTCFullYear() !== date.getUTCFullYear() ? choice.full(date) : choice.plain(date),
  }));
}

/** Puts each mark in the first lane where it does not touch another, so no mark hides another. */
function assignLanes<T extends { top: number; bottom: number }>(items: T[]): (T & { lane: number })[] {
  const laneEnds: number[] = [];
  return [...items]
    .sort((a, b) => a.top - b.top || a.bottom - b.bottom)
    .map((item) => {
      let lane = laneEnds.findIndex((end) => end + 2 <= item.top);
      if (lane === -1) lane = laneEnds.length;
      laneEnds[lane] = item.bottom;
      return { ...item, lane };
    });
}

const circle = (x: number, y: number, radius: number) =>
  `M${r(x - radius)},${r(y)}a${radius},${radius} 0 1,0 ${radius * 2},0a${radius},${radius} 0 1,0 ${-radius * 2},0Z`;
const diamond = (x: number, y: number, radius: number) =>
  `M${r(x)},${r(y - radius)}L${r(x + radius)},${r(y)}L${r(x)},${r(y + radius)}L${r(x - radius)},${r(y)}Z`;

/** Lays out the broken axis for a set of entries, top (earliest) to bottom (latest). */
export function layoutAxis(items: AxisItem[], references: { date: Date; label: string }[] = [], options: AxisOptions = {}): AxisLayout {
  const { length = 640, gap = 44, minSegment = 56, maxGapDays = 14, laneStep = 10 } = options;
  const top = MARGIN_TOP;
  const placed = allocateSegments(segmentTime(items.map((item) => item.span), { maxGapDays }), { length, gap, minLength: minSegment });
  const locate = (date: Date) => {
    const segment = placed.segments.find((candidate) => date >= candidate.start && date <= candidate.end);
    if (!segment) throw new Error(`${date.toISOString()} falls outside every segment of the axis`);
    return top + segmentScale(segment)(date);
  };

  const sized = items.map((item) => {
    if (item.origin === 'external') {
      const y = locate(new Date(item.span.start.getTime() + HALF_DAY));
      const reach = item.qualifier === 'before' ? TAIL : DIAMOND_RADIUS;
      return { item, y, top: y - reach, bottom: y + DIAMOND_RADIUS };
    }
    if (item.precision === 'day') {
      const y = locate(new Date(item.span.start.getTime() + HALF_DAY));
      return { item, y, top: y - DOT_RADIUS, bottom: y + DOT_RADIUS };
    }
    const from = locate(item.span.start) + 1.5;
    const to = locate(item.span.end) - 1.5;
    return { item, y: (from + to) / 2, top: from, bottom: Math.max(to, from) };
  });

  const columns: AxisLayout['columns'] = [];
  const marks: AxisMark[] = [];
  let x = AXIS_X + COLUMN_GAP;
  for (const origin of ['article', 'external'] as const) {
    const laned = assignLanes(sized.filter(({ item }) => item.origin === origin));
    if (laned.length === 0) continue;
    const lanes = Math.max(...laned.map((entry) => entry.lane)) + 1;
    columns.push({ origin, x, lanes });
    for (const { item, y, top: from, bottom, lane } of laned) {
      const cx = x + lane * laneStep;
      const base = { id: item.id, origin, lane, y: r(y), top: r(from), bottom: r(bottom), label: item.label, scheduled: item.status === 'scheduled' || item.status === 'expected' };
      if (origin === 'external') {
        const tail = item.qualifier === 'before' ? `M${r(cx)},${r(y - DIAMOND_RADIUS)}V${r(from)}M${r(cx - 3)},${r(from + 4)}L${r(cx)},${r(from)}L${r(cx + 3)},${r(from + 4)}` : undefined;
        marks.push({ ...base, shape: 'diamond', path: diamond(cx, y, DIAMOND_RADIUS), tail });
      } else if (item.precision === 'day') {
        marks.push({ ...base, shape: 'dot', path: circle(cx, y, DOT_RADIUS) });
      } else {
        marks.push({ ...base, shape: 'bar', path: `M${r(cx)},${r(from)}V${r(bottom)}` });
      }
    }
    x += (lanes - 1) * laneStep + COLUMN_GAP * 2;
  }
  const right = x - COLUMN_GAP;

  const segments = placed.segments.map((segment) => {
    const ticks = ticksOf(segment, top);
    return {
      start: segment.start,
      end: segment.end,
      line: `M${AXIS_X},${r(top + segment.from)}V${r(top + segment.to)}`,
      ticks,
      tickPath: ticks.map((tick) => `M${AXIS_X - 5},${tick.y}H${AXIS_X}`).join(''),
    };
  });

  const breaks = placed.breaks.map((gapLayout) => {
    const y = r(top + (gapLayout.from + gapLayout.to) / 2);
    return {
      y,
      symbol: `M${AXIS_X - 7},${r(y - 1)}L${AXIS_X + 7},${r(y - 7)}M${AXIS_X - 7},${r(y + 7)}L${AXIS_X + 7},${r(y + 1)}`,
      bridge: `M${AXIS_X},${r(top + gapLayout.from)}V${r(y - 9)}M${AXIS_X},${r(y + 9)}V${r(top + gapLayout.to)}`,
      skipped: formatDuration(gapLayout.skippedDays),
    };
  });

  const referenceLines = references.flatMap(({ date, label }) => {
    const segment = placed.segments.find((candidate) => date >= candidate.start && date <= candidate.end);
    if (!segment) return [];
    const y = r(top + segmentScale(segment)(date));
    return [{ y, label, path: `M${AXIS_X},${y}H${r(right)}` }];
  });

  return {
    width: Math.ceil(right + 8),
    height: Math.ceil(top + length + MARGIN_BOTTOM),
    axisX: AXIS_X,
    segments,
    breaks,
    marks: marks.sort((a, b) => a.y - b.y || a.lane - b.lane),
    references: referenceLines,
    columns,
  };
}
