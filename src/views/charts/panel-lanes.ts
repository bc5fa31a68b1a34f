/**
 * A panel's lane chart: every figure of the panel that is not redrawn over time, one axis per kind of
 * count; a count of states (an alliance's members) is drawn as one square per state the article names,
 * not on an axis. Any panel of any story is drawn this way; what it is called comes from the vocabulary.
 */
import type { Figure, Story } from '../../story/types';
import { renderLaneChart, type LaneChartSpec } from './lanes';
import { lanesTitle } from './lane-summary';
import { panelMap } from './map/contents';
import { changesOverTime } from './over-time';
import { panelFigures } from './rows';
import { allianceMembers, laneGroups, SITE_NAME } from './story-lanes';
import type { ChartPanel, RenderedChart, RenderOptions } from './types';
import type { UnitGroup } from './unit-lane';

/** A count of states is drawn as squares, not as a mark on an axis. */
const countsStates = (figure: Figure) => figure.unit === 'states';

/** The figures a panel's lane chart puts on its axes. */
function onAxes(story: Story, panel: ChartPanel): Figure[] {
  return panelFigures(story, panel).filter((figure) => !countsStates(figure) && !changesOverTime(figure));
}

/** Whether a panel has any figure for its lane chart to draw on an axis. */
export function panelLanesDraw(story: Story, panel: ChartPanel): boolean {
  return onAxes(story, panel).length > 0;
}

function panelLanesSpec(story: Story, panel: ChartPanel, origin?: string): LaneChartSpec {
  const figures = panelFigures(story, panel);
  const axes = onAxes(story, panel);
  if (axes.length === 0) throw new Error(`Story "${story.slug}" has no figures to draw on an axis in the ${panel} panel`);
  const alliance = panelMap(story, panel)?.alliance;
  const names = new Map(story.actors.map((actor) => [actor.id, actor.name]));
  const members = alliance ? allianceMembers(story, alliance).map((relation) => names.get(relation.from) ?? relation.from) : [];
  const units: UnitGroup[] = laneGroups(story, panel, figures.filter(countsStates), origin).flatMap((group) =>
    group.lanes
      .filter((lane) => lane.report.origin === 'article' && lane.report.value.type === 'exact')
      .map((lane) => ({ figure: group.figure, lane, count: lane.report.value.type === 'exact' ? lane.report.value.value : 0, names: members })),
  );
  return {
    name: panel,
    title: lanesTitle(axes, story.meta.published),
    keyFor: laneGroups(story, panel, figures, origin),
    groups: laneGroups(story, panel, axes, origin),
    units,
    credit: `${SITE_NAME}. Numbers as their sources gave them; the ranges drawn for vague words are the site’s reading.`,
  };
}

export function renderPanelLanes(story: Story, panel: ChartPanel, options: RenderOptions): RenderedChart {
  return renderLaneChart(panelLanesSpec(story, panel, options.origin), options);
}
