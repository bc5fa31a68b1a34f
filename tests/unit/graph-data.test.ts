/** The relationship graph's data: every relation is an edge between two drawn actors, nothing more. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphFromRelations, graphFromStory, shortName, wrapLabel } from '../../src/views/graph/graph-data';
import { connectedGroups } from '../../src/views/graph/components';
import { kindGroupOf, relationFamilyOf } from '../../src/views/graph/vocabulary';
import { actorKinds, relationTypes } from '../../src/views/vocabulary';
import { projectRoot } from '../support/build-site';
import { storyFromFiles } from '../support/story-from-files';
import { REPORT } from '../support/fixture-stories';

const story = storyFromFiles(join(projectRoot, REPORT.root), REPORT.slug);
const graph = graphFromStory(story);

describe('graph from the story', () => {
  it('turns every relation into exactly one edge between two nodes of the graph', () => {
    const nodeIds = new Set(graph.nodes.map((node) => node.id));
    expect(graph.edges.map((edge) => edge.id).sort()).toEqual(story.relations.map((relation) => relation.id).sort());
    for (const relation of story.relations) {
      const edge = graph.edges.find((candidate) => candidate.id === relation.id)!;
      expect([edge.source, edge.type, edge.target]).toEqual([relation.from, relation.type, relation.to]);
      expect(nodeIds.has(edge.source) && nodeIds.has(edge.target), relation.id).toBe(true);
    }
  });

  it('draws exactly the actors that take part in a relation, once each', () => {
    const related = new Set(story.relations.flatMap((relation) => [relation.from, relation.to]));
    expect(graph.nodes.map((node) => node.id).sort()).toEqual([...related].sort());
    for (const node of graph.nodes) {
      expect(node.degree).toBe(story.relations.filter((relation) => relation.from === node.id || relation.to === node.id).length);
    }
  });

  it('numbers parallel edges between the same two actors, whichever way they point', () => {
    const between = graph.edges.filter((edge) => [edge.source, edge.target].sort().join() === 'nazarbayev,tokayev');
    expect(between.length).toBeGreaterThan(1);
    expect(between.map((edge) => edge.parallelIndex).sort()).toEqual(between.map((_, index) => index));
    expect(new Set(between.map((edge) => edge.parallelCount))).toEqual(new Set([between.length]));
  });

  it('fails loudly on a relation to an actor that does not exist', () => {
    expect(() => graphFromRelations([{ id: 'a', name: 'A', kind: 'person' }], [{ id: 'r', from: 'a', to: 'ghost', type: 'accuses' }])).toThrow(/ghost/);
  });
});

describe('vocabulary', () => {
  it('gives every actor kind a group and every relation type a line style', () => {
    expect(Object.keys(actorKinds).length).toBeGreaterThan(5);
    for (const kind of Object.keys(actorKinds)) expect(kindGroupOf(kind).kinds).toContain(kind);
    expect(Object.keys(relationTypes).length).toBeGreaterThan(5);
    for (const type of Object.keys(relationTypes)) expect(relationFamilyOf(type).types).toContain(type);
  });
});

describe('labels', () => {
  it('shortens a name to the acronym in brackets, or drops a bracketed gloss', () => {
    expect(shortName('Collective Security Treaty Organization (CSTO)')).toBe('CSTO');
    expect(shortName('Russian government (the Kremlin)')).toBe('Russian government');
    expect(shortName('Vladimir Putin')).toBe('Vladimir Putin');
  });

  it('wraps long names into lines without splitting words', () => {
    expect(wrapLabel('Kazakhstan’s Security Council', 14)).toEqual(['Kazakhstan’s', 'Security', 'Council']);
    expect(wrapLabel('Kassym-Jomart Tokayev', 14)).toEqual(['Kassym-Jomart', 'Tokayev']);
    expect(wrapLabel('NATO', 14)).toEqual(['NATO']);
  });
});

describe('groups', () => {
  it('splits the graph into connected groups that cover every node once, largest first', () => {
    const groups = connectedGroups(graph);
    expect(groups.flat().sort()).toEqual(graph.nodes.map((node) => node.id).sort());
    expect(groups.map((group) => group.length)).toEqual([...groups.map((group) => group.length)].sort((a, b) => b - a));
    const groupOf = new Map(groups.flatMap((group, index) => group.map((id) => [id, index] as const)));
    for (const edge of graph.edges) expect(groupOf.get(edge.source)).toBe(groupOf.get(edge.target));
  });
});
