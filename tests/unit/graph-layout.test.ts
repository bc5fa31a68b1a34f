/** The build-time layout: the same picture every build, every node and label inside the viewBox, apart. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphFromRelations, graphFromStory, type GraphData } from '../../src/views/graph/graph-data';
import { layoutGraph, type Box, type GraphLayout } from '../../src/views/graph/layout';
import { segmentHitsRect, segmentsCross } from '../../src/views/graph/quality';
import { outerRadius } from '../../src/views/graph/shapes';
import { NARROW, WIDE } from '../../src/views/graph/story-graph';
import { projectRoot } from '../support/build-site';
import { storyFromFiles } from '../support/story-from-files';
import { REPORT } from '../support/fixture-stories';
import { numbers } from '../support/path-numbers';

const story = storyFromFiles(join(projectRoot, REPORT.root), REPORT.slug);
const graph = graphFromStory(story);
const sizes = { wide: WIDE, narrow: NARROW };
const layouts = Object.fromEntries(Object.entries(sizes).map(([name, size]) => [name, layoutGraph(graph, size)])) as Record<
  keyof typeof sizes,
  GraphLayout
>;

const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));


describe.each(Object.keys(sizes) as (keyof typeof sizes)[])('the %s layout', (name) => {
  const layout = layouts[name];

  it('gives the same positions and paths on every run', () => {
    const again = layoutGraph(structuredClone(graph), sizes[name]);
    expect(again).toEqual(layout);
  });

  it('keeps every node, mark and label, inside the viewBox', () => {
    for (const node of layout.nodes) {
      expect(node.box.x, node.id).toBeGreaterThanOrEqual(0);
      expect(node.box.y, node.id).toBeGreaterThanOrEqual(0);
      expect(node.box.x + node.box.width, node.id).toBeLessThanOrEqual(layout.width);
      expect(node.box.y + node.box.height, node.id).toBeLessThanOrEqual(layout.height);
      for (const line of node.lines) expect(line.y, node.id).toBeLessThanOrEqual(layout.height);
    }
  });

  it('lets no two labelled nodes overlap', () => {
    const clashes: string[] = [];
    layout.nodes.forEach((a, i) =>
      layout.nodes.slice(i + 1).forEach((b) => {
        if (overlapArea(a.box, b.box) > 0) clashes.push(`${a.id} × ${b.id}`);
      }),
    );
    expect(clashes).toEqual([]);
  });

  it('draws each edge from its source to its target, arrowhead at the target', () => {
    const at = new Map(layout.nodes.map((node) => [node.id, node]));
    for (const edge of layout.edges) {
      const source = at.get(edge.source)!;
      const target = at.get(edge.target)!;
      const path = numbers(edge.path);
      const [startX, startY] = path;
      const [tipX, tipY] = numbers(edge.arrow);
      expect(Math.hypot(startX - source.x, startY - source.y), edge.id).toBeLessThan(outerRadius(source.r) + 2);
      expect(Math.hypot(tipX - target.x, tipY - target.y), edge.id).toBeLessThan(outerRadius(target.r) + 3);
    }
  });
});

describe('layout details', () => {
  it('bows parallel edges apart instead of drawing them on top of each other', () => {
    const between = layouts.wide.edges.filter((edge) => [edge.source, edge.target].sort().join() === 'nazarbayev,tokayev');
    const controls = new Set(between.map((edge) => `${edge.curve.cx},${edge.curve.cy}`));
    expect(controls.size).toBe(between.length);
  });

  it('sets actors unconnected to the main group below it, not among it', () => {
    const { nodes } = layouts.wide;
    const y = (id: string) => nodes.find((node) => node.id === id)!.y;
    const mainBottom = Math.max(...['tokayev', 'russia', 'csto', 'putin', 'nato'].map(y));
    expect(y('trenin')).toBeGreaterThan(mainBottom);
    expect(y('us-diplomats')).toBeGreaterThan(mainBottom);
  });

  it('lays out a tiny graph and an empty one', () => {
    const tiny: GraphData = graphFromRelations(
      [
        { id: 'a', name: 'Alpha', kind: 'person' },
        { id: 'b', name: 'Beta', kind: 'state' },
      ],
      [{ id: 'a-b', from: 'a', to: 'b', type: 'leads' }],
    );
    const layout = layoutGraph(tiny, { width: 200, height: 120 });
    expect(layout.nodes).toHaveLength(2);
    expect(overlapArea(layout.nodes[0].box, layout.nodes[1].box)).toBe(0);
    expect(layoutGraph({ nodes: [], edges: [] }, { width: 100, height: 100 })).toMatchObject({ nodes: [], edges: [] });
  });
});

describe('readability measure', () => {
  it('counts a crossing only where two segments cross inside both', () => {
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 10, y: 0 })).toBe(true);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 0, y: 5 }, { x: 10, y: 5 })).toBe(false);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 })).toBe(false);
  });

  it('sees a segment passing through a label box', () => {
    const box = { x: 4, y: 4, width: 2, height: 2 };
    expect(segmentHitsRect({ x: 0, y: 5 }, { x: 10, y: 5 }, box)).toBe(true);
    expect(segmentHitsRect({ x: 0, y: 0 }, { x: 10, y: 1 }, box)).toBe(false);
  });
});
