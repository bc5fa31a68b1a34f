/**
 * The uncertainty encoding: what KIND of number a report gives decides the mark's shape, not only where
 * it sits. An exact count is a dot; a floor ("more than 1,000") is a tick with a short fading arrow past
 * it; a ceiling ("as many as 3,000") is a cap with a short arrow fading back below it; a vague quantity
 * ("dozens") is a faint band over the range the site reads it as, its ends labelled as the site's reading. The open ends of floors and ceilings
 * all have one fixed length, so a mark's length never reads as a value the source did not give.
 */
import type { ReportedValue } from '../../story/schemas/figure';
import type { ValueScale } from './scales';

export type MarkGeometry =
  | { kind: 'exact'; x: number }
  /** Solid tick at the floor `x`, fading out towards `to` (> x), where an arrowhead says "and more". */
  | { kind: 'lower-bound'; x: number; to: number }
  /** Solid cap at the ceiling `x`, fading back towards `to` (< x), where an arrowhead says "or fewer". */
  | { kind: 'upper-bound'; x: number; to: number }
  /** A band from `x0` to `x1`. */
  | { kind: 'vague'; x0: number; x1: number };

/** How far an open-ended mark reaches past its bound, in pixels: the same for every floor and ceiling. */
export const OPEN_REACH = 26;
/** The narrowest band drawn, so a tight range still reads as a range rather than a point. */
export const MIN_BAND = 8;

export function encodeValue(value: ReportedValue, scale: ValueScale): MarkGeometry {
  const [r0, r1] = scale.range;
  switch (value.type) {
    case 'exact':
      return { kind: 'exact', x: scale.x(value.value) };
    case 'lower-bound': {
      const x = scale.x(value.min);
      return { kind: 'lower-bound', x, to: Math.min(r1, x + OPEN_REACH) };
    }
    case 'upper-bound': {
      const x = scale.x(value.max);
      return { kind: 'upper-bound', x, to: Math.max(r0, x - OPEN_REACH) };
    }
    case 'vague': {
      let x0 = scale.x(value.min);
      let x1 = scale.x(value.max);
      if (x1 - x0 < MIN_BAND) {
        const middle = (x0 + x1) / 2;
        x0 = Math.max(r0, middle - MIN_BAND / 2);
        x1 = Math.min(r1, x0 + MIN_BAND);
      }
      return { kind: 'vague', x0, x1 };
    }
  }
}

/** The horizontal extent a mark covers, for placing its value label beside it. */
export function markSpan(mark: MarkGeometry, dotRadius: number): [number, number] {
  switch (mark.kind) {
    case 'exact':
      return [mark.x - dotRadius, mark.x + dotRadius];
    case 'lower-bound':
      return [mark.x - 1, mark.to + 6];
    case 'upper-bound':
      return [mark.to - 6, mark.x + 1];
    case 'vague':
      return [mark.x0, mark.x1];
  }
}
