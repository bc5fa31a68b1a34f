/**
 * The chart registry: which charts make up each panel, and which a story has data for. Pages, embeds,
 * downloads and tests all ask here, and an unknown panel is a loud error rather than an empty figure.
 */
import type { Story } from '../../story/types';
import { mapContents, panelMap } from './map/contents';
import { mapSprite } from './map/geometry';
import { renderMap } from './map/render';
import { changesOverTime, overTimeSpec, renderOverTime } from './over-time';
import { panelFigures } from './rows';
import { panelLanesDraw, renderPanelLanes } from './panel-lanes';
import { CHART_PANELS, type ChartPanel, type RenderedChart, type RenderOptions } from './types';

type Renderer = (story: Story, options: RenderOptions) => RenderedChart;

interface ChartEntry {
  name: string;
  render: Renderer;
  /** Whether a story gives this chart anything to draw; a chart with nothing is left out, not drawn empty. */
  draws: (story: Story) => boolean;
  /** Drawing shared by all of a page's layouts of this chart, placed by id (the map's land). */
  sprite?: (story: Story, idPrefix: string) => string;
}

/** A panel's map, drawn when the story has one for the panel (content/stories/<slug>/maps.yaml), whatever it marks. */
function map(panel: ChartPanel): ChartEntry {
  return {
    name: 'map',
    render: (story, options) => renderMap(story, panel, options),
    draws: (story) => panelMap(story, panel) !== undefined,
    sprite: (story, idPrefix) => mapSprite(mapContents(story, panel), idPrefix),
  };
}

/**
 * The panel's figures reported as several different numbers, drawn by date after the panel's lane chart,
 * whose key then covers both.
 */
function overTime(panel: ChartPanel, lanes: ChartEntry): ChartEntry {
  return {
    name: 'over-time',
    render: (story, options) => renderOverTime(overTimeSpec(story, panel, options.origin, !lanes.draws(story)), options),
    draws: (story) => panelFigures(story, panel).some(changesOverTime),
  };
}

/** The panel's lane chart: its figures on one axis per kind of count. */
function lanes(panel: ChartPanel): ChartEntry {
  return { name: panel, render: (story, options) => renderPanelLanes(story, panel, options), draws: (story) => panelLanesDraw(story, panel) };
}

/** Every panel is drawn the same way: its lanes, the figures reported over time, and its map if the story has one. */
function chartsOf(panel: ChartPanel): ChartEntry[] {
  const laneChart = lanes(panel);
  return [laneChart, overTime(panel, laneChart), map(panel)];
}

/** The charts that make up a panel, by name; with a story, only those it gives something to draw. */
export function panelCharts(panel: string, story?: Story): ChartEntry[] {
  if (!CHART_PANELS.includes(panel)) throw new Error(`Unknown chart panel "${panel}" (known: ${CHART_PANELS.join(', ')})`);
  return story ? chartsOf(panel).filter((chart) => chart.draws(story)) : chartsOf(panel);
}

/** The panels a story has something to chart in: pages, embeds and downloads exist only for these. */
export function storyPanels(story: Story): ChartPanel[] {
  return CHART_PANELS.filter((panel) => panelCharts(panel, story).length > 0);
}

/**
 * Renders every chart of a panel the story has data for, at one width; a panel with none is an error.
 * With `spriteId`, charts that have a sprite place the one `panelSprites` drew with that prefix.
 */
export function renderPanel(story: Story, panel: string, options: RenderOptions): RenderedChart[] {
  const charts = panelCharts(panel, story);
  if (charts.length === 0) throw new Error(`Story "${story.slug}" has nothing to chart in the ${panel} panel (see storyPanels)`);
  return charts.map(({ name, render, sprite }) =>
    render(story, {
      ...options,
      idPrefix: options.idPrefix ? `${options.idPrefix}${name}-` : undefined,
      spriteId: sprite && options.spriteId ? `${options.spriteId}${name}-` : undefined,
    }),
  );
}

/** The sprites of a panel's charts (drawings every layout shares), to put once on the page. */
export function panelSprites(story: Story, panel: string, spriteId: string): string[] {
  return panelCharts(panel, story).flatMap(({ name, sprite }) => (sprite ? [sprite(story, `${spriteId}${name}-`)] : []));
}
