/**
 * Which part of the graph a page draws and what it says about it (src/views/graph/subgraph.ts,
 * words.ts, story-graph.ts), on small synthetic stories: who makes the cut when a story has more
 * actors than a drawing can hold (relations first, then mentions, then the earlier id), the exact
 * words of the index's and a profile's drawings in each case, and how tall a profile's drawing is.
 */
import { describe, expect, it } from 'vitest';
import { graphFromStory, type GraphData } from '../../src/views/graph/graph-data';
import { actorGraph, NARROW, storyGraph, WIDE } from '../../src/views/graph/story-graph';
import { actorNeighbourhood, mostConnected } from '../../src/views/graph/subgraph';
import { indexGraphWords, neighbourhoodWords } from '../../src/views/graph/words';
import { borderStory } from '../support/fixture-stories';
import { graphStory } from '../support/graph-stories';

const ids = (graph: GraphData) => graph.nodes.map((node) => node.id);
const edgeIds = (graph: GraphData) => graph.edges.map((edge) => edge.id);

/** A hub related to `leaves` actors named l01, l02…, one relation each. */
function starStory(leaves: number) {
  const leafIds = Array.from({ length: leaves }, (_, index) => `l${String(index + 1).padStart(2, '0')}`);
  return graphStory(
    ['hub', ...leafIds],
    leafIds.map((leaf) => ['hub', leaf]),
  );
}

describe('who makes the cut in a drawing too small for the story', () => {
  it('puts more relations first, even against more mentions', () => {
    // b has two relations; d has one but is named five times.
    const story = graphStory(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'd']], { d: 5 });
    expect(ids(mostConnected(story, 2))).toEqual(['b', 'c']);
  });

  it('breaks a tie on relations by mentions, an actor never mentioned counting none', () => {
    const story = graphStory(['a', 'b', 'c', 'd'], [['a', 'b'], ['c', 'd']], { d: 1 });
    expect(ids(mostConnected(story, 2))).toEqual(['a', 'd']);
  });

  it('breaks a tie on relations and mentions by the earlier id, and lists the kept actors in the story’s order', () => {
    const story = graphStory(['c', 'b', 'a'], [['a', 'b'], ['b', 'c']], { a: 1, c: 1 });
    const drawn = mostConnected(story, 2);
    expect(ids(drawn)).toEqual(['b', 'a']);
    expect(edgeIds(drawn)).toEqual(['r0']);
  });

  it('keeps only the relations with both actors in the drawing', () => {
    const story = graphStory(['a', 'b', 'c'], [['a', 'b'], ['a', 'c'], ['a', 'b']], { b: 1 });
    expect(edgeIds(mostConnected(story, 2))).toEqual(['r0', 'r2']);
  });

  it('holds 40 actors by default: all of a story that relates 40, the best 40 of one that relates 41', () => {
    const forty = starStory(39);
    expect(mostConnected(forty)).toEqual(graphFromStory(forty));
    const fortyOne = starStory(40);
    const drawn = mostConnected(fortyOne);
    expect(drawn.nodes).toHaveLength(40);
    expect(ids(drawn).slice(0, 2)).toEqual(['hub', 'l01']);
    expect(ids(drawn)).not.toContain('l40');
    expect(drawn.edges).toHaveLength(39);
  });
});

describe('the words of the index’s drawing', () => {
  it('says it holds the whole network when it draws every related actor', () => {
    const story = borderStory();
    expect(indexGraphWords(story, mostConnected(story))).toEqual({
      title: 'How the story’s actors relate',
      description: 'Network of 4 relations the article states between 4 actors. The list of relations below gives the same information.',
      caption: 'The 4 relations the article states between 4 actors.',
    });
  });

  it('says how many of how many it draws, and that the lists hold them all, when it leaves some out', () => {
    const story = starStory(40);
    expect(indexGraphWords(story, mostConnected(story))).toEqual({
      title: 'How the story’s actors relate: the 40 best-connected',
      description:
        'Network of the 40 best-connected of the 41 actors the article relates, and the 39 relations among them, of the 40 it states; actors with the most relations are drawn first. The lists below hold every actor and every relation.',
      caption: 'The drawing holds the 40 best-connected of the 41 actors the article relates, and the 39 relations among them, of the 40 it states: the lists below hold all of them.',
    });
  });

  it('says "1 relation" when the drawn actors share one', () => {
    const story = graphStory(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'd']]);
    expect(indexGraphWords(story, mostConnected(story, 2)).caption).toBe(
      'The drawing holds the 2 best-connected of the 4 actors the article relates, and the 1 relation among them, of the 3 it states: the lists below hold all of them.',
    );
  });
});

describe('the words of a profile’s drawing', () => {
  it('counts the relations pointing to the actor as its own, and says nothing of others when there are none', () => {
    const story = graphStory(['a', 'b', 'c'], [['b', 'a'], ['a', 'c']]);
    expect(neighbourhoodWords('Alma', 'a', actorNeighbourhood(story, 'a'))).toEqual({
      title: 'Alma and the actors one relation away',
      description: 'Network of Alma’s 2 relations with 2 other actors. The list of relations below gives Alma’s in words; the whole network is on the actors page.',
      caption: 'Alma’s 2 relations with 2 other actors.',
    });
  });

  it('counts the relations among the other actors, faded, in words for one and in figures for more', () => {
    const story = graphStory(['a', 'b', 'c'], [['a', 'b'], ['a', 'c'], ['b', 'c'], ['c', 'b']]);
    const words = neighbourhoodWords('Alma', 'a', actorNeighbourhood(story, 'a'));
    expect(words.caption).toBe('Alma’s 2 relations with 2 other actors, and the 2 relations among those actors, faded.');
    expect(words.description).toBe(
      'Network of Alma’s 2 relations with 2 other actors, and the 2 relations among those actors, faded. The list of relations below gives Alma’s in words; the whole network is on the actors page.',
    );
  });
});

describe('the drawings of a story and of a profile', () => {
  it('lays the story out once per story and hands back the same drawing after', () => {
    const story = graphStory(['a', 'b'], [['a', 'b']]);
    const first = storyGraph(story);
    expect(storyGraph(story)).toBe(first);
    expect(first.graph).toEqual(graphFromStory(story));
    expect([first.wide.width, first.narrow.width]).toEqual([WIDE.width, NARROW.width]);
  });

  it('draws a profile with one neighbour at the least height, taller with more neighbours, and never beyond the full size', () => {
    const small = actorGraph(starStory(1), 'hub')!;
    expect([small.wide.height, small.narrow.height]).toEqual([200, 200]);
    const eight = actorGraph(starStory(8), 'l01')!;
    expect(ids(eight.graph)).toEqual(['hub', 'l01']);
    const hub = actorGraph(starStory(8), 'hub')!;
    expect(hub.wide.height).toBeGreaterThan(200);
    expect(hub.narrow.height).toBeGreaterThan(hub.wide.height);
    expect(hub.narrow.height).toBeLessThan(NARROW.height);
    const crowded = actorGraph(starStory(20), 'hub')!;
    expect([crowded.wide.height, crowded.narrow.height]).toEqual([WIDE.height, NARROW.height]);
    expect(crowded.wide.nodes).toHaveLength(21);
  });
});
