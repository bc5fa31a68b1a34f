/**
 * Places words on edges ("member of") where they can be read: for each edge, the first spot along it,
 * from the middle outwards, whose text box overlaps no node or label already placed. An edge with no
 * free spot goes without words; its line style, its tooltip and the relations list still name it.
 */
import type { Box, GraphLayout, PositionedEdge } from './layout';
import { pointOnCurve } from './edges';
import { round } from './shapes';
import { textWidth } from './text-metrics';

export interface EdgeLabel {
  edgeId: string;
  text: string;
  x: number;
  y: number;
  box: Box;
}

const SPOTS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.28, 0.72];

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function placeEdgeLabels(layout: GraphLayout, edges: PositionedEdge[], textOf: (edge: PositionedEdge) => string, fontSize: number): EdgeLabel[] {
  const taken: Box[] = layout.nodes.map((node) => node.box);
  const within = (box: Box) => box.x >= 0 && box.y >= 0 && box.x + box.width <= layout.width && box.y + box.height <= layout.height;
  const labels: EdgeLabel[] = [];
  for (const edge of edges) {
    const text = textOf(edge);
    const width = textWidth(text, fontSize) + 4;
    const height = fontSize * 1.2;
    for (const t of SPOTS) {
      const { x, y } = pointOnCurve(edge.curve, t);
      const box = { x: round(x - width / 2), y: round(y - height / 2), width: round(width), height: round(height) };
      if (!within(box) || taken.some((other) => intersects(box, other))) continue;
      taken.push(box);
      labels.push({ edgeId: edge.id, text, x: round(x), y: round(y), box });
      break;
    }
  }
  return labels;
}
