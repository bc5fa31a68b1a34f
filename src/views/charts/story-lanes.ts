/** Turns a panel's figures into lane groups: each figure with its reports and their rows, made in one pass. */
import type { Figure, Relation, Story } from '../../story/types';
import { SITE } from '../../story/site-identity';
import { reportLanes, type Lane } from './rows';
import type { ChartPanel } from './types';

/** A figure and its lanes, one per report: what a chart draws under one heading. */
export interface LaneGroup {
  figure: Figure;
  lanes: Lane[];
}

export function laneGroups(story: Story, panel: ChartPanel, figures: Figure[], origin?: string): LaneGroup[] {
  return figures.map((figure) => ({ figure, lanes: reportLanes(story, panel, figure, origin) }));
}

/** The site's name as charts credit it. */
export const SITE_NAME = SITE.name;

/**
 * An alliance's `member-of` relations, in the order the article names the members: by where each
 * member's name stands in the words the relation cites.
 */
export function allianceMembers(story: Story, allianceId: string): Relation[] {
  const names = new Map(story.actors.map((actor) => [actor.id, actor.name]));
  const at = (relation: Relation) => {
    const index = relation.citation.articleText.indexOf(names.get(relation.from) ?? relation.from);
    return index < 0 ? Infinity : index;
  };
  return story.relations
    .filter((relation) => relation.type === 'member-of' && relation.to === allianceId)
    .map((relation, index) => ({ relation, index, at: at(relation) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ relation }) => relation);
}
