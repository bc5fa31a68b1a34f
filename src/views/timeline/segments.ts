/**
 * A broken time axis. The story's dates are uneven (a year in 2019, a few days in January 2022, outside
 * reports in March), so one linear scale would crush the days of the unrest into a dot. Instead the
 * dates are cut into segments wherever nothing happens for a while; each segment keeps a linear scale of
 * its own, and the breaks between them say how much time they skip.
 */
import { scaleUtc } from 'd3-scale';
import { utcDay } from 'd3-time';

/** A stretch of time an entry covers, end exclusive. */
export interface TimeInterval {
  start: Date;
  end: Date;
}

/** A run of time drawn continuously. */
export interface TimeSegment {
  start: Date;
  end: Date;
  /** How many intervals fall in it. */
  count: number;
  /** How many distinct start days it holds: the measure of how much there is to read in it. */
  distinctDays: number;
}

/** A segment placed along the axis, from `from` to `to` pixels. */
export interface PlacedSegment extends TimeSegment {
  from: number;
  to: number;
}

/** The skipped time between two segments. */
export interface AxisBreak {
  from: number;
  to: number;
  /** Whole days skipped between the segments' edges. */
  skippedDays: number;
}

export interface SegmentOptions {
  /** Gaps of more than this many empty days break the axis. */
  maxGapDays?: number;
  /** A segment shorter than this many days is widened evenly on both sides so it has room to read. */
  minDays?: number;
}

export interface AllocationOptions {
  /** Pixels for the whole axis, segments and breaks together. */
  length: number;
  /** Pixels of each break. */
  gap?: number;
  /** The fewest pixels any segment gets. */
  minLength?: number;
}

const DAY = 86_400_000;
const daysBetween = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / DAY);

/** Cuts intervals into segments wherever more than `maxGapDays` pass with nothing in them. */
export function segmentTime(intervals: TimeInterval[], { maxGapDays = 14, minDays = 3 }: SegmentOptions = {}): TimeSegment[] {
  const sorted = [...intervals].sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime());
  const runs: { start: Date; end: Date; members: TimeInterval[] }[] = [];
  for (const interval of sorted) {
    if (interval.end.getTime() <= interval.start.getTime()) throw new Error(`Empty interval starting ${interval.start.toISOString()}`);
    const run = runs.at(-1);
    if (run && daysBetween(run.end, interval.start) <= maxGapDays) {
      if (interval.end > run.end) run.end = interval.end;
      run.members.push(interval);
    } else {
      runs.push({ start: interval.start, end: interval.end, members: [interval] });
    }
  }
  return runs.map(({ start, end, members }) => {
    const short = minDays - daysBetween(start, end);
    const before = Math.floor(Math.max(0, short) / 2);
    const after = Math.max(0, short) - before;
    return {
      start: utcDay.offset(start, -before),
      end: utcDay.offset(end, after),
      count: members.length,
      distinctDays: new Set(members.map((member) => member.start.getTime())).size,
    };
  });
}

/**
 * Shares the axis among segments by how much each holds (its distinct days), not by the calendar time
 * it spans: a year with two dates gets less room than a week with ten. Every segment gets at least
 * `minLength`, and each break `gap` pixels.
 */
export function allocateSegments(
  segments: TimeSegment[],
  { length, gap = 44, minLength = 56 }: AllocationOptions,
): { segments: PlacedSegment[]; breaks: AxisBreak[] } {
  if (segments.length === 0) return { segments: [], breaks: [] };
  const spare = length - gap * (segments.length - 1) - minLength * segments.length;
  if (spare < 0) throw new Error(`An axis of ${length}px cannot hold ${segments.length} segments of at least ${minLength}px`);
  const totalWeight = segments.reduce((sum, segment) => sum + segment.distinctDays, 0);
  const placed: PlacedSegment[] = [];
  const breaks: AxisBreak[] = [];
  let at = 0;
  for (const [index, segment] of segments.entries()) {
    if (index > 0) {
      breaks.push({ from: at, to: at + gap, skippedDays: daysBetween(segments[index - 1].end, segment.start) });
      at += gap;
    }
    const size = minLength + (spare * segment.distinctDays) / totalWeight;
    placed.push({ ...segment, from: at, to: at + size });
    at += size;
  }
  return { segments: placed, breaks };
}

/** Where a moment falls on the broken axis, or undefined when it falls in a break. */
export function positionOf(segments: PlacedSegment[], date: Date): number | undefined {
  const segment = segments.find((candidate) => date >= candidate.start && date <= candidate.end);
  return segment && segmentScale(segment)(date);
}

/** The linear scale of one segment: its own dates to its own stretch of pixels. */
export function segmentScale(segment: PlacedSegment) {
  return scaleUtc().domain([segment.start, segment.end]).range([segment.from, segment.to]);
}
