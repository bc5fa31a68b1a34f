/**
 * Greedy label placement: each label tries positions around its anchor, nearest first, and takes the
 * first that stays inside the frame and clear of everything placed before it.
 */
import { textWidth, type FontSpec } from './text-metrics';
import { LEADING } from './layout';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

export interface Placement {
  /** Top-left of the label block. */
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

/** Offsets tried around an anchor: the anchor itself, then rings of eight directions further out. */
export function candidateOffsets(step: number, rings: number): [number, number][] {
  const offsets: [number, number][] = [[0, 0]];
  const directions: [number, number][] = [[1, 0], [-1, 0], [0, -1], [0, 1], [1, -1], [-1, -1], [1, 1], [-1, 1]];
  for (let ring = 1; ring <= rings; ring += 1) {
    for (const [dx, dy] of directions) offsets.push([dx * step * ring, dy * step * ring * 0.6]);
  }
  return offsets;
}

/**
 * Places a block of lines centred on `anchor` plus one of the offsets; `bounds` is the frame, `taken` the
 * boxes already used (the new box is added to it). Returns null when nothing fits.
 */
export function placeLabel(
  lines: string[],
  font: FontSpec,
  anchor: [number, number],
  offsets: [number, number][],
  bounds: Box,
  taken: Box[],
  gap = 3,
): Placement | null {
  const width = Math.max(...lines.map((line) => textWidth(line, font)));
  const height = lines.length * font.size * LEADING;
  const box = placeBox(width, height, anchor, offsets, bounds, taken, gap);
  return box ? { ...box, lines } : null;
}

/** Places a box of the given size as placeLabel does; returns it, or null when nothing fits. */
export function placeBox(
  width: number,
  height: number,
  anchor: [number, number],
  offsets: [number, number][],
  bounds: Box,
  taken: Box[],
  gap = 3,
): Box | null {
  for (const [dx, dy] of offsets) {
    const box = { x: anchor[0] + dx - width / 2, y: anchor[1] + dy - height / 2, width, height };
    const inside = box.x >= bounds.x && box.y >= bounds.y && box.x + width <= bounds.x + bounds.width && box.y + height <= bounds.y + bounds.height;
    if (inside && !taken.some((other) => overlaps(box, other, gap))) {
      taken.push(box);
      return box;
    }
  }
  return null;
}
