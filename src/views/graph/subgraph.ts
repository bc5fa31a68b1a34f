/**
 * The parts of the relationship graph a page draws, so a drawing grows with what it shows and not with
 * the story: a profile draws the actor's neighbourhood, and the index of a large story its best-connected
 * actors (the lists beside each drawing hold everything). Both are filters of the whole graph: a node keeps
 * its degree in the whole story, so a mark has the same size on every page.
 */
import type { Story } from '../../story/types';
import { graphFromStory, type GraphData } from './graph-data';

/**
 * The most actors one drawing holds. In the narrow drawing (330 × 1040, 14 px labels wrapped at 14
 * characters, for screens down to 320 px) an actor's mark and label take about 4,300 px² (the mean
 * over the 27 of the first story, which cover a third of it; bench/results/profile-size.md): 40 cover half, leaving the other half for
 * the lines between them and their labels; at about 80 no room would be left at all.
 */
export const LEGIBLE_ACTORS = 40;

type GraphStory = Pick<Story, 'actors' | 'relations'>;

/** The nodes in `ids` and every edge with both ends among them: a filter of the whole graph, degrees and all. */
function induced(whole: GraphData, ids: Set<string>): GraphData {
  return {
    nodes: whole.nodes.filter((node) => ids.has(node.id)),
    edges: whole.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)),
  };
}

/** An actor, every actor one relation away, and every relation among them; empty for an actor with no relation. */
export function actorNeighbourhood(story: GraphStory, actorId: string): GraphData {
  const ids = new Set<string>();
  for (const relation of story.relations) {
    if (relation.from === actorId || relation.to === actorId) ids.add(relation.from).add(relation.to);
  }
  return induced(graphFromStory(story), ids);
}

/**
 * The `limit` best-connected actors (most relations, then most mentions, then id) and the relations among
 * them; the whole graph when it has no more actors than that.
 */
export function mostConnected(story: GraphStory & Pick<Story, 'mentions'>, limit = LEGIBLE_ACTORS): GraphData {
  const whole = graphFromStory(story);
  if (whole.nodes.length <= limit) return whole;
  const mentions = new Map<string, number>();
  for (const mention of story.mentions) mentions.set(mention.actorId, (mentions.get(mention.actorId) ?? 0) + 1);
  const ranked = [...whole.nodes].sort(
    (a, b) => b.degree - a.degree || (mentions.get(b.id) ?? 0) - (mentions.get(a.id) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return induced(whole, new Set(ranked.slice(0, limit).map((node) => node.id)));
}
