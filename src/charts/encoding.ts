/**
 * The uncertainty encoding: what KIND of number a report gives decides the mark's shape, not only where
 * it sits. An exact count is a dot; a floor ("more than 1,000") is a tick with a fading arrow past it;
 * a ceiling ("as many as 3,000") is a capped bar fading back towards the floor the site draws; a vague
 * quantity ("dozens") is a hatched band over the range the data defines.
 */
import type { ReportedValue } from '../schemas/figure';
import type { ValueScale } from './scales';

export type MarkGeometry =
  | { kind: 'exact'; x: number }
  /** Solid tick at the floor `x`, fading out towards `to` (> x), where an arrowhead says "and more". */
  | { kind: 'lower-bound'; x: number; to: number }
  /** Solid cap at the ceiling `x`, fading back towards `to` (< x), the smallest number the site draws. */
  | { kind: 'upper-bound'; x: number; to: number }
  /** A band from `x0` to `x1`. */
  | { kind: 'vague'; x0: number; x1: number };

/** How far an open-ended mark reaches past its bound: a share of the plot, within sensible pixel limits. */
export const OPEN_REACH = { share: 0.16, min: 28, max: 96 };
/** The narrowest band drawn, so a tight range still reads as a range rather than a point. */
export const MIN_BAND = 8;

export function encodeValue(value: ReportedValue, scale: ValueScale): MarkGeometry {
  const [r0, r1] = scale.range;
  const reach = Math.min(OPEN_REACH.max, Math.max(OPEN_REACH.min, (r1 - r0) * OPEN_REACH.share));
  switch (value.type) {
    case 'exact':
      return { kind: 'exact', x: scale.x(value.value) };
    case 'lower-bound': {
      const x = scale.x(value.min);
      return { kind: 'lower-bound', x, to: Math.min(r1, x + reach) };
    }
    case 'upper-bound': {
      const x = scale.x(value.max);
      const floor = scale.x(value.min);
      // A ceiling with no floor still needs room to fade: at least the open reach below the cap.
      return { kind: 'upper-bound', x, to: Math.max(r0, Math.min(floor, x - OPEN_REACH.min)) };
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
