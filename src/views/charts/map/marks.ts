/**
 * The shapes of the map's two marks, in the layout's pixels: the arrow for forces sent and the line of a
 * marked border, each with the box its focus ring covers and the points labels must keep clear of.
 */
import type { MultiLineString } from 'geojson';
import type { GeoPath, GeoProjection } from 'd3-geo';
import { sharedBorder } from '../geo/region';
import type { Box } from '../labels';

export type Point = [number, number];

export interface ArrowShape {
  curve: string;
  head: string;
  /** The top of the curve, where its words go. */
  peak: Point;
  box: Box;
  /** Small boxes along the curve, for label placement to avoid. */
  obstacles: Box[];
}

export interface BorderShape {
  lines: MultiLineString;
  /** A point halfway along its longest line, where its words go. */
  middle: Point;
  box: Box;
  obstacles: Box[];
}

function r(value: number): string {
  return String(Math.round(value * 10) / 10);
}

const dot = ([x, y]: Point): Box => ({ x: x - 3, y: y - 3, width: 6, height: 6 });

/** A curved arrow from `start` that stops short of `end` (so its head does not cover it), bowed north. */
export function arrowShape([x0, y0]: Point, [tx, ty]: Point): ArrowShape {
  const length = Math.hypot(tx - x0, ty - y0);
  const x1 = tx - ((tx - x0) / length) * 8;
  const y1 = ty - ((ty - y0) / length) * 8;
  const [nx, ny] = [(y1 - y0) / length, -(x1 - x0) / length];
  const bow = ny < 0 ? 1 : -1;
  const qx = (x0 + x1) / 2 + nx * bow * length * 0.22;
  const qy = (y0 + y1) / 2 + ny * bow * length * 0.22;
  const angle = Math.atan2(y1 - qy, x1 - qx);
  // The head's tip and two barbs, turned to the curve's direction at its end.
  const head = ([[3, 0], [-9, -6], [-9, 6]] as const).map(([dx, dy]): Point => [x1 + dx * Math.cos(angle) - dy * Math.sin(angle), y1 + dx * Math.sin(angle) + dy * Math.cos(angle)]);
  const obstacles: Box[] = [];
  for (let step = 1; step < 20; step += 1) {
    const t = step / 20;
    obstacles.push(dot([(1 - t) ** 2 * x0 + 2 * (1 - t) * t * qx + t ** 2 * x1, (1 - t) ** 2 * y0 + 2 * (1 - t) * t * qy + t ** 2 * y1]));
  }
  // The focus ring goes round the whole arrow: its ends, the points along its curve, and its head.
  const points: Point[] = [[x0, y0], [x1, y1], ...obstacles.map(({ x, y }): Point => [x + 3, y + 3]), ...head];
  const [xs, ys] = [points.map(([x]) => x), points.map(([, y]) => y)];
  const [left, top] = [Math.min(...xs) - 2, Math.min(...ys) - 2];
  return {
    curve: `M${r(x0)},${r(y0)}Q${r(qx)},${r(qy)} ${r(x1)},${r(y1)}`,
    head: `M${head.map((point) => point.map(r).join(',')).join('L')}Z`,
    peak: [(x0 + 2 * qx + x1) / 4, (y0 + 2 * qy + y1) / 4],
    box: { x: left, y: top, width: Math.max(...xs) + 2 - left, height: Math.max(...ys) + 2 - top },
    obstacles,
  };
}

/** The border two countries (atlas codes) share, projected; an error if the atlas has none between them. */
export function borderShape(a: string, b: string, projection: GeoProjection, exact: GeoPath): BorderShape {
  const lines = sharedBorder(a, b);
  const longest = lines.coordinates.reduce((best, line) => (line.length > best.length ? line : best), lines.coordinates[0] ?? []);
  const middle = longest[Math.floor(longest.length / 2)];
  if (!middle) throw new Error(`Countries ${a} and ${b} share no border in the atlas, so it cannot be marked`);
  const project = ([lon, lat]: number[]) => projection([lon, lat]) as Point;
  const obstacles: Box[] = [];
  for (const line of lines.coordinates) {
    let last: Point | null = null;
    for (const position of line) {
      const point = project(position);
      // One obstacle every few pixels is enough to keep labels off the line.
      if (last && Math.hypot(point[0] - last[0], point[1] - last[1]) < 5) continue;
      last = point;
      obstacles.push(dot(point));
    }
  }
  const [[bx0, by0], [bx1, by1]] = exact.bounds(lines);
  return { lines, middle: project(middle), box: { x: bx0, y: by0, width: bx1 - bx0, height: by1 - by0 }, obstacles };
}
