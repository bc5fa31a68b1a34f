/**
 * How the actors pages group kinds of actor and types of relation, and the marks the graph draws for
 * them (shapes, dash patterns). The label of each single kind and type is the site's one vocabulary
 * (src/views/vocabulary.ts); the group headings here name groups, not values.
 */
import type { ActorKind, RelationType } from '../vocabulary';

/** Node shapes: each group of kinds gets its own, so the graph never relies on colour alone. */
export type NodeShape = 'circle' | 'triangle' | 'square' | 'hexagon' | 'diamond' | 'inverted-triangle' | 'ring';

export interface KindGroup {
  id: string;
  /** Heading on the index ("People"). */
  label: string;
  kinds: ActorKind[];
  shape: NodeShape;
}

/** The index's groups, in reading order. Every actor kind belongs to exactly one. */
export const kindGroups: KindGroup[] = [
  { id: 'people', label: 'People', kinds: ['person'], shape: 'circle' },
  { id: 'states', label: 'States', kinds: ['state'], shape: 'square' },
  { id: 'alliances', label: 'Alliances and blocs', kinds: ['alliance'], shape: 'hexagon' },
  { id: 'bodies', label: 'Government and security bodies', kinds: ['government-body', 'security-force'], shape: 'diamond' },
  { id: 'sources', label: 'Media and sources', kinds: ['media', 'official-source'], shape: 'inverted-triangle' },
  { id: 'analysts', label: 'Analysts and think tanks', kinds: ['analyst', 'think-tank'], shape: 'triangle' },
  { id: 'groups', label: 'Groups', kinds: ['group'], shape: 'ring' },
];

export function kindGroupOf(kind: ActorKind): KindGroup {
  const group = kindGroups.find((candidate) => candidate.kinds.includes(kind));
  if (!group) throw new Error(`Actor kind "${kind}" belongs to no group in src/views/graph/vocabulary.ts`);
  return group;
}

/** Line styles: a family of relation types shares a dash pattern and weight as well as a colour. */
export interface RelationFamily {
  id: string;
  label: string;
  types: RelationType[];
  /** SVG stroke-dasharray, or null for a solid line. */
  dash: string | null;
  width: number;
}

export const relationFamilies: RelationFamily[] = [
  { id: 'structure', label: 'Membership and leadership', types: ['member-of', 'leads', 'works-at'], dash: null, width: 1.25 },
  { id: 'ties', label: 'Ties and succession', types: ['mentor-of', 'predecessor-of', 'ally-of'], dash: '8 3 2 3', width: 1.75 },
  { id: 'force', label: 'Help and troops', types: ['requested-help-from', 'deployed-to'], dash: null, width: 3 },
  { id: 'talks', label: 'Talks and reports', types: ['negotiates-with', 'reported-to'], dash: '2 3', width: 2 },
  { id: 'conflict', label: 'Conflict and pressure', types: ['accuses', 'opposes', 'removed', 'threatens'], dash: '7 4', width: 1.75 },
];

export function relationFamilyOf(type: RelationType): RelationFamily {
  const family = relationFamilies.find((candidate) => candidate.types.includes(type));
  if (!family) throw new Error(`Relation type "${type}" belongs to no family in src/views/graph/vocabulary.ts`);
  return family;
}
