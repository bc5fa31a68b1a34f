/**
 * The story's relationship graph laid out at the two sizes the pages draw: a wide one for screens from
 * about 40rem, and a tall narrow one whose labels stay legible down to 320 px. Computed once per story
 * per build and shared by the index and every profile.
 */
import type { Story } from '../../story/types';
import { graphFromStory, type GraphData } from './graph-data';
import { layoutGraph, type GraphLayout, type LayoutSize } from './layout';

export const WIDE: LayoutSize = { width: 960, height: 640, fontSize: 13 };
// Laid out at about a phone's column width, so its 14 px labels stay at 12 px or more down to a 320 px screen.
export const NARROW: LayoutSize = { width: 330, height: 1040, fontSize: 14 };

export interface StoryGraph {
  graph: GraphData;
  wide: GraphLayout;
  narrow: GraphLayout;
}

const cache = new WeakMap<Pick<Story, 'actors' | 'relations'>, StoryGraph>();

export function storyGraph(story: Pick<Story, 'actors' | 'relations'>): StoryGraph {
  let result = cache.get(story);
  if (!result) {
    const graph = graphFromStory(story);
    result = { graph, wide: layoutGraph(graph, WIDE), narrow: layoutGraph(graph, NARROW) };
    cache.set(story, result);
  }
  return result;
}
