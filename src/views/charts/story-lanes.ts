/** Turns a panel's figures into lane groups, pairing each report with its table row. */
import type { Figure, Relation, Story } from '../../story/types';
import { SITE } from '../../story/site-identity';
import type { LaneGroup } from './lanes';
import { chartRows, orderedReports, type ChartRow } from './rows';
import type { ChartPanel } from './types';

export function laneGroups(story: Story, panel: ChartPanel, figures: Figure[], origin?: string): LaneGroup[] {
  const rows = chartRows(story, panel, origin);
  const rowOf = (figureId: string, reportId: string): ChartRow => {
    const row = rows.find((candidate) => candidate.figureId === figureId && candidate.reportId === reportId);
    if (!row) throw new Error(`No chart row for figure "${figureId}" report "${reportId}"`);
    return row;
  };
  return figures.map((figure) => ({
    figure,
    lanes: orderedReports(figure).map((report) => ({ report, row: rowOf(figure.id, report.id) })),
  }));
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
