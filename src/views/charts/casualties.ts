/** The casualties chart: every casualty figure of a story, the article's reports and later ones. */
import type { Story } from '../../story/types';
import { renderLaneChart, type LaneChartSpec } from './lanes';
import { lanesTitle } from './lane-summary';
import { changesOverTime } from './over-time';
import { panelFigures } from './rows';
import { laneGroups, SITE_NAME } from './story-lanes';
import type { RenderedChart, RenderOptions } from './types';

function casualtiesSpec(story: Story, origin?: string): LaneChartSpec {
  const figures = panelFigures(story, 'casualties').filter((figure) => !changesOverTime(figure));
  if (figures.length === 0) throw new Error(`Story "${story.slug}" has no figures on the casualties panel`);
  return {
    name: 'casualties',
    title: lanesTitle(figures, story.meta.published),
    keyFor: laneGroups(story, 'casualties', panelFigures(story, 'casualties'), origin),
    groups: laneGroups(story, 'casualties', figures, origin),
    credit: `${SITE_NAME}. Numbers as their sources gave them; the ranges drawn for vague words are the site’s reading.`,
  };
}

export function renderCasualties(story: Story, options: RenderOptions): RenderedChart {
  return renderLaneChart(casualtiesSpec(story, options.origin), options);
}
