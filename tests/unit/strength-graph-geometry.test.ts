/**
 * The graph's geometry, piece by piece (src/views/graph/shapes.ts, edges.ts, text-metrics.ts, collide.ts,
 * quality.ts): what each mark looks like and where it points, where a line starts and its arrowhead
 * ends, how parallel relations bow apart, how wide a label is estimated to be, how overlapping nodes are
 * pushed apart and kept inside the drawing, and what the layout counts as hard to read.
 */
import { describe, expect, it } from 'vitest';
import { clampInto, separate, stretchToFill, type BoxedNode } from '../../src/views/graph/collide';
import { edgeGeometry, pointOnCurve, type EdgeEnd } from '../../src/views/graph/edges';
import { layoutPenalty, segmentHitsRect, segmentsCross, type ScoredGraph } from '../../src/views/graph/quality';
import { outerRadius, round, shapePath } from '../../src/views/graph/shapes';
import { textWidth } from '../../src/views/graph/text-metrics';
import type { NodeShape } from '../../src/views/graph/vocabulary';
import { numbers } from '../support/path-numbers';

type Point = { x: number; y: number };

/** The corners of a polygon path "Mx,yLx,y…Z". */
const corners = (path: string): Point[] => {
  expect(path).toMatch(/^M[-\d.,L]+Z$/);
  const values = numbers(path);
  return Array.from({ length: values.length / 2 }, (_, index) => ({ x: values[2 * index], y: values[2 * index + 1] }));
};
const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
/** Which side of the line from a to b the point p lies on (+1 or -1; 0 on it). */
const side = (a: Point, b: Point, p: Point) => Math.sign((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x));

describe('node marks', () => {
  const centre = { x: 50, y: 50 };

  it('rounds every coordinate to one decimal place', () => {
    expect(round(2.36)).toBe(2.4);
    expect(round(2.34)).toBe(2.3);
    expect(round(-1.26)).toBe(-1.3);
    expect(round(7)).toBe(7);
  });

  it('draws a circle, and a ring alike, as two half arcs from its leftmost point', () => {
    expect(shapePath('circle', 50, 50, 10)).toBe('M40,50a10,10 0 1,0 20,0a10,10 0 1,0 -20,0Z');
    expect(shapePath('ring', 50, 50, 10)).toBe(shapePath('circle', 50, 50, 10));
  });

  it('draws a square with level sides and a diamond standing on a corner', () => {
    const square = corners(shapePath('square', 50, 50, 10));
    expect(square).toHaveLength(4);
    expect(new Set(square.map((p) => p.x)).size).toBe(2);
    expect(new Set(square.map((p) => p.y)).size).toBe(2);
    const diamond = corners(shapePath('diamond', 50, 50, 10));
    expect(diamond).toHaveLength(4);
    expect(diamond.filter((p) => p.x === 50).map((p) => Math.sign(p.y - 50)).sort()).toEqual([-1, 1]);
    expect(diamond.filter((p) => p.y === 50).map((p) => Math.sign(p.x - 50)).sort()).toEqual([-1, 1]);
  });

  it('draws a hexagon with a corner to the left and to the right, all corners equally far from the centre', () => {
    const hexagon = corners(shapePath('hexagon', 50, 50, 10));
    expect(hexagon).toHaveLength(6);
    expect(hexagon.filter((p) => p.y === 50).map((p) => Math.sign(p.x - 50)).sort()).toEqual([-1, 1]);
    const radii = hexagon.map((p) => distance(p, centre));
    expect(Math.max(...radii) - Math.min(...radii)).toBeLessThan(0.15);
  });

  it('points a triangle up and an inverted triangle down, each with a level base on the other side', () => {
    const up = corners(shapePath('triangle', 50, 50, 10));
    expect(up).toHaveLength(3);
    const apex = up.find((p) => p.x === 50)!;
    expect(apex.y).toBeLessThan(50);
    const base = up.filter((p) => p !== apex);
    expect(base[0].y).toBe(base[1].y);
    expect(base[0].y).toBeGreaterThan(50);
    const down = corners(shapePath('inverted-triangle', 50, 50, 10));
    const lowApex = down.find((p) => p.x === 50)!;
    expect(lowApex.y).toBeGreaterThan(50);
    expect(down.filter((p) => p !== lowApex).every((p) => p.y < 50)).toBe(true);
  });

  it.each<NodeShape>(['square', 'diamond', 'hexagon', 'triangle', 'inverted-triangle'])(
    'draws a %s centred on its node, about as large as a circle of the same size and clear of where lines stop',
    (shape) => {
      const points = corners(shapePath(shape, 50, 50, 10));
      const mean = { x: points.reduce((sum, p) => sum + p.x, 0) / points.length, y: points.reduce((sum, p) => sum + p.y, 0) / points.length };
      expect(distance(mean, centre)).toBeLessThan(3);
      for (const point of points) {
        expect(distance(point, centre)).toBeGreaterThan(10);
        // Lines start 1 unit beyond the outer radius: no mark reaches them.
        expect(distance(point, centre)).toBeLessThan(outerRadius(10) + 1);
      }
    },
  );
});

describe('edge lines and arrowheads', () => {
  const a: EdgeEnd = { id: 'a', x: 0, y: 0, r: 5 };
  const b: EdgeEnd = { id: 'b', x: 100, y: 0, r: 5 };

  it('draws a single relation as a straight line from just outside the source’s mark to the arrowhead at the target’s', () => {
    const edge = edgeGeometry(a, b, 0, 1);
    expect(edge.path).toMatch(/^M[-\d.,]+L[-\d.,]+$/);
    const [startX, startY, endX, endY] = numbers(edge.path);
    const [tipX, tipY, ...arrowCorners] = numbers(edge.arrow);
    expect([startY, endY, tipY]).toEqual([0, 0, 0]);
    expect(startX).toBeGreaterThan(outerRadius(a.r));
    expect(startX).toBeLessThanOrEqual(outerRadius(a.r) + 2);
    expect(100 - tipX).toBeGreaterThan(outerRadius(b.r));
    expect(100 - tipX).toBeLessThanOrEqual(outerRadius(b.r) + 3);
    // The line runs on under the arrowhead, so no gap shows between them.
    const baseX = arrowCorners[0];
    expect(arrowCorners[2]).toBe(baseX);
    expect(endX).toBeGreaterThan(baseX);
    expect(endX).toBeLessThan(tipX);
    expect(edge.mid).toEqual({ x: 50, y: 0 });
    expect(edge.curve).toEqual({ x1: 0, y1: 0, cx: 50, cy: 0, x2: 100, y2: 0 });
  });

  it('draws a symmetric arrowhead, its base across the line, on a slanting edge too', () => {
    const source: EdgeEnd = { id: 's', x: 10, y: 20, r: 6 };
    const target: EdgeEnd = { id: 't', x: 130, y: 180, r: 6 };
    const [tipX, tipY, c1x, c1y, c2x, c2y] = numbers(edgeGeometry(source, target, 0, 1).arrow);
    const tip = { x: tipX, y: tipY };
    const [left, right] = [
      { x: c1x, y: c1y },
      { x: c2x, y: c2y },
    ];
    expect(Math.abs(distance(tip, left) - distance(tip, right))).toBeLessThan(0.2);
    expect(side(source, target, left)).toBe(-side(source, target, right));
    const baseMid = { x: (left.x + right.x) / 2, y: (left.y + right.y) / 2 };
    // The base's middle lies on the line, behind the tip, nearer the source.
    expect(Math.abs((target.x - source.x) * (baseMid.y - source.y) - (target.y - source.y) * (baseMid.x - source.x)) / distance(source, target)).toBeLessThan(0.2);
    expect(distance(baseMid, source)).toBeLessThan(distance(tip, source));
    // And the base is square to the line.
    const along = { x: target.x - source.x, y: target.y - source.y };
    expect(Math.abs((right.x - left.x) * along.x + (right.y - left.y) * along.y) / (distance(left, right) * Math.hypot(along.x, along.y))).toBeLessThan(0.05);
  });

  it('bows two relations between the same actors to either side by the same amount, far enough apart to tell', () => {
    const first = edgeGeometry(a, b, 0, 2);
    const second = edgeGeometry(a, b, 1, 2);
    for (const edge of [first, second]) expect(edge.path).toMatch(/^M[-\d.,]+Q[-\d.,]+ [-\d.,]+$/);
    expect(side(a, b, first.mid)).toBe(-side(a, b, second.mid));
    expect(Math.abs(first.mid.y)).toBe(Math.abs(second.mid.y));
    expect(distance(first.mid, second.mid)).toBeGreaterThanOrEqual(20);
    expect(distance(first.mid, second.mid)).toBeLessThan(60);
  });

  it('bows two relations pointing opposite ways between the same actors apart too, not onto each other', () => {
    const there = edgeGeometry(a, b, 0, 2);
    const back = edgeGeometry(b, a, 1, 2);
    expect(side(a, b, there.mid)).toBe(-side(a, b, back.mid));
  });

  it('draws the middle one of three relations straight and bows the other two', () => {
    const paths = [0, 1, 2].map((index) => edgeGeometry(a, b, index, 3).path);
    expect(paths.map((path) => (path.includes('Q') ? 'curve' : 'line'))).toEqual(['curve', 'line', 'curve']);
  });

  it('puts an edge’s middle on its curve, halfway between the ends', () => {
    const edge = edgeGeometry(a, b, 0, 2);
    const onCurve = pointOnCurve(edge.curve, 0.5);
    expect(Math.abs(edge.mid.x - onCurve.x)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(edge.mid.y - onCurve.y)).toBeLessThanOrEqual(0.1);
  });

  it('still draws a line, with no missing numbers, between two actors drawn on the same spot', () => {
    const edge = edgeGeometry({ id: 'p', x: 30, y: 30, r: 5 }, { id: 'q', x: 30, y: 30, r: 5 }, 0, 1);
    expect(edge.path).not.toContain('NaN');
    expect(edge.arrow).not.toContain('NaN');
  });

  it('finds points along a curve: its ends at 0 and 1, and halfway to the control point at the middle', () => {
    const curve = { x1: 0, y1: 0, cx: 50, cy: 40, x2: 100, y2: 0 };
    expect(pointOnCurve(curve, 0)).toEqual({ x: 0, y: 0 });
    expect(pointOnCurve(curve, 1)).toEqual({ x: 100, y: 0 });
    expect(pointOnCurve(curve, 0.5)).toEqual({ x: 50, y: 20 });
  });
});

describe('estimated text widths', () => {
  const width = (text: string) => textWidth(text, 10);

  it('takes thin letters as narrower, capitals and digits as wider, m and w widest, a space narrowest of all', () => {
    expect(width(' ')).toBeLessThan(width('i'));
    expect(width('i')).toBeLessThan(width('n'));
    expect(width('I')).toBeLessThan(width('n'));
    expect(width('n')).toBeLessThan(width('N'));
    expect(width('-')).toBe(width('n'));
    expect(width('7')).toBe(width('N'));
    expect(width('Д')).toBe(width('N'));
    expect(width('д')).toBe(width('n'));
    expect(width('N')).toBeLessThan(width('m'));
    expect(width('M')).toBe(width('w'));
  });

  it('adds up the letters of a word and grows with the font size', () => {
    expect(width('')).toBe(0);
    expect(width('nn')).toBeCloseTo(2 * width('n'), 10);
    expect(width('in')).toBeCloseTo(width('i') + width('n'), 10);
    expect(textWidth('n', 20)).toBeCloseTo(2 * width('n'), 10);
    expect(width('n')).toBeGreaterThan(0);
  });
});

describe('keeping nodes apart', () => {
  const box = (x: number, y: number, above = 5, below = 5, halfWidth = 10): BoxedNode => ({ x, y, halfWidth, above, below });

  it('pushes two overlapping boxes apart sideways, each half the way, until they just touch', () => {
    const [left, right] = [box(0, 0), box(15, 2)];
    separate([left, right], 0, 1);
    expect([left.x, right.x]).toEqual([-2.5, 17.5]);
    expect([left.y, right.y]).toEqual([0, 2]);
  });

  it('pushes them apart the right way round whichever comes first, and leaves the gap asked for', () => {
    const [right, left] = [box(15, 2), box(0, 0)];
    separate([right, left], 4, 1);
    expect([left.x, right.x]).toEqual([-4.5, 19.5]);
  });

  it('moves them only part of the way at a lower strength', () => {
    const [left, right] = [box(0, 0), box(15, 2)];
    separate([left, right], 0, 0.5);
    expect([left.x, right.x]).toEqual([-1.25, 16.25]);
  });

  it('pushes boxes stacked one over the other apart upwards and downwards, a label hanging below each mark', () => {
    // The upper box's label reaches 20 below its centre; the lower one's mark 6 above its own.
    const upper = box(0, 0, 3, 20);
    const lower = box(2, 15, 6, 20);
    separate([upper, lower], 0, 1);
    expect(lower.y - lower.above).toBeCloseTo(upper.y + upper.below, 10);
    expect([upper.x, lower.x]).toEqual([0, 2]);
    const [upper2, lower2] = [box(0, 0, 3, 20), box(2, 15, 6, 20)];
    separate([lower2, upper2], 0, 1);
    expect([upper2.y, lower2.y]).toEqual([upper.y, lower.y]);
  });

  it('leaves alone boxes that overlap on one axis only', () => {
    const nodes = [box(0, 0), box(25, 0), box(0, 30)];
    separate(nodes, 0, 1);
    expect(nodes.map((node) => [node.x, node.y])).toEqual([
      [0, 0],
      [25, 0],
      [0, 30],
    ]);
  });

  it('moves a box that sticks out of the area back inside, touching the side it crossed', () => {
    const area = { x: 10, y: 20, width: 100, height: 80 };
    const nodes = [box(0, 50), box(200, 50), box(50, 0, 3, 12), box(50, 200, 3, 12), box(50, 50)];
    clampInto(nodes, area);
    expect(nodes.map((node) => [node.x, node.y])).toEqual([
      [20, 50],
      [100, 50],
      [50, 23],
      [50, 88],
      [50, 50],
    ]);
  });

  it('stretches the nodes so their boxes reach every side of the area, in the same order and proportions', () => {
    const nodes = [box(40, 40), box(50, 45), box(60, 60)];
    stretchToFill(nodes, { x: 0, y: 0, width: 220, height: 110 });
    expect(nodes.map((node) => [node.x, node.y])).toEqual([
      [10, 5],
      [110, 30],
      [210, 105],
    ]);
  });

  it('stretches two nodes as well, but leaves one node, a column of nodes, or an area too small to hold them where they were', () => {
    const pair = [box(40, 40), box(60, 60)];
    stretchToFill(pair, { x: 0, y: 0, width: 220, height: 110 });
    expect(pair.map((node) => [node.x, node.y])).toEqual([
      [10, 5],
      [210, 105],
    ]);
    const one = [box(40, 40)];
    stretchToFill(one, { x: 0, y: 0, width: 220, height: 110 });
    expect([one[0].x, one[0].y]).toEqual([40, 40]);
    const column = [box(40, 40), box(40, 60)];
    stretchToFill(column, { x: 0, y: 0, width: 220, height: 110 });
    expect(column.map((node) => [node.x, node.y])).toEqual([
      [40, 5],
      [40, 105],
    ]);
    // Exactly as wide and tall as the outer halves of the two boxes: no room left between them.
    const cramped = [box(40, 40), box(60, 60)];
    stretchToFill(cramped, { x: 0, y: 0, width: 20, height: 10 });
    expect(cramped.map((node) => [node.x, node.y])).toEqual([
      [40, 40],
      [60, 60],
    ]);
  });
});

describe('what the layout counts as hard to read', () => {
  it('does not count lines that would cross only if one were longer', () => {
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 4, y: 6 })).toBe(false);
    expect(segmentsCross({ x: 0, y: 10 }, { x: 4, y: 6 }, { x: 0, y: 0 }, { x: 10, y: 10 })).toBe(false);
  });

  it('sees a line that starts or lies wholly inside a box, or clips one corner of it', () => {
    const rect = { x: 0, y: 0, width: 10, height: 10 };
    expect(segmentHitsRect({ x: 5, y: 5 }, { x: 50, y: 50 }, rect)).toBe(true);
    expect(segmentHitsRect({ x: 50, y: 50 }, { x: 9, y: 9 }, rect)).toBe(true);
    expect(segmentHitsRect({ x: 8, y: 8 }, { x: 9, y: 9 }, rect)).toBe(true);
    expect(segmentHitsRect({ x: 5, y: 12 }, { x: 12, y: 5 }, rect)).toBe(true);
    expect(segmentHitsRect({ x: -2, y: 5 }, { x: 5, y: -2 }, rect)).toBe(true);
    expect(segmentHitsRect({ x: 5, y: 20 }, { x: 20, y: 5 }, rect)).toBe(false);
  });

  // Four nodes at the corners of a square, each with a small label box below its centre.
  const node = (id: string, x: number, y: number) => ({
    id,
    x,
    y,
    box: { x: x - 5, y: y - 5, width: 10, height: 25 },
    labelBox: { x: x - 5, y: y + 5, width: 10, height: 15 },
  });
  const square = [node('nw', 0, 0), node('ne', 100, 0), node('sw', 0, 100), node('se', 100, 100)];
  const penalty = (edges: ScoredGraph['edges'], nodes = square) => layoutPenalty({ nodes, edges });

  it('counts nothing for lines that leave their nodes clear of every label', () => {
    expect(penalty([])).toBe(0);
    expect(penalty([{ source: 'nw', target: 'ne' }])).toBe(0);
    expect(penalty([{ source: 'nw', target: 'se' }])).toBe(0);
  });

  it('counts each crossing of two lines once', () => {
    expect(
      penalty([
        { source: 'nw', target: 'se' },
        { source: 'ne', target: 'sw' },
      ]),
    ).toBe(1);
    expect(
      penalty([
        { source: 'nw', target: 'ne' },
        { source: 'nw', target: 'se' },
      ]),
    ).toBe(0);
  });

  it('counts a line through another node twice, and one leaving through its own label once', () => {
    const inTheMiddle = [...square, node('mid', 50, 50)];
    expect(penalty([{ source: 'nw', target: 'se' }], inTheMiddle)).toBe(2);
    // nw straight down to sw passes through nw's own label.
    expect(penalty([{ source: 'nw', target: 'sw' }])).toBe(1);
  });
});
