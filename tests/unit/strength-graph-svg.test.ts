/**
 * The drawing as a reader gets it (src/views/graph/svg.ts and edge-labels.ts): how the SVG names itself
 * or hides from assistive technology, what each line and mark says on hover, which line styles and
 * stroke widths tell relations and kinds apart, in what order things are drawn, which actor and lines a
 * profile emphasises, and where the words naming a relation go on its line (the middle first, then out
 * towards the ends, never over a node, another label or the drawing's edge).
 */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { placeEdgeLabels } from '../../src/views/graph/edge-labels';
import { edgeGeometry } from '../../src/views/graph/edges';
import { graphFromRelations } from '../../src/views/graph/graph-data';
import { layoutGraph, type Box, type GraphLayout, type PositionedEdge } from '../../src/views/graph/layout';
import { graphSvg, type GraphSvgOptions } from '../../src/views/graph/svg';
import { textWidth } from '../../src/views/graph/text-metrics';

/** A node placed by hand, its box a 10 × 10 square round its centre unless given. */
function handNode(id: string, x: number, y: number, box: Box = { x: x - 5, y: y - 5, width: 10, height: 10 }) {
  return { id, name: id.toUpperCase(), kind: 'person', group: 'people', shape: 'circle' as const, label: [id], degree: 1, x, y, r: 5, path: '', lines: [], box };
}

/** An edge drawn by the real geometry between two hand-placed nodes. */
function handEdge(id: string, source: ReturnType<typeof handNode>, target: ReturnType<typeof handNode>, type = 'accuses'): PositionedEdge {
  return { id, source: source.id, target: target.id, type, family: '', parallelIndex: 0, parallelCount: 1, ...edgeGeometry(source, target, 0, 1) };
}

function handLayout(width: number, height: number, nodes: ReturnType<typeof handNode>[], edges: PositionedEdge[] = []): GraphLayout {
  return { width, height, fontSize: 13, nodes, edges };
}

/** The edge labels placed on `edges` with the words "nn" at 10 px: 16.2 wide (12.2 for the words, 2 either side) and 12 tall. */
const place = (layout: GraphLayout, edges = layout.edges) => placeEdgeLabels(layout, edges, () => 'nn', 10);

describe('words on the lines', () => {
  // A line across a 200 × 100 drawing at mid-height, from (10, 50) to (190, 50).
  const a = handNode('a', 10, 50);
  const b = handNode('b', 190, 50);
  const across = handEdge('across', a, b);

  it('names a relation at the middle of its line, in a box a little larger than its words', () => {
    const [label] = place(handLayout(200, 100, [a, b], [across]));
    expect(label).toMatchObject({ edgeId: 'across', text: 'nn', x: 100, y: 50 });
    expect(label.box.width).toBeGreaterThan(textWidth('nn', 10));
    expect(label.box.height).toBeGreaterThan(10);
    expect(label.box.x + label.box.width / 2).toBeCloseTo(100, 5);
    expect(label.box.y + label.box.height / 2).toBeCloseTo(50, 5);
  });

  it('moves the words towards the source first when a node sits on the middle, then towards the target', () => {
    const onTheMiddle = handNode('c', 100, 50, { x: 95, y: 40, width: 10, height: 20 });
    expect(place(handLayout(200, 100, [a, b, onTheMiddle], [across])).map((label) => label.x)).toEqual([85.6]);
    const wider = handNode('c', 100, 50, { x: 77, y: 40, width: 28, height: 20 });
    expect(place(handLayout(200, 100, [a, b, wider], [across])).map((label) => label.x)).toEqual([114.4]);
  });

  it('never puts two labels over each other: the second one on the same line goes further out', () => {
    const labels = place(handLayout(200, 100, [a, b], [across, { ...across, id: 'again' }]));
    expect(labels.map((label) => [label.edgeId, label.x])).toEqual([
      ['across', 100],
      ['again', 71.2],
    ]);
  });

  it('leaves a line without words when nodes cover every spot along it, and labels the next line still', () => {
    const wall = handNode('wall', 100, 50, { x: 20, y: 40, width: 160, height: 20 });
    const low = handEdge('low', handNode('p', 10, 80), handNode('q', 190, 80));
    expect(place(handLayout(200, 100, [a, b, wall], [across, low])).map((label) => label.edgeId)).toEqual(['low']);
  });

  it('may set a label right against a node’s box, above or below it, but not overlapping', () => {
    // The label at the middle spans y 44 to 56.
    const above = handNode('above', 100, 37, { x: 95, y: 30, width: 10, height: 14 });
    const below = handNode('below', 100, 63, { x: 95, y: 56, width: 10, height: 14 });
    expect(place(handLayout(200, 100, [a, b, above, below], [across])).map((label) => label.x)).toEqual([100]);
    const overlapping = handNode('over', 100, 37, { x: 95, y: 30, width: 10, height: 15 });
    expect(place(handLayout(200, 100, [a, b, overlapping], [across])).map((label) => label.x)).not.toEqual([100]);
  });

  it.each([
    ['top', [10, 3], [190, 3]],
    ['bottom', [10, 97], [190, 97]],
    ['left', [3, 10], [3, 90]],
    ['right', [197, 10], [197, 90]],
  ])('leaves out words that would stick out of the drawing at the %s', (_, [x1, y1], [x2, y2]) => {
    const [p, q] = [handNode('p', x1, y1, { x: x1, y: y1, width: 0, height: 0 }), handNode('q', x2, y2, { x: x2, y: y2, width: 0, height: 0 })];
    expect(place(handLayout(200, 100, [p, q], [handEdge('edge', p, q)]))).toEqual([]);
  });

  it.each([
    ['top', [10, 6], [190, 6], 'y', 0],
    ['bottom', [10, 94], [190, 94], 'y', 88],
    ['left', [8.1, 10], [8.1, 90], 'x', 0],
    ['right', [191.9, 10], [191.9, 90], 'x', 183.8],
  ] as const)('lets words touch the %s edge of the drawing', (_, [x1, y1], [x2, y2], axis, at) => {
    const [p, q] = [handNode('p', x1, y1, { x: x1, y: y1, width: 0, height: 0 }), handNode('q', x2, y2, { x: x2, y: y2, width: 0, height: 0 })];
    const labels = place(handLayout(200, 100, [p, q], [handEdge('edge', p, q)]));
    expect(labels.map((label) => label.box[axis])).toEqual([at]);
  });
});

describe('the SVG', () => {
  const graph = graphFromRelations(
    [
      { id: 'vos', name: 'Arlen Vos', kind: 'person' },
      { id: 'north', name: 'Northland Republic (NR)', kind: 'state' },
      { id: 'rebels', name: 'Hill Rebels', kind: 'armed-group' },
      { id: 'south', name: 'Southland', kind: 'state' },
    ],
    [
      { id: 'leads', from: 'vos', to: 'north', type: 'leads' },
      { id: 'clash', from: 'north', to: 'rebels', type: 'clashes-with' },
      { id: 'troops', from: 'south', to: 'rebels', type: 'deployed-to' },
    ],
  );
  const layout = layoutGraph(graph, { width: 600, height: 400, attempts: 2 });
  const options: GraphSvgOptions = { idPrefix: 'g1', title: 'Who relates to whom', description: 'Three relations.', hrefFor: (id) => `/actors/${id}/` };
  const render = (extra: Partial<GraphSvgOptions> = {}, drawn = layout) => load(graphSvg(drawn, { ...options, ...extra }), { xmlMode: true });

  it('is an image named by its own title and description, or hidden when a wrapper names it', () => {
    const $ = render();
    expect($('svg').attr('role')).toBe('img');
    expect($('svg').attr('aria-labelledby')).toBe('g1-title g1-desc');
    expect($('svg').attr('aria-hidden')).toBeUndefined();
    expect($('svg').attr('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect($('svg > title#g1-title').text()).toBe('Who relates to whom');
    expect($('svg > desc#g1-desc').text()).toBe('Three relations.');
    const hidden = render({ role: 'presentation' });
    expect(hidden('svg').attr('aria-hidden')).toBe('true');
    expect(hidden('svg').attr('role')).toBeUndefined();
    expect(hidden('svg').attr('aria-labelledby')).toBeUndefined();
    expect(hidden('svg > title, svg > desc').length).toBe(0);
  });

  it('has the class actor-graph, then has-focus on a profile, then any class asked for, with no empty ones', () => {
    expect(render()('svg').attr('class')).toBe('actor-graph');
    expect(render({ className: 'graph-narrow' })('svg').attr('class')).toBe('actor-graph graph-narrow');
    expect(render({ focus: 'vos', className: 'graph-wide' })('svg').attr('class')).toBe('actor-graph has-focus graph-wide');
    expect(render()('svg').attr('viewBox')).toBe('0 0 600 400');
  });

  it('draws the lines first, the nodes over them, and the words on the lines last, hidden from screen readers', () => {
    const $ = render();
    expect($('svg > g').toArray().map((group) => $(group).attr('class'))).toEqual(['graph-edges', 'graph-nodes', 'graph-edge-labels']);
    expect($('.graph-edge-labels').attr('aria-hidden')).toBe('true');
    expect($('.graph-edge').toArray().map((edge) => $(edge).attr('data-relation'))).toEqual(['leads', 'clash', 'troops']);
    expect($('.graph-node').toArray().map((node) => $(node).attr('data-actor'))).toEqual(['vos', 'north', 'rebels', 'south']);
  });

  it('says each relation in a sentence of full names on hover, and styles its line by its family', () => {
    const $ = render();
    const edge = (id: string) => $(`.graph-edge[data-relation="${id}"]`);
    expect(edge('leads').children('title').text()).toBe('Arlen Vos leads Northland Republic (NR)');
    expect(edge('troops').children('title').text()).toBe('Southland sent forces to Hill Rebels');
    expect(edge('leads').attr('class')).toBe('graph-edge family-structure');
    expect(edge('clash').attr('class')).toBe('graph-edge family-conflict');
    const line = (id: string) => edge(id).children('path.edge-line');
    expect(line('leads').attr('stroke-dasharray')).toBeUndefined();
    expect(line('clash').attr('stroke-dasharray')).toBe('7 4');
    expect(Number(line('troops').attr('stroke-width'))).toBeGreaterThan(Number(line('leads').attr('stroke-width')));
    expect([line('leads').attr('fill'), line('leads').attr('stroke')]).toEqual(['none', 'currentColor']);
    const drawn = layout.edges.find((candidate) => candidate.id === 'leads')!;
    expect(line('leads').attr('d')).toBe(drawn.path);
    expect(edge('leads').children('path.edge-arrow').attr('d')).toBe(drawn.arrow);
    expect(edge('leads').children('path.edge-arrow').attr('fill')).toBe('currentColor');
  });

  it('gives each node its full name on hover, its short name in lines under the mark, and a link to its profile', () => {
    const $ = render();
    const north = $('.graph-node[data-actor="north"]');
    expect(north.attr('class')).toBe('graph-node group-states');
    expect(north.attr('data-href')).toBe('/actors/north/');
    expect(north.children('title').text()).toBe('Northland Republic (NR)');
    expect(north.find('text.node-label').text()).toBe('NR');
    const vos = layout.nodes.find((node) => node.id === 'vos')!;
    const tspans = $('.graph-node[data-actor="vos"] tspan').toArray().map((tspan) => [$(tspan).text(), Number($(tspan).attr('x')), Number($(tspan).attr('y'))]);
    expect(tspans).toEqual(vos.lines.map((line) => [line.text, vos.x, line.y]));
    expect(tspans.map(([text]) => text)).toEqual(['Arlen Vos']);
    const label = $('.graph-node[data-actor="vos"] text.node-label');
    expect([label.attr('text-anchor'), label.attr('font-size')]).toEqual(['middle', '13']);
    expect($('.graph-node[data-actor="vos"] path.node-mark').attr('d')).toBe(vos.path);
  });

  it('draws a ring (a group of people) with a thicker outline than other marks', () => {
    const $ = render();
    expect($('.graph-node[data-actor="rebels"] path.node-mark').attr('stroke-width')).toBe('3');
    expect($('.graph-node[data-actor="vos"] path.node-mark').attr('stroke-width')).toBe('1.5');
  });

  it('sets the words on the lines a little smaller than the names, centred on their spot', () => {
    const $ = render();
    const words = $('.edge-label').toArray();
    expect(words.length).toBeGreaterThan(0);
    for (const word of words) {
      const size = Number($(word).attr('font-size'));
      expect(size).toBeLessThan(layout.fontSize);
      expect(size).toBeGreaterThanOrEqual(0.8 * layout.fontSize);
      expect([$(word).attr('text-anchor'), $(word).attr('dy')]).toEqual(['middle', '0.35em']);
    }
    expect($('.edge-label[data-relation="troops"]').text()).toBe('sent forces to');
  });

  it('has no group of words on the lines when no line has any', () => {
    const alone = handLayout(100, 100, [handNode('a', 50, 50)]);
    const $ = render({}, alone);
    expect($('.graph-node').length).toBe(1);
    expect($('.graph-edge-labels').length).toBe(0);
  });

  it('on a profile, marks the actor as focus and near, its lines and neighbours near, everything else faded, and labels its lines only', () => {
    const $ = render({ focus: 'north' });
    const classOf = (selector: string) => $(selector).attr('class');
    expect(classOf('.graph-node[data-actor="north"]')).toBe('graph-node group-states is-focus is-near');
    expect(classOf('.graph-node[data-actor="vos"]')).toBe('graph-node group-people is-near');
    expect(classOf('.graph-node[data-actor="south"]')).toBe('graph-node group-states is-faded');
    expect(classOf('.graph-edge[data-relation="clash"]')).toBe('graph-edge family-conflict is-near');
    expect(classOf('.graph-edge[data-relation="troops"]')).toBe('graph-edge family-force is-faded');
    const labelled = $('.edge-label').toArray().map((word) => $(word).attr('data-relation'));
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.every((id) => id === 'leads' || id === 'clash')).toBe(true);
  });

  it('emphasises the focus actor even when the drawing holds none of its relations', () => {
    const $ = render({ focus: 'a' }, handLayout(100, 100, [handNode('a', 30, 50), handNode('b', 70, 50)]));
    expect($('.graph-node[data-actor="a"]').attr('class')).toBe('graph-node group-people is-focus is-near');
    expect($('.graph-node[data-actor="b"]').attr('class')).toBe('graph-node group-people is-faded');
  });

  it('on the whole graph, gives the middle of a shared stretch of line to the heavier relation’s words', () => {
    // Two relations drawn on the very same line: membership (the lightest line) first, troops sent (the heaviest) second.
    const [p, q] = [handNode('p', 10, 50), handNode('q', 590, 50)];
    const shared = handLayout(600, 100, [p, q], [handEdge('member', p, q, 'member-of'), handEdge('sent', p, q, 'deployed-to')]);
    const $ = render({}, shared);
    const x = (id: string) => Number($(`.edge-label[data-relation="${id}"]`).attr('x'));
    expect(x('sent')).toBe(300);
    expect(x('member')).not.toBe(300);
    expect($('.edge-label[data-relation="member"]').length).toBe(1);
  });
});
