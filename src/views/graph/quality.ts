/**
 * How readable a laid-out graph is, as one number (lower is better): edges that cross each other, and
 * edges that run through another node's mark or label. The layout tries a few fixed starts and keeps the
 * best, so the measure must be cheap and deterministic; edges are taken as straight segments.
 */
export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function orientation(a: Point, b: Point, c: Point): number {
  return Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
}

/** Whether segments ab and cd cross at a point inside both (touching ends do not count). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  return orientation(a, b, c) * orientation(a, b, d) < 0 && orientation(c, d, a) * orientation(c, d, b) < 0;
}

/** Whether segment ab passes through the rectangle. */
export function segmentHitsRect(a: Point, b: Point, rect: Rect): boolean {
  const inside = (p: Point) => p.x > rect.x && p.x < rect.x + rect.width && p.y > rect.y && p.y < rect.y + rect.height;
  if (inside(a) || inside(b)) return true;
  const corners = [
    { x: rect.x, y: rect.y },
    { x: rect.x + rect.width, y: rect.y },
    { x: rect.x + rect.width, y: rect.y + rect.height },
    { x: rect.x, y: rect.y + rect.height },
  ];
  return corners.some((corner, index) => segmentsCross(a, b, corner, corners[(index + 1) % 4]));
}

export interface ScoredGraph {
  /** `box` holds the mark and its label; `labelBox` the label alone. */
  nodes: { id: string; x: number; y: number; box: Rect; labelBox: Rect }[];
  edges: { source: string; target: string }[];
}

/**
 * Crossings count once each; an edge through another node's mark or label counts double, as it hides
 * words; an edge leaving through its own node's label counts once.
 */
export function layoutPenalty({ nodes, edges }: ScoredGraph): number {
  const at = new Map(nodes.map((node) => [node.id, node]));
  const segments = edges.map((edge) => ({ edge, a: at.get(edge.source)!, b: at.get(edge.target)! }));
  let penalty = 0;
  for (let i = 0; i < segments.length; i++) {
    const { edge, a, b } = segments[i];
    for (let j = i + 1; j < segments.length; j++) {
      const other = segments[j];
      const shared = [other.edge.source, other.edge.target].some((id) => id === edge.source || id === edge.target);
      if (!shared && segmentsCross(a, b, other.a, other.b)) penalty += 1;
    }
    for (const node of nodes) {
      const own = node.id === edge.source || node.id === edge.target;
      if (own ? segmentHitsRect(a, b, node.labelBox) : segmentHitsRect(a, b, node.box)) penalty += own ? 1 : 2;
    }
  }
  return penalty;
}
