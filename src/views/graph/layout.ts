/**
 * Lays the relationship graph out once, at build time: d3-force runs to convergence from fixed starting
 * positions with a seeded random source, so every build draws the same picture and the browser never
 * moves a node. The largest connected group fills the main area; small groups unconnected to it (two
 * diplomats, the think tank and its analysts) sit in a row of their own below it. Labels take part in
 * the collision as boxes, and every node stays inside the viewBox, label included.
 */
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { clampInto, separate, stretchToFill, type Area, type BoxedNode } from './collide';
import { connectedGroups } from './components';
import { edgeGeometry, type EdgeGeometry } from './edges';
import type { GraphData, GraphEdge, GraphNode } from './graph-data';
import { layoutPenalty } from './quality';
import { outerRadius, round, shapePath } from './shapes';
import { textWidth } from './text-metrics';

export interface LayoutSize {
  width: number;
  height: number;
  /** Label size in viewBox units. */
  fontSize?: number;
  /** Blank space kept at the viewBox's edges. */
  margin?: number;
  /** Seed of the starting positions' jitter and of the simulation's random source. */
  seed?: number;
  /** How many fixed starts to try for each group; the most readable result wins. */
  attempts?: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface PositionedNode extends GraphNode {
  x: number;
  y: number;
  r: number;
  /** The node's mark. */
  path: string;
  /** Baseline of each label line. */
  lines: { text: string; y: number }[];
  /** The mark and its label together. */
  box: Box;
}

export type PositionedEdge = GraphEdge & EdgeGeometry;

export interface GraphLayout {
  width: number;
  height: number;
  fontSize: number;
  nodes: PositionedNode[];
  edges: PositionedEdge[];
}

interface SimNode extends SimulationNodeDatum, BoxedNode {
  id: string;
  r: number;
  x: number;
  y: number;
}

type Settings = Required<LayoutSize>;

const LINE_HEIGHT = 1.15;
const GAP = 4;

/** The seeded linear congruential generator d3-force itself uses. */
function lcg(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => (state = (1664525 * state + 1013904223) % 4294967296) / 4294967296;
}

function nodeRadius(degree: number): number {
  return 5 + 1.6 * Math.sqrt(degree);
}

function measure(node: GraphNode, fontSize: number): Omit<SimNode, 'id' | 'x' | 'y'> {
  const r = nodeRadius(node.degree);
  const labelWidth = Math.max(...node.label.map((line) => textWidth(line, fontSize)));
  const outer = outerRadius(r);
  return {
    r,
    halfWidth: Math.max(outer, labelWidth / 2) + 2,
    above: outer + 2,
    below: outer + 3 + node.label.length * fontSize * LINE_HEIGHT,
  };
}

/** Runs the forces on one group of nodes inside `area`, from the `attempt`-th fixed start. */
function simulate(graph: GraphData, ids: string[], area: Area, settings: Settings, attempt: number, fill: boolean): SimNode[] {
  const random = lcg(settings.seed * 7919 + attempt);
  const members = new Set(ids);
  const spread = Math.sqrt((area.width * area.height) / Math.max(1, ids.length));
  const cx = area.x + area.width / 2;
  const cy = area.y + area.height / 2;
  const stretchX = Math.sqrt(area.width / area.height);
  const turn = attempt * 2.39996;
  const nodes: SimNode[] = ids.map((id, index) => {
    // A sunflower (phyllotaxis) start in breadth-first order, stretched to the area and turned for each
    // attempt, with a little seeded jitter.
    const radius = spread * 0.45 * Math.sqrt(0.5 + index);
    const angle = turn + index * Math.PI * (3 - Math.sqrt(5));
    return {
      id,
      ...measure(graph.nodes.find((node) => node.id === id)!, settings.fontSize),
      x: cx + radius * Math.cos(angle) * stretchX + (random() - 0.5) * spread * 0.2,
      y: cy + (radius * Math.sin(angle)) / stretchX + (random() - 0.5) * spread * 0.2,
    };
  });
  const links: SimulationLinkDatum<SimNode>[] = graph.edges
    .filter((edge) => members.has(edge.source))
    .map((edge) => ({ source: edge.source, target: edge.target }));

  const simulation = forceSimulation(nodes)
    .randomSource(random)
    .alphaDecay(1 - Math.pow(0.001, 1 / 400))
    .force('link', forceLink<SimNode, SimulationLinkDatum<SimNode>>(links).id((node) => node.id).distance(spread * 0.8))
    .force('charge', forceManyBody<SimNode>().strength(-spread * 2.5).distanceMax(spread * 3))
    .force('x', forceX<SimNode>(cx).strength(0.06 * Math.min(1, area.height / area.width)))
    .force('y', forceY<SimNode>(cy).strength(0.06 * Math.min(1, area.width / area.height)))
    .stop();

  // To convergence here (400 ticks), then fill the area if asked and settle the label boxes with the forces off.
  while (simulation.alpha() >= simulation.alphaMin()) {
    simulation.tick();
    separate(nodes, GAP, 0.6);
    clampInto(nodes, area);
  }
  if (fill) stretchToFill(nodes, area);
  for (let pass = 0; pass < 200; pass++) {
    separate(nodes, GAP, 1);
    clampInto(nodes, area);
  }
  return nodes;
}

function penaltyOf(nodes: SimNode[], graph: GraphData): number {
  const ids = new Set(nodes.map((node) => node.id));
  return layoutPenalty({
    nodes: nodes.map((node) => ({
      id: node.id,
      x: node.x,
      y: node.y,
      box: { x: node.x - node.halfWidth, y: node.y - node.above, width: 2 * node.halfWidth, height: node.above + node.below },
      labelBox: { x: node.x - node.halfWidth + 3, y: node.y + node.above, width: 2 * node.halfWidth - 6, height: node.below - node.above },
    })),
    edges: graph.edges.filter((edge) => ids.has(edge.source)),
  });
}

/** Lays one group out from several fixed starts and keeps the most readable result (the first, on a tie). */
function bestOf(graph: GraphData, ids: string[], area: Area, settings: Settings, fill: boolean): SimNode[] {
  let best: { nodes: SimNode[]; penalty: number } | undefined;
  for (let attempt = 0; attempt < settings.attempts; attempt++) {
    const nodes = simulate(graph, ids, area, settings, attempt, fill);
    const penalty = penaltyOf(nodes, graph);
    if (!best || penalty < best.penalty) best = { nodes, penalty };
  }
  return best!.nodes;
}

function extent(nodes: SimNode[]): Area {
  const left = Math.min(...nodes.map((node) => node.x - node.halfWidth));
  const top = Math.min(...nodes.map((node) => node.y - node.above));
  const right = Math.max(...nodes.map((node) => node.x + node.halfWidth));
  const bottom = Math.max(...nodes.map((node) => node.y + node.below));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * Small groups are laid out compactly on their own, then set in rows along the bottom, each centred in
 * its cell; the largest group fills what is left above them.
 */
function layOutGroups(graph: GraphData, groups: string[][], settings: Settings): SimNode[] {
  const { width, height, margin, fontSize } = settings;
  const inner = { x: margin, y: margin, width: width - 2 * margin, height: height - 2 * margin };
  if (groups.length === 0) return [];
  const [main, ...small] = groups;
  const columns = Math.max(1, Math.min(small.length, Math.floor(inner.width / (fontSize * 14))));
  const cellWidth = inner.width / columns;
  const gutter = fontSize;
  const laidOut = small.map((ids) => {
    const nodes = bestOf(graph, ids, { x: 0, y: 0, width: cellWidth - gutter, height: cellWidth - gutter }, settings, false);
    return { nodes, box: extent(nodes) };
  });
  const rowHeights: number[] = [];
  laidOut.forEach(({ box }, index) => {
    const row = Math.floor(index / columns);
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, box.height + gutter);
  });
  const mainHeight = inner.height - rowHeights.reduce((sum, rowHeight) => sum + rowHeight, 0);
  laidOut.forEach(({ nodes, box }, index) => {
    const row = Math.floor(index / columns);
    const cellTop = inner.y + mainHeight + rowHeights.slice(0, row).reduce((sum, rowHeight) => sum + rowHeight, 0);
    const dx = inner.x + (index % columns) * cellWidth + (cellWidth - box.width) / 2 - box.x;
    const dy = cellTop + (rowHeights[row] - box.height) / 2 - box.y;
    for (const node of nodes) {
      node.x += dx;
      node.y += dy;
    }
  });
  const mainNodes = bestOf(graph, main, { ...inner, height: mainHeight }, settings, true);
  return [...mainNodes, ...laidOut.flatMap(({ nodes }) => nodes)];
}

/** Positions every node and draws every edge of `graph` inside a `width` × `height` viewBox. */
export function layoutGraph(graph: GraphData, size: LayoutSize): GraphLayout {
  const settings: Settings = { fontSize: 13, margin: 4, seed: 1, attempts: 12, ...size };
  const simulated = new Map(layOutGroups(graph, connectedGroups(graph), settings).map((node) => [node.id, node]));

  const nodes: PositionedNode[] = graph.nodes.map((node) => {
    const sim = simulated.get(node.id)!;
    const x = round(sim.x);
    const y = round(sim.y);
    const firstBaseline = y + outerRadius(sim.r) + 2 + settings.fontSize * 0.9;
    return {
      ...node,
      x,
      y,
      r: round(sim.r),
      path: shapePath(node.shape, x, y, sim.r),
      lines: node.label.map((text, index) => ({ text, y: round(firstBaseline + index * settings.fontSize * LINE_HEIGHT) })),
      box: { x: round(x - sim.halfWidth), y: round(y - sim.above), width: round(2 * sim.halfWidth), height: round(sim.above + sim.below) },
    };
  });
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const edges: PositionedEdge[] = graph.edges.map((edge) => ({
    ...edge,
    ...edgeGeometry(byId.get(edge.source)!, byId.get(edge.target)!, edge.parallelIndex, edge.parallelCount),
  }));
  return { width: settings.width, height: settings.height, fontSize: settings.fontSize, nodes, edges };
}
