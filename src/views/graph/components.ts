/**
 * Connected groups of the graph, each in breadth-first order from its best-connected actor: related
 * actors come next to each other, which gives the layout good starting positions.
 */
import type { GraphData } from './graph-data';

/** Groups of node ids, largest first; within a group, breadth-first from the node of highest degree. */
export function connectedGroups(graph: GraphData): string[][] {
  const neighbours = new Map(graph.nodes.map((node) => [node.id, [] as string[]]));
  for (const edge of graph.edges) {
    neighbours.get(edge.source)!.push(edge.target);
    neighbours.get(edge.target)!.push(edge.source);
  }
  const degree = new Map(graph.nodes.map((node) => [node.id, node.degree]));
  // Stable sorts: ties keep the data's order.
  const byDegree = [...graph.nodes].sort((a, b) => b.degree - a.degree).map((node) => node.id);
  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const root of byDegree) {
    if (seen.has(root)) continue;
    const group = [root];
    seen.add(root);
    for (let at = 0; at < group.length; at++) {
      const next = [...new Set(neighbours.get(group[at])!)].filter((id) => !seen.has(id));
      for (const id of next.sort((a, b) => degree.get(b)! - degree.get(a)!)) {
        seen.add(id);
        group.push(id);
      }
    }
    groups.push(group);
  }
  return groups.sort((a, b) => b.length - a.length);
}
