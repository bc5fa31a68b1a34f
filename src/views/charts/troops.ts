/**
 * The troops chart of the deployment panel: the troops the article counts on one axis, and the count of
 * the alliance's member states (not troops) as one square per state the article names.
 */
import type { Story } from '../../story/types';
import { panelMap } from './map/contents';
import { renderLaneChart, type LaneChartSpec } from './lanes';
import { lanesTitle } from './lane-summary';
import type { UnitGroup } from './unit-lane';
import { changesOverTime } from './over-time';
import { panelFigures } from './rows';
import { allianceMembers, laneGroups, SITE_NAME } from './story-lanes';
import type { RenderedChart, RenderOptions } from './types';

function troopsSpec(story: Story, origin?: string): LaneChartSpec {
  const figures = panelFigures(story, 'deployment');
  const onAxis = figures.filter((figure) => figure.unit === 'troops' && !changesOverTime(figure));
  if (onAxis.length === 0) throw new Error(`Story "${story.slug}" has no troop figures on the deployment panel`);
  const counted = figures.filter((figure) => figure.unit === 'states');
  const alliance = panelMap(story, 'deployment')?.alliance;
  const names = new Map(story.actors.map((actor) => [actor.id, actor.name]));
  const members = alliance ? allianceMembers(story, alliance).map((relation) => names.get(relation.from) ?? relation.from) : [];
  const units: UnitGroup[] = laneGroups(story, 'deployment', counted, origin).flatMap((group) =>
    group.lanes
      .filter((lane) => lane.report.origin === 'article' && lane.report.value.type === 'exact')
      .map((lane) => ({ figure: group.figure, lane, count: lane.report.value.type === 'exact' ? lane.report.value.value : 0, names: members })),
  );
  return {
    name: 'troops',
    title: lanesTitle(onAxis, story.meta.published),
    keyFor: laneGroups(story, 'deployment', panelFigures(story, 'deployment'), origin),
    groups: laneGroups(story, 'deployment', onAxis, origin),
    units,
    credit: `${SITE_NAME}. Numbers as their sources gave them; the ranges drawn for vague words are the site’s reading.`,
  };
}

export function renderTroops(story: Story, options: RenderOptions): RenderedChart {
  return renderLaneChart(troopsSpec(story, options.origin), options);
}
