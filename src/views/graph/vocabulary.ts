/**
 * How the actors pages group kinds of actor and types of relation, and the marks the graph draws for
 * them (shapes, dash patterns). Which group a kind belongs to, and which family a type, is content (the
 * `group` and `family` of each value in content/vocabulary.yaml); the label of each single kind and type is
 * the site's one vocabulary (src/views/vocabulary.ts); the group headings here name groups, not values.
 */
import type { ActorGroupId, RelationFamilyId } from '../../story/schemas/vocabulary';
import { actorKinds, relationTypes, type ActorKind, type RelationType } from '../vocabulary';

/** Node shapes: each group of kinds gets its own, so the graph never relies on colour alone. */
export type NodeShape = 'circle' | 'triangle' | 'square' | 'hexagon' | 'diamond' | 'inverted-triangle' | 'ring';

export interface KindGroup {
  id: ActorGroupId;
  /** Heading on the index ("People"). */
  label: string;
  kinds: ActorKind[];
  shape: NodeShape;
}

const kindsIn = (group: ActorGroupId): ActorKind[] => Object.keys(actorKinds).filter((kind) => actorKinds[kind]!.group === group);

/** The index's groups, in reading order. Every actor kind belongs to exactly one (its `group`). */
export const kindGroups: KindGroup[] = (
  [
    { id: 'people', label: 'People', shape: 'circle' },
    { id: 'states', label: 'States', shape: 'square' },
    { id: 'alliances', label: 'Alliances and blocs', shape: 'hexagon' },
    { id: 'bodies', label: 'Government and security bodies', shape: 'diamond' },
    { id: 'sources', label: 'Media and sources', shape: 'inverted-triangle' },
    { id: 'analysts', label: 'Analysts and think tanks', shape: 'triangle' },
    { id: 'groups', label: 'Groups', shape: 'ring' },
  ] satisfies Omit<KindGroup, 'kinds'>[]
).map((group) => ({ ...group, kinds: kindsIn(group.id) }));

export function kindGroupOf(kind: ActorKind): KindGroup {
  const group = kindGroups.find((candidate) => candidate.kinds.includes(kind));
  if (!group) throw new Error(`Actor kind "${kind}" belongs to no group: give it a "group" in content/vocabulary.yaml`);
  return group;
}

/** Line styles: a family of relation types shares a dash pattern and weight as well as a colour. */
export interface RelationFamily {
  id: RelationFamilyId;
  label: string;
  types: RelationType[];
  /** SVG stroke-dasharray, or null for a solid line. */
  dash: string | null;
  width: number;
}

const typesIn = (family: RelationFamilyId): RelationType[] => Object.keys(relationTypes).filter((type) => relationTypes[type]!.family === family);

export const relationFamilies: RelationFamily[] = (
  [
    { id: 'structure', label: 'Membership and leadership', dash: null, width: 1.25 },
    { id: 'ties', label: 'Ties and succession', dash: '8 3 2 3', width: 1.75 },
    { id: 'force', label: 'Help and troops', dash: null, width: 3 },
    { id: 'talks', label: 'Talks and reports', dash: '2 3', width: 2 },
    { id: 'conflict', label: 'Conflict and pressure', dash: '7 4', width: 1.75 },
  ] satisfies Omit<RelationFamily, 'types'>[]
).map((family) => ({ ...family, types: typesIn(family.id) }));

export function relationFamilyOf(type: RelationType): RelationFamily {
  const family = relationFamilies.find((candidate) => candidate.types.includes(type));
  if (!family) throw new Error(`Relation type "${type}" belongs to no family: give it a "family" in content/vocabulary.yaml`);
  return family;
}
