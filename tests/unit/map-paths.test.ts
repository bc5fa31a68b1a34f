/**
 * The map's land is written with relative lines to keep the page light; the outline it draws must be the
 * same one, point for point, as d3-geo's absolute path.
 */
import { describe, expect, it } from 'vitest';
import { relativePath } from '../../src/views/charts/geo/simplify';

/** The absolute points a path of M, l (with implicit repeats) and Z visits, ring by ring. */
function points(d: string): number[][][] {
  const rings: number[][][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLlZ])([^MLlZ]*)/g)) {
    const numbers = (args.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    if (command === 'M') {
      [x, y] = numbers;
      rings.push([[x, y]]);
    }
    for (let i = 0; command !== 'M' && command !== 'Z' && i < numbers.length; i += 2) {
      [x, y] = command === 'l' ? [x + numbers[i], y + numbers[i + 1]] : [numbers[i], numbers[i + 1]];
      rings.at(-1)!.push([x, y]);
    }
  }
  return rings;
}

describe('relative land outlines', () => {
  const absolute = 'M696,372L698,371L700,373L697,375Z M10,10L12,8L12,12Z M5,5L6,5';

  it('visits the same points as the absolute path, ring by ring', () => {
    const relative = relativePath(absolute);
    expect(points(relative)).toEqual(points(absolute));
    expect(points(relative)).toEqual([
      [[696, 372], [698, 371], [700, 373], [697, 375]],
      [[10, 10], [12, 8], [12, 12]],
      [[5, 5], [6, 5]],
    ]);
  });

  it('is shorter than the absolute path', () => {
    expect(relativePath(absolute).length).toBeLessThan(absolute.length);
    expect(relativePath(absolute)).toBe('M696,372l2-1 2,2 -3,2ZM10,10l2-2 0,4ZM5,5l1,0');
  });

  it('leaves a path with other commands as it is', () => {
    expect(relativePath('M0,0A5,5 0 1 1 10,0Z')).toBe('M0,0A5,5 0 1 1 10,0Z');
  });
});
