/**
 * Edge geometry as SVG path strings: a line (or, where two actors have several relations, curves bowing
 * to either side) that stops at the target's mark, with a separate arrowhead triangle so the arrow takes
 * the edge's colour from CSS without SVG markers.
 */
import { outerRadius, round } from './shapes';

export interface EdgeEnd {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface EdgeGeometry {
  /** The line or curve, stopping short of the arrowhead. */
  path: string;
  /** A closed triangle at the target end. */
  arrow: string;
  /** The middle of the line or curve. */
  mid: { x: number; y: number };
  /** The curve from centre to centre through its control point (a straight line has it midway). */
  curve: { x1: number; y1: number; cx: number; cy: number; x2: number; y2: number };
}

/** The point at `t` (0 at the source, 1 at the target) of an edge's centre-to-centre curve. */
export function pointOnCurve({ x1, y1, cx, cy, x2, y2 }: EdgeGeometry['curve'], t: number): { x: number; y: number } {
  const u = 1 - t;
  return { x: u * u * x1 + 2 * u * t * cx + t * t * x2, y: u * u * y1 + 2 * u * t * cy + t * t * y2 };
}

const ARROW_LENGTH = 7;
const ARROW_HALF_WIDTH = 3.5;
const PARALLEL_SPACING = 22;

function unit(dx: number, dy: number): [number, number] {
  const length = Math.hypot(dx, dy) || 1;
  return [dx / length, dy / length];
}

/** The edge from `source` to `target`, the `index`-th of `count` edges between the two. */
export function edgeGeometry(source: EdgeEnd, target: EdgeEnd, index: number, count: number): EdgeGeometry {
  // The bend's side is taken from the pair in id order, so edges going opposite ways between the same
  // two nodes bow apart instead of on top of each other.
  const [first, second] = source.id < target.id ? [source, target] : [target, source];
  const [nx, ny] = unit(-(second.y - first.y), second.x - first.x);
  const bend = (index - (count - 1) / 2) * PARALLEL_SPACING * 2;
  const cx = (source.x + target.x) / 2 + nx * bend;
  const cy = (source.y + target.y) / 2 + ny * bend;

  const [sx, sy] = unit(cx - source.x, cy - source.y);
  const [tx, ty] = unit(target.x - cx, target.y - cy);
  const start = { x: source.x + sx * (outerRadius(source.r) + 1), y: source.y + sy * (outerRadius(source.r) + 1) };
  const tip = { x: target.x - tx * (outerRadius(target.r) + 2), y: target.y - ty * (outerRadius(target.r) + 2) };
  const end = { x: tip.x - tx * ARROW_LENGTH * 0.8, y: tip.y - ty * ARROW_LENGTH * 0.8 };
  const base = { x: tip.x - tx * ARROW_LENGTH, y: tip.y - ty * ARROW_LENGTH };

  const path =
    bend === 0
      ? `M${round(start.x)},${round(start.y)}L${round(end.x)},${round(end.y)}`
      : `M${round(start.x)},${round(start.y)}Q${round(cx)},${round(cy)} ${round(end.x)},${round(end.y)}`;
  const corner = (side: 1 | -1) => `${round(base.x - side * ty * ARROW_HALF_WIDTH)},${round(base.y + side * tx * ARROW_HALF_WIDTH)}`;
  const arrow = `M${round(tip.x)},${round(tip.y)}L${corner(1)}L${corner(-1)}Z`;
  const mid = { x: round(0.25 * source.x + 0.5 * cx + 0.25 * target.x), y: round(0.25 * source.y + 0.5 * cy + 0.25 * target.y) };
  const curve = { x1: source.x, y1: source.y, cx: round(cx), cy: round(cy), x2: target.x, y2: target.y };
  return { path, arrow, mid, curve };
}
