/**
 * Where the build-time layout puts things (src/views/graph/layout.ts), read on small synthetic graphs:
 * the blank margin and how the main group fills the rest, how a mark grows with an actor's relations,
 * where a label's lines hang and that its box holds them, where groups unconnected to the main one go
 * (side by side in a wide drawing, one under another in a narrow one, each centred in its cell), that a
 * simple graph comes out without crossings, that related actors end up near each other, and that the
 * seed, not chance, decides the picture.
 */
import { describe, expect, it } from 'vitest';
import { graphFromRelations, type GraphData } from '../../src/views/graph/graph-data';
import { layoutGraph, type GraphLayout } from '../../src/views/graph/layout';
import { segmentHitsRect, segmentsCross } from '../../src/views/graph/quality';
import { outerRadius } from '../../src/views/graph/shapes';
import { NARROW, WIDE } from '../../src/views/graph/story-graph';
import { textWidth } from '../../src/views/graph/text-metrics';

/** A graph of people: `names` maps an id to its name (the id upper-cased when not given). */
function peopleGraph(ids: string[], pairs: [string, string][], names: Record<string, string> = {}): GraphData {
  return graphFromRelations(
    ids.map((id) => ({ id, name: names[id] ?? id.toUpperCase(), kind: 'person' })),
    pairs.map(([from, to], index) => ({ id: `r${index}`, from, to, type: 'accuses' })),
  );
}

type LaidNode = GraphLayout['nodes'][number];
const byId = (layout: GraphLayout) => new Map(layout.nodes.map((node) => [node.id, node]));
/** The rectangle the boxes of `nodes` cover. */
function extent(nodes: LaidNode[]) {
  expect(nodes.length).toBeGreaterThan(0);
  const left = Math.min(...nodes.map((node) => node.box.x));
  const right = Math.max(...nodes.map((node) => node.box.x + node.box.width));
  const top = Math.min(...nodes.map((node) => node.box.y));
  const bottom = Math.max(...nodes.map((node) => node.box.y + node.box.height));
  return { left, right, top, bottom, centreX: (left + right) / 2, centreY: (top + bottom) / 2 };
}
const pick = (layout: GraphLayout, ids: string[]) => ids.map((id) => byId(layout).get(id)!);

describe('the drawing’s area', () => {
  const pair = peopleGraph(['a', 'b'], [['a', 'b']]);

  it('keeps a blank margin of 4 units by default and stretches the main group to it on every side, at 13 px labels', () => {
    const layout = layoutGraph(pair, { width: 300, height: 200 });
    expect(layout).toMatchObject({ width: 300, height: 200, fontSize: 13 });
    const { left, right, top, bottom } = extent(layout.nodes);
    expect(left).toBeCloseTo(4, 0);
    expect(300 - right).toBeCloseTo(4, 0);
    expect(top).toBeCloseTo(4, 0);
    expect(200 - bottom).toBeCloseTo(4, 0);
  });

  it('keeps the margin and label size it is given', () => {
    const layout = layoutGraph(pair, { width: 300, height: 200, margin: 30, fontSize: 20, attempts: 2 });
    expect(layout.fontSize).toBe(20);
    const { left, right, top, bottom } = extent(layout.nodes);
    expect([left, 300 - right, top, 200 - bottom].map(Math.round)).toEqual([30, 30, 30, 30]);
  });

  it('draws nothing for an empty graph, at the size asked for', () => {
    expect(layoutGraph({ nodes: [], edges: [] }, { width: 120, height: 80 })).toEqual({ width: 120, height: 80, fontSize: 13, nodes: [], edges: [] });
  });
});

describe('marks and labels', () => {
  // A hub with four relations, each leaf with one; the hub's name wraps to two lines.
  const star = peopleGraph(['hub', 'l1', 'l2', 'l3', 'l4'], [['hub', 'l1'], ['hub', 'l2'], ['hub', 'l3'], ['hub', 'l4']], { hub: 'Kassym-Jomart Tokayev' });
  const layout = layoutGraph(star, { width: 500, height: 400, attempts: 2 });
  const nodes = byId(layout);

  it('gives an actor with more relations a larger mark, though not one in proportion to its relations', () => {
    const [hub, leaf] = [nodes.get('hub')!, nodes.get('l1')!];
    expect(hub.r).toBeGreaterThan(leaf.r);
    expect(hub.r).toBeLessThan(2 * leaf.r);
    expect(pick(layout, ['l1', 'l2', 'l3', 'l4']).map((node) => node.r)).toEqual([leaf.r, leaf.r, leaf.r, leaf.r]);
  });

  it('hangs the label’s lines under the mark, one under the other, a little more than a line of text apart', () => {
    const hub = nodes.get('hub')!;
    expect(hub.lines.map((line) => line.text)).toEqual(['Kassym-Jomart', 'Tokayev']);
    const [first, second] = hub.lines;
    // The first line's capitals (about 0.7 em above the baseline) clear the mark, and hang close under it.
    expect(first.y - 0.7 * layout.fontSize).toBeGreaterThan(hub.y + outerRadius(hub.r));
    expect(first.y).toBeLessThan(hub.y + outerRadius(hub.r) + 2 * layout.fontSize);
    expect(second.y - first.y).toBeGreaterThan(layout.fontSize);
    expect(second.y - first.y).toBeLessThan(1.5 * layout.fontSize);
  });

  it('gives each node a box round its mark and all its label, descenders included, centred on the mark', () => {
    expect(layout.nodes).toHaveLength(5);
    for (const node of layout.nodes) {
      const { box } = node;
      expect(box.x + box.width / 2, node.id).toBeCloseTo(node.x, 0);
      expect(box.y, node.id).toBeLessThanOrEqual(node.y - outerRadius(node.r));
      expect(box.width, node.id).toBeGreaterThanOrEqual(2 * outerRadius(node.r));
      expect(box.width, node.id).toBeGreaterThanOrEqual(Math.max(...node.lines.map((line) => textWidth(line.text, layout.fontSize))));
      expect(node.lines.at(-1)!.y + 0.2 * layout.fontSize, node.id).toBeLessThanOrEqual(box.y + box.height);
      for (const line of node.lines) expect(line.y, node.id).toBeGreaterThan(node.y);
    }
  });

  it('gives a long label a wider box than a short one', () => {
    expect(nodes.get('hub')!.box.width).toBeGreaterThan(nodes.get('l1')!.box.width);
  });

  it('draws the mark where the node is: a circle from its leftmost point', () => {
    const leaf = nodes.get('l2')!;
    expect(leaf.path.startsWith(`M${Math.round((leaf.x - leaf.r) * 10) / 10},${leaf.y}a`)).toBe(true);
  });
});

describe('groups unconnected to the main one', () => {
  // A chain of five, and two pairs of its own each; the second pair's names wrap to two lines, so its box is taller.
  const ids = ['a', 'b', 'c', 'd', 'e', 'p', 'q', 's', 't'];
  const pairs: [string, string][] = [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['p', 'q'], ['s', 't']];
  const graph = peopleGraph(ids, pairs, { s: 'Southland border guards', t: 'Tall name with two lines' });
  const main = ['a', 'b', 'c', 'd', 'e'];

  it('sets them side by side in a row under the main group in the wide drawing, each centred in its half', () => {
    const layout = layoutGraph(graph, { ...WIDE, attempts: 2 });
    const [chain, first, second] = [extent(pick(layout, main)), extent(pick(layout, ['p', 'q'])), extent(pick(layout, ['s', 't']))];
    expect(second.bottom - second.top).toBeGreaterThan(first.bottom - first.top);
    expect(first.centreX).toBeCloseTo(WIDE.width / 4, -1);
    expect(second.centreX).toBeCloseTo((3 * WIDE.width) / 4, -1);
    expect(Math.abs(first.centreY - second.centreY)).toBeLessThanOrEqual(0.2);
    for (const group of [first, second]) expect(group.top).toBeGreaterThanOrEqual(chain.bottom);
    // The row is as tall as its taller group, which fills it but for a gutter: the main group reaches down to it.
    expect(second.top - chain.bottom).toBeLessThanOrEqual(layout.fontSize);
    expect(WIDE.height - second.bottom).toBeLessThanOrEqual(layout.fontSize);
    expect(layout.nodes.map((node) => node.id)).toEqual(ids);
  });

  it('sets them one under another in the narrow drawing, each centred across it, in order', () => {
    const layout = layoutGraph(graph, { ...NARROW, attempts: 2 });
    const [chain, first, second] = [extent(pick(layout, main)), extent(pick(layout, ['p', 'q'])), extent(pick(layout, ['s', 't']))];
    expect(first.top).toBeGreaterThanOrEqual(chain.bottom);
    expect(second.top).toBeGreaterThanOrEqual(first.bottom);
    for (const group of [first, second]) expect(group.centreX).toBeCloseTo(NARROW.width / 2, 0);
    expect(NARROW.height - second.bottom).toBeLessThanOrEqual(NARROW.fontSize!);
  });

  it('still sets them in one column when the drawing is narrower than a label', () => {
    const layout = layoutGraph(peopleGraph(['a', 'b', 'c', 'p', 'q'], [['a', 'b'], ['b', 'c'], ['p', 'q']]), { width: 150, height: 500, attempts: 1 });
    expect(layout.nodes.flatMap((node) => [node.x, node.y]).every(Number.isFinite)).toBe(true);
    const [chain, pair] = [extent(pick(layout, ['a', 'b', 'c'])), extent(pick(layout, ['p', 'q']))];
    expect(pair.top).toBeGreaterThanOrEqual(chain.bottom);
    expect(pair.centreX).toBeCloseTo(75, 0);
  });
});

describe('a readable picture', () => {
  it('keeps the most readable of its starts: a ring of six from twelve starts has no more crossings or lines through other actors than from one', () => {
    const ring = ['a', 'b', 'c', 'd', 'e', 'f'];
    const graph = peopleGraph(
      ring,
      ring.map((id, index) => [id, ring[(index + 1) % ring.length]]),
    );
    const unreadable = (layout: GraphLayout) => {
      const at = byId(layout);
      const ends = layout.edges.map((edge) => ({ edge, a: at.get(edge.source)!, b: at.get(edge.target)! }));
      expect(ends).toHaveLength(6);
      const crossings = ends.flatMap((one, i) => ends.slice(i + 1).filter((other) => segmentsCross(one.a, one.b, other.a, other.b)));
      const through = ends.flatMap(({ edge, a, b }) => layout.nodes.filter((node) => node.id !== edge.source && node.id !== edge.target && segmentHitsRect(a, b, node.box)));
      return crossings.length + through.length;
    };
    const best = unreadable(layoutGraph(graph, { width: 600, height: 400 }));
    const fromFew = [1, 2, 3, 4].map((attempts) => unreadable(layoutGraph(graph, { width: 600, height: 400, attempts })));
    expect(fromFew.every((count) => best <= count)).toBe(true);
  });

  it('draws related actors nearer each other: two triangles joined by one relation stay two clusters', () => {
    const layout = layoutGraph(
      peopleGraph(
        ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'],
        [['a1', 'a2'], ['a2', 'a3'], ['a3', 'a1'], ['b1', 'b2'], ['b2', 'b3'], ['b3', 'b1'], ['a1', 'b1']],
      ),
      { width: 600, height: 400, attempts: 2 },
    );
    const [left, right] = [pick(layout, ['a1', 'a2', 'a3']), pick(layout, ['b1', 'b2', 'b3'])];
    const distance = (p: LaidNode, q: LaidNode) => Math.hypot(p.x - q.x, p.y - q.y);
    const mean = (pairs: [LaidNode, LaidNode][]) => pairs.reduce((sum, [p, q]) => sum + distance(p, q), 0) / pairs.length;
    const within = mean([left, right].flatMap((side) => [[side[0], side[1]], [side[1], side[2]], [side[2], side[0]]] as [LaidNode, LaidNode][]));
    const across = mean(left.flatMap((p) => right.map((q) => [p, q] as [LaidNode, LaidNode])));
    expect(within).toBeLessThan(across);
  });

  it('draws the same picture for the same seed, and another for another seed', () => {
    const graph = peopleGraph(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a'], ['a', 'c']]);
    const size = { width: 400, height: 300, attempts: 1 };
    const first = layoutGraph(graph, size);
    expect(layoutGraph(graph, size)).toEqual(first);
    expect(layoutGraph(graph, { ...size, seed: 1 })).toEqual(first);
    expect(layoutGraph(graph, { ...size, seed: 2 }).nodes.map((node) => [node.x, node.y])).not.toEqual(first.nodes.map((node) => [node.x, node.y]));
  });
});
