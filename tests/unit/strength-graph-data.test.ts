/**
 * What the relationship graph is made of, before anything is drawn (src/views/graph/graph-data.ts,
 * vocabulary.ts, components.ts): the short name and the lines of each node's label, which actors become
 * nodes and in what order, how relations between the same two actors are numbered, which shape and line
 * style each kind and type gets, and the connected groups the layout starts from, in their order.
 */
import { describe, expect, it } from 'vitest';
import { connectedGroups } from '../../src/views/graph/components';
import { graphFromRelations, shortName, wrapLabel } from '../../src/views/graph/graph-data';
import { kindGroupOf, kindGroups, relationFamilies, relationFamilyOf } from '../../src/views/graph/vocabulary';
import { actorKinds, relationTypes } from '../../src/views/vocabulary';

const person = (id: string, name = id.toUpperCase()) => ({ id, name, kind: 'person' });
const relation = (id: string, from: string, to: string, type = 'accuses') => ({ id, from, to, type });

describe('the short name a node shows', () => {
  it('keeps an acronym in brackets, in any alphabet, with digits, or of two letters', () => {
    expect(shortName('Group of Seven (G7)')).toBe('G7');
    expect(shortName('United Nations (UN)')).toBe('UN');
    expect(shortName('Организация Договора о коллективной безопасности (ОДКБ)')).toBe('ОДКБ');
  });

  it('drops a bracketed gloss that is no acronym: one letter, lower-case letters, or words around an acronym', () => {
    expect(shortName('Plan (B)')).toBe('Plan');
    expect(shortName('Ministry of Defence (Mod)')).toBe('Ministry of Defence');
    expect(shortName('Atlantic alliance (see NATO)')).toBe('Atlantic alliance');
    expect(shortName('Atlantic alliance (NATO members)')).toBe('Atlantic alliance');
  });

  it('takes the brackets at the end only, spaces after them allowed, and leaves brackets inside a name alone', () => {
    expect(shortName('Security Council (SC) of Kazakhstan')).toBe('Security Council (SC) of Kazakhstan');
    expect(shortName('Security Council (SC) ')).toBe('SC');
    expect(shortName('Security Council(the council)')).toBe('Security Council');
  });
});

describe('the lines of a node’s label', () => {
  it('wraps at 14 characters unless told otherwise: a line of exactly 14 stays one line, 15 does not', () => {
    expect(wrapLabel('Aaaaa Bbbbb Cc')).toEqual(['Aaaaa Bbbbb Cc']);
    expect(wrapLabel('Aaaaa Bbbbb Ccc')).toEqual(['Aaaaa Bbbbb', 'Ccc']);
    expect(wrapLabel('Aaaaa Bbbbb Ccc', 15)).toEqual(['Aaaaa Bbbbb Ccc']);
    expect(wrapLabel('Aa Bb Cc', 4)).toEqual(['Aa', 'Bb', 'Cc']);
  });

  it('puts as many words on a line as fit, then starts the next line with the word that did not', () => {
    expect(wrapLabel('Regional Rescue Service of the North')).toEqual(['Regional', 'Rescue Service', 'of the North']);
  });

  it('keeps a word longer than a line whole, and goes on after it', () => {
    expect(wrapLabel('Nurmukhambetova Ali')).toEqual(['Nurmukhambetova', 'Ali']);
    expect(wrapLabel('Al Nurmukhambetova')).toEqual(['Al', 'Nurmukhambetova']);
  });

  it('ignores spaces at either end and runs of spaces, and has no line for an empty name', () => {
    expect(wrapLabel('  NATO  ')).toEqual(['NATO']);
    expect(wrapLabel('Arlen   Vos')).toEqual(['Arlen Vos']);
    expect(wrapLabel('')).toEqual([]);
  });
});

describe('the nodes and edges of a graph', () => {
  it('makes nodes of the related actors only, in the order the story lists actors, not the order of relations', () => {
    const graph = graphFromRelations([person('a'), person('lonely'), person('b'), person('c')], [relation('r1', 'c', 'a'), relation('r2', 'b', 'c')]);
    expect(graph.nodes.map((node) => node.id)).toEqual(['a', 'b', 'c']);
    expect(graph.edges.map((edge) => [edge.id, edge.source, edge.target])).toEqual([
      ['r1', 'c', 'a'],
      ['r2', 'b', 'c'],
    ]);
  });

  it('counts each relation once for each of its two actors', () => {
    const graph = graphFromRelations([person('a'), person('b'), person('c')], [relation('r1', 'a', 'b'), relation('r2', 'a', 'c'), relation('r3', 'c', 'a')]);
    expect(Object.fromEntries(graph.nodes.map((node) => [node.id, node.degree]))).toEqual({ a: 3, b: 1, c: 2 });
  });

  it('labels a node with its short name, wrapped, and keeps the full name for its tooltip', () => {
    const graph = graphFromRelations(
      [
        { id: 'csto', name: 'Collective Security Treaty Organization (CSTO)', kind: 'alliance' },
        { id: 'tokayev', name: 'Kassym-Jomart Tokayev', kind: 'person' },
      ],
      [relation('r', 'tokayev', 'csto', 'requested-help-from')],
    );
    expect(graph.nodes.map((node) => [node.name, node.label])).toEqual([
      ['Collective Security Treaty Organization (CSTO)', ['CSTO']],
      ['Kassym-Jomart Tokayev', ['Kassym-Jomart', 'Tokayev']],
    ]);
  });

  it('gives each node its kind’s group and shape, and each edge its type’s family', () => {
    const graph = graphFromRelations(
      [
        { id: 'state', name: 'State', kind: 'state' },
        { id: 'army', name: 'Army', kind: 'security-force' },
      ],
      [relation('r', 'state', 'army', 'deployed-to')],
    );
    expect(graph.nodes.map((node) => [node.kind, node.group, node.shape])).toEqual([
      ['state', 'states', 'square'],
      ['security-force', 'bodies', 'diamond'],
    ]);
    expect(graph.edges[0].family).toBe('force');
    expect(graph.edges[0].type).toBe('deployed-to');
  });

  it('numbers the relations between the same two actors in the story’s order, whichever way each points, and others 0 of 1', () => {
    const graph = graphFromRelations(
      [person('a'), person('b'), person('c')],
      [relation('ab', 'a', 'b'), relation('bc', 'b', 'c'), relation('ba', 'b', 'a'), relation('ab-again', 'a', 'b')],
    );
    expect(graph.edges.map((edge) => [edge.id, edge.parallelIndex, edge.parallelCount])).toEqual([
      ['ab', 0, 3],
      ['bc', 0, 1],
      ['ba', 1, 3],
      ['ab-again', 2, 3],
    ]);
  });

  it('does not take two pairs for one when their ids run together ("a"+"bc" and "ab"+"c")', () => {
    const graph = graphFromRelations([person('a'), person('bc'), person('ab'), person('c')], [relation('r1', 'a', 'bc'), relation('r2', 'ab', 'c')]);
    expect(graph.edges.map((edge) => edge.parallelCount)).toEqual([1, 1]);
  });

  it('is empty for a story without relations', () => {
    expect(graphFromRelations([person('a'), person('b')], [])).toEqual({ nodes: [], edges: [] });
  });

  it('names the relation and the missing actor when a relation points to no actor, at either end', () => {
    expect(() => graphFromRelations([person('a')], [relation('r9', 'a', 'ghost')])).toThrow('Relation "r9" names unknown actor "ghost"');
    expect(() => graphFromRelations([person('a')], [relation('r8', 'nobody', 'a')])).toThrow('Relation "r8" names unknown actor "nobody"');
  });
});

describe('the shapes and line styles of the legend', () => {
  it('lists the groups of kinds in the index’s reading order, with their headings', () => {
    expect(kindGroups.map((group) => [group.id, group.label])).toEqual([
      ['people', 'People'],
      ['states', 'States'],
      ['alliances', 'Alliances and blocs'],
      ['bodies', 'Government and security bodies'],
      ['sources', 'Media and sources'],
      ['analysts', 'Analysts and think tanks'],
      ['groups', 'Groups'],
    ]);
  });

  it('puts each kind of actor in exactly one group, and each relation type in exactly one family', () => {
    expect(kindGroups.flatMap((group) => group.kinds).sort()).toEqual(Object.keys(actorKinds).sort());
    expect(relationFamilies.flatMap((family) => family.types).sort()).toEqual(Object.keys(relationTypes).sort());
  });

  it('draws people as circles, states as squares, armed groups as rings, think tanks as triangles, media upside down', () => {
    expect(kindGroupOf('person').shape).toBe('circle');
    expect(kindGroupOf('state').shape).toBe('square');
    expect(kindGroupOf('armed-group').shape).toBe('ring');
    expect(kindGroupOf('think-tank').shape).toBe('triangle');
    expect(kindGroupOf('media').shape).toBe('inverted-triangle');
  });

  it('lists the families of relations in the legend’s order; force is the heaviest line, membership the lightest and solid', () => {
    expect(relationFamilies.map((family) => family.label)).toEqual([
      'Membership and leadership',
      'Ties and succession',
      'Help and troops',
      'Talks and reports',
      'Conflict and pressure',
    ]);
    const widths = relationFamilies.map((family) => family.width);
    expect(relationFamilyOf('deployed-to').width).toBe(Math.max(...widths));
    expect(relationFamilyOf('member-of').width).toBe(Math.min(...widths));
    expect(relationFamilyOf('member-of').dash).toBeNull();
    expect(relationFamilyOf('accuses').dash).toBe('7 4');
  });

  it('says where to fix a kind or type that belongs to no group or family', () => {
    expect(() => kindGroupOf('wizard')).toThrow('Actor kind "wizard" belongs to no group: give it a "group" in content/vocabulary.yaml');
    expect(() => relationFamilyOf('haunts')).toThrow('Relation type "haunts" belongs to no family: give it a "family" in content/vocabulary.yaml');
  });
});

describe('the connected groups the layout starts from', () => {
  it('starts a group at its best-connected actor and goes out from it, better-connected neighbours first', () => {
    // hub–x, hub–y, hub–z, z–w: hub has 3 relations, z 2, the rest 1; p–q stands apart.
    const graph = graphFromRelations(
      ['x', 'y', 'p', 'hub', 'z', 'w', 'q'].map((id) => person(id)),
      [relation('1', 'hub', 'x'), relation('2', 'hub', 'y'), relation('3', 'hub', 'z'), relation('4', 'z', 'w'), relation('5', 'p', 'q')],
    );
    expect(connectedGroups(graph)).toEqual([
      ['hub', 'z', 'x', 'y', 'w'],
      ['p', 'q'],
    ]);
  });

  it('puts the largest group first even when a smaller one holds the best-connected actor, and lists each actor once', () => {
    // p and q share three relations; the chain a–b–c–d is larger but less connected.
    const graph = graphFromRelations(
      ['a', 'b', 'c', 'd', 'p', 'q'].map((id) => person(id)),
      [relation('1', 'a', 'b'), relation('2', 'b', 'c'), relation('3', 'c', 'd'), relation('4', 'p', 'q'), relation('5', 'q', 'p'), relation('6', 'p', 'q')],
    );
    expect(connectedGroups(graph)).toEqual([
      ['b', 'c', 'a', 'd'],
      ['p', 'q'],
    ]);
  });

  it('keeps the story’s order between equally connected actors and groups, and has no groups for an empty graph', () => {
    // l has two relations; k and m one each, met through l in the order of the relations; c–d and a–b tie.
    const graph = graphFromRelations(
      ['c', 'd', 'm', 'k', 'l', 'a', 'b'].map((id) => person(id)),
      [relation('1', 'a', 'b'), relation('2', 'k', 'l'), relation('3', 'm', 'l'), relation('4', 'c', 'd')],
    );
    expect(connectedGroups(graph)).toEqual([['l', 'k', 'm'], ['c', 'd'], ['a', 'b']]);
    expect(connectedGroups({ nodes: [], edges: [] })).toEqual([]);
  });
});
