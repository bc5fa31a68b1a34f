/** The parts of the graph a page draws: a profile's neighbourhood, and a large story's best-connected actors, with their words. */
import { describe, expect, it } from 'vitest';
import { graphFromStory, type GraphData } from '../../src/views/graph/graph-data';
import { actorGraph, NARROW, sizeFor, storyGraph, WIDE } from '../../src/views/graph/story-graph';
import { actorNeighbourhood, LEGIBLE_ACTORS, mostConnected } from '../../src/views/graph/subgraph';
import { indexGraphWords, neighbourhoodWords } from '../../src/views/graph/words';
import { borderStory, miniStory } from '../support/fixture-stories';
import { graphStory as synthetic, type GraphStory } from '../support/graph-stories';

const ids = (graph: GraphData) => graph.nodes.map((node) => node.id);
const edgeIds = (graph: GraphData) => graph.edges.map((edge) => edge.id);

/** The neighbourhood computed the long way, from the relations alone. */
function expectedNeighbourhood(story: GraphStory, actorId: string) {
  const nodes = new Set(story.relations.filter((r) => r.from === actorId || r.to === actorId).flatMap((r) => [r.from, r.to]));
  const edges = story.relations.filter((r) => nodes.has(r.from) && nodes.has(r.to)).map((r) => r.id);
  return { nodes: [...nodes].sort(), edges: edges.sort() };
}

describe('an actor’s neighbourhood', () => {
  // a–b, b–c, a–c form a triangle; c–d hangs off it; e has no relation.
  const triangle = synthetic(['a', 'b', 'c', 'd', 'e'], [['a', 'b'], ['b', 'c'], ['a', 'c'], ['c', 'd'], ['a', 'b']]);

  it('holds the actor, every actor one relation away and every relation among them, the neighbours’ own included', () => {
    const around = actorNeighbourhood(triangle, 'a');
    expect(ids(around).sort()).toEqual(['a', 'b', 'c']);
    expect(edgeIds(around).sort()).toEqual(['r0', 'r1', 'r2', 'r4']);
    expect(ids(actorNeighbourhood(triangle, 'd')).sort()).toEqual(['c', 'd']);
    expect(edgeIds(actorNeighbourhood(triangle, 'd'))).toEqual(['r3']);
  });

  it('keeps each mark’s size: a node’s degree is its number of relations in the whole story', () => {
    const around = actorNeighbourhood(triangle, 'd');
    expect(around.nodes.find((node) => node.id === 'c')!.degree).toBe(3);
    const parallel = actorNeighbourhood(triangle, 'a').edges.filter((edge) => edge.id === 'r0' || edge.id === 'r4');
    expect(parallel.map((edge) => [edge.parallelIndex, edge.parallelCount])).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('is empty for an actor with no relation, and no profile drawing is made for it', () => {
    expect(actorNeighbourhood(triangle, 'e')).toEqual({ nodes: [], edges: [] });
    expect(actorGraph(triangle, 'e')).toBeUndefined();
  });

  it.each([
    ['border', borderStory],
    ['mini', miniStory],
  ])('matches the relations of every actor of the %s fixture story, with no node or edge twice', (_, load) => {
    const story = load();
    const checked = story.actors.map((actor) => {
      const around = actorNeighbourhood(story, actor.id);
      expect(new Set(ids(around)).size, actor.id).toBe(around.nodes.length);
      expect(new Set(edgeIds(around)).size, actor.id).toBe(around.edges.length);
      expect({ nodes: ids(around).sort(), edges: edgeIds(around).sort() }, actor.id).toEqual(expectedNeighbourhood(story, actor.id));
      return actor.id;
    });
    expect(checked.length).toBe(story.actors.length);
  });

  it('leaves out a relation between a neighbour and an actor two relations away (border story: Vos leads Northland)', () => {
    const around = actorNeighbourhood(borderStory(), 'arlen-vos');
    expect(ids(around).sort()).toEqual(['arlen-vos', 'northland']);
    expect(edgeIds(around)).toEqual(['vos-leads']);
  });

  it('is laid out at the full width, as tall as its actors need, and every drawn node is in the neighbourhood', () => {
    const drawing = actorGraph(borderStory(), 'southland')!;
    for (const layout of [drawing.wide, drawing.narrow]) expect(layout.nodes.map((node) => node.id)).toEqual(ids(drawing.graph));
    expect(drawing.wide.width).toBe(WIDE.width);
    expect(drawing.narrow.width).toBe(NARROW.width);
    expect(drawing.wide.height).toBeLessThan(WIDE.height);
    expect(drawing.narrow.height).toBeLessThan(NARROW.height);
  });

  it('grows a drawing’s height with its actors, between a least height and the full size', () => {
    expect(sizeFor(NARROW, 2, 60, 200).height).toBe(200);
    expect(sizeFor(NARROW, 7, 60, 200).height).toBe(420);
    expect(sizeFor(NARROW, 500, 60, 200)).toEqual(NARROW);
  });

  it('says what it draws, in counts from the drawing', () => {
    const words = neighbourhoodWords('A', 'a', actorNeighbourhood(synthetic(['a', 'b', 'c', 'd', 'e'], [['a', 'b'], ['b', 'c'], ['a', 'c'], ['c', 'd']]), 'a'));
    expect(words.caption).toBe('A’s 2 relations with 2 other actors, and one relation among those actors, faded.');
    expect(words.title).toBe('A and the actors one relation away');
    expect(words.description).toContain('the whole network is on the actors page');
    expect(neighbourhoodWords('D', 'd', actorNeighbourhood(triangle, 'd')).caption).toBe('D’s 1 relation with 1 other actor.');
  });
});

describe('the index drawing of a large story', () => {
  // 300 actors and 400 relations from a seeded generator; the first actors get more relations, and a
  // few mentions each, so ties on relations are broken by mentions and then by id.
  let state = 7;
  const random = () => (state = (1664525 * state + 1013904223) % 4294967296) / 4294967296;
  const actorIds = Array.from({ length: 300 }, (_, index) => `actor-${String(index).padStart(3, '0')}`);
  const pick = () => actorIds[Math.floor(actorIds.length * random() ** 2)];
  const pairs: [string, string][] = [];
  while (pairs.length < 400) {
    const [from, to] = [pick(), pick()];
    if (from !== to) pairs.push([from, to]);
  }
  const large = synthetic(actorIds, pairs, Object.fromEntries(actorIds.map((id) => [id, Math.floor(random() * 3)])));
  const whole = graphFromStory(large);
  const drawn = mostConnected(large);
  const mentions = (id: string) => large.mentions.filter((mention) => mention.actorId === id).length;

  it('draws the best-connected actors: none left out has more relations, or as many and more mentions, or the same and an earlier id', () => {
    expect(whole.nodes.length).toBeGreaterThan(LEGIBLE_ACTORS);
    expect(drawn.nodes.length).toBe(LEGIBLE_ACTORS);
    const inDrawing = new Set(ids(drawn));
    const rank = (node: GraphData['nodes'][number]) => [node.degree, mentions(node.id)];
    const outranks = (a: GraphData['nodes'][number], b: GraphData['nodes'][number]) => {
      const [ra, rb] = [rank(a), rank(b)];
      return ra[0] !== rb[0] ? ra[0] > rb[0] : ra[1] !== rb[1] ? ra[1] > rb[1] : a.id < b.id;
    };
    const wrong = whole.nodes
      .filter((node) => !inDrawing.has(node.id))
      .flatMap((left) => drawn.nodes.filter((kept) => outranks(left, kept)).map((kept) => `${left.id} outranks ${kept.id}`));
    expect(wrong).toEqual([]);
    // The boundary is decided by mentions or ids here, so the tie-breaks are exercised.
    const lowest = Math.min(...drawn.nodes.map((node) => node.degree));
    expect(whole.nodes.filter((node) => !inDrawing.has(node.id) && node.degree === lowest).length).toBeGreaterThan(0);
  });

  it('draws every relation among the drawn actors and no other, with each actor’s degree in the whole story', () => {
    const inDrawing = new Set(ids(drawn));
    expect(edgeIds(drawn).sort()).toEqual(large.relations.filter((r) => inDrawing.has(r.from) && inDrawing.has(r.to)).map((r) => r.id).sort());
    for (const node of drawn.nodes) expect(node.degree).toBe(large.relations.filter((r) => r.from === node.id || r.to === node.id).length);
  });

  it('says how many it draws and that the lists hold all of them', () => {
    const words = indexGraphWords(large, drawn);
    expect(words.caption).toBe(
      `The drawing holds the 40 best-connected of the ${whole.nodes.length} actors the article relates, and the ${drawn.edges.length} relations among them, of the 400 it states: the lists below hold all of them.`,
    );
    expect(words.title).toBe('How the story’s actors relate: the 40 best-connected');
  });

  it('lays out only the drawn actors', () => {
    const { wide, narrow } = storyGraph(large);
    expect(wide.nodes.length).toBe(LEGIBLE_ACTORS);
    expect(narrow.nodes.map((node) => node.id)).toEqual(ids(drawn));
  });
});

describe('the index drawing of a small story', () => {
  it('is the whole graph, with the words it always had', () => {
    const story = borderStory();
    expect(mostConnected(story)).toEqual(graphFromStory(story));
    expect(indexGraphWords(story, mostConnected(story)).caption).toBe('The 4 relations the article states between 4 actors.');
    expect(indexGraphWords(miniStory(), mostConnected(miniStory())).caption).toBe('The 1 relation the article states between 2 actors.');
  });
});
