/**
 * The relationship graph laid out at the two sizes the pages draw: a wide one for screens from about
 * 40rem, and a tall narrow one whose labels stay legible down to 320 px. The index draws the story's
 * graph (its best-connected actors when it is large), computed once per story per build; a profile draws
 * the actor's neighbourhood, in a drawing as tall as its actors need.
 */
import type { Story } from '../../story/types';
import type { GraphData } from './graph-data';
import { layoutGraph, type GraphLayout, type LayoutSize } from './layout';
import { actorNeighbourhood, mostConnected } from './subgraph';

export const WIDE: LayoutSize = { width: 960, height: 640, fontSize: 13 };
// Laid out at about a phone's column width, so its 14 px labels stay at 12 px or more down to a 320 px screen.
export const NARROW: LayoutSize = { width: 330, height: 1040, fontSize: 14 };

export interface StoryGraph {
  graph: GraphData;
  wide: GraphLayout;
  narrow: GraphLayout;
}

const cache = new WeakMap<Pick<Story, 'actors' | 'relations' | 'mentions'>, StoryGraph>();

/** The index's drawing: the whole graph, or its best-connected actors when it is too large to read. */
export function storyGraph(story: Pick<Story, 'actors' | 'relations' | 'mentions'>): StoryGraph {
  let result = cache.get(story);
  if (!result) {
    const graph = mostConnected(story);
    result = { graph, wide: layoutGraph(graph, WIDE), narrow: layoutGraph(graph, NARROW) };
    cache.set(story, result);
  }
  return result;
}

/**
 * A size as tall as `nodes` actors need: `perActor` of height each (a neighbourhood is a star, every
 * line meeting at the focus, so it wants more room per actor than the index's whole network), never
 * less than `least` (two marks, their labels and a line between) nor more than the full size.
 */
export function sizeFor(full: LayoutSize, nodes: number, perActor: number, least: number): LayoutSize {
  return { ...full, height: Math.min(full.height, Math.max(least, nodes * perActor)) };
}

/** A profile's drawing: the actor's neighbourhood; no drawing for an actor with no relation. */
export function actorGraph(story: Pick<Story, 'actors' | 'relations'>, actorId: string): StoryGraph | undefined {
  const graph = actorNeighbourhood(story, actorId);
  if (graph.nodes.length === 0) return undefined;
  const count = graph.nodes.length;
  return { graph, wide: layoutGraph(graph, sizeFor(WIDE, count, 40, 200)), narrow: layoutGraph(graph, sizeFor(NARROW, count, 60, 200)) };
}
