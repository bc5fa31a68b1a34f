/**
 * The words and marks the actors pages use for kinds of actor and types of relation. One table, so the
 * index, the profiles, the graph's shapes and line styles, and its legend always agree.
 */
import type { ActorInput } from '../schemas/actor';
import type { RelationInput } from '../schemas/relation';

export type ActorKind = ActorInput['kind'];
export type RelationType = RelationInput['type'];

/** Node shapes: each group of kinds gets its own, so the graph never relies on colour alone. */
export type NodeShape = 'circle' | 'triangle' | 'square' | 'hexagon' | 'diamond' | 'inverted-triangle' | 'ring';

export interface KindGroup {
  id: string;
  /** Heading on the index ("People"). */
  label: string;
  /** One word for a single actor of the group, shown beside its name. */
  singular: Record<string, string>;
  kinds: ActorKind[];
  shape: NodeShape;
}

/** The index's groups, in reading order. Every actor kind belongs to exactly one. */
export const kindGroups: KindGroup[] = [
  { id: 'people', label: 'People', singular: { person: 'Person' }, kinds: ['person'], shape: 'circle' },
  { id: 'states', label: 'States', singular: { state: 'State' }, kinds: ['state'], shape: 'square' },
  { id: 'alliances', label: 'Alliances and blocs', singular: { alliance: 'Alliance' }, kinds: ['alliance'], shape: 'hexagon' },
  {
    id: 'bodies',
    label: 'Government and security bodies',
    singular: { 'government-body': 'Government body', 'security-force': 'Security force' },
    kinds: ['government-body', 'security-force'],
    shape: 'diamond',
  },
  {
    id: 'sources',
    label: 'Media and sources',
    singular: { media: 'Media', 'official-source': 'Official source' },
    kinds: ['media', 'official-source'],
    shape: 'inverted-triangle',
  },
  {
    id: 'analysts',
    label: 'Analysts and think tanks',
    singular: { analyst: 'Analyst', 'think-tank': 'Think tank' },
    kinds: ['analyst', 'think-tank'],
    shape: 'triangle',
  },
  { id: 'groups', label: 'Groups', singular: { group: 'Group' }, kinds: ['group'], shape: 'ring' },
];

export function kindGroupOf(kind: ActorKind): KindGroup {
  const group = kindGroups.find((candidate) => candidate.kinds.includes(kind));
  if (!group) throw new Error(`Actor kind "${kind}" belongs to no group in src/graph/vocabulary.ts`);
  return group;
}

/** "Security force" for a security force. */
export function kindLabel(kind: ActorKind): string {
  return kindGroupOf(kind).singular[kind] ?? kind;
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
  if (!family) throw new Error(`Relation type "${type}" belongs to no family in src/graph/vocabulary.ts`);
  return family;
}

/** How a relation reads between two names: "Nazarbayev — mentor of → Tokayev". */
export const relationVerbs: Record<RelationType, string> = {
  'member-of': 'member of',
  leads: 'leads',
  'mentor-of': 'mentor of',
  'predecessor-of': 'predecessor of',
  'ally-of': 'ally of',
  'requested-help-from': 'asked for help from',
  'deployed-to': 'sent forces to',
  'negotiates-with': 'in talks with',
  accuses: 'accuses',
  opposes: 'opposes',
  'works-at': 'works at',
  'reported-to': 'spoke to',
  removed: 'removed',
  threatens: 'threatens',
};

/** Group headings of the relations list ("Members"), one per type. */
export const relationHeadings: Record<RelationType, string> = {
  'member-of': 'Membership',
  leads: 'Leadership',
  'mentor-of': 'Mentor',
  'predecessor-of': 'Succession',
  'ally-of': 'Alliance',
  'requested-help-from': 'Requests for help',
  'deployed-to': 'Forces sent',
  'negotiates-with': 'Talks',
  accuses: 'Accusations',
  opposes: 'Opposition',
  'works-at': 'Workplace',
  'reported-to': 'Reports to the media',
  removed: 'Removals from office',
  threatens: 'Threats',
};
