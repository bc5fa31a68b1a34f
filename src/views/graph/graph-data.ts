/**
 * The relationship graph as plain data: one node per actor that takes part in a relation, one edge per
 * relation. Actors with no relation stay off the graph (the index lists them); nothing is inferred, so
 * every edge rests on the excerpt its relation cites.
 */
import type { Actor, Relation, Story } from '../../story/types';
import type { ActorKind, RelationType } from '../vocabulary';
import { kindGroupOf, relationFamilyOf, type NodeShape } from './vocabulary';

export interface GraphNode {
  id: string;
  name: string;
  kind: ActorKind;
  /** The index group the kind belongs to; also the node's CSS class. */
  group: string;
  shape: NodeShape;
  /** The label's lines ("Kassym-Jomart", "Tokayev"). */
  label: string[];
  /** How many relations the node takes part in. */
  degree: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  family: string;
  /** Position among the edges joining the same two nodes (either direction), and how many there are. */
  parallelIndex: number;
  parallelCount: number;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The short name a node shows: "CSTO" for "Collective Security Treaty Organization (CSTO)". */
export function shortName(name: string): string {
  const match = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name);
  if (!match) return name;
  const [, before, inside] = match;
  return /^[\p{Lu}\d]{2,}$/u.test(inside) ? inside : before;
}

/** Breaks a name into lines of at most `maxChars` where it can (a long single word stays whole). */
export function wrapLabel(text: string, maxChars = 14): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export function graphFromRelations(actors: Pick<Actor, 'id' | 'name' | 'kind'>[], relations: Pick<Relation, 'id' | 'from' | 'to' | 'type'>[]): GraphData {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const degree = new Map<string, number>();
  const pairs = new Map<string, string[]>();
  for (const relation of relations) {
    for (const end of [relation.from, relation.to]) {
      if (!byId.has(end)) throw new Error(`Relation "${relation.id}" names unknown actor "${end}"`);
      degree.set(end, (degree.get(end) ?? 0) + 1);
    }
    const key = pairKey(relation.from, relation.to);
    pairs.set(key, [...(pairs.get(key) ?? []), relation.id]);
  }

  // Data order keeps the layout's starting positions, and so its result, stable.
  const nodes: GraphNode[] = actors
    .filter((actor) => degree.has(actor.id))
    .map((actor) => {
      const group = kindGroupOf(actor.kind);
      return {
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        group: group.id,
        shape: group.shape,
        label: wrapLabel(shortName(actor.name)),
        degree: degree.get(actor.id)!,
      };
    });

  const edges: GraphEdge[] = relations.map((relation) => {
    const siblings = pairs.get(pairKey(relation.from, relation.to))!;
    return {
      id: relation.id,
      source: relation.from,
      target: relation.to,
      type: relation.type,
      family: relationFamilyOf(relation.type).id,
      parallelIndex: siblings.indexOf(relation.id),
      parallelCount: siblings.length,
    };
  });
  return { nodes, edges };
}

/** The story's whole relationship graph. */
export function graphFromStory(story: Pick<Story, 'actors' | 'relations'>): GraphData {
  return graphFromRelations(story.actors, story.relations);
}
