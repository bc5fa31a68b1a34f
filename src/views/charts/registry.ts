/**
 * The chart registry: which charts make up each panel, and which a story has data for. Pages, embeds,
 * downloads and tests all ask here, and an unknown panel is a loud error rather than an empty figure.
 */
import type { Story } from '../../story/types';
import { renderCasualties } from './casualties';
import { mapContents, panelMap } from './map/contents';
import { mapSprite } from './map/geometry';
import { renderMap } from './map/render';
import { changesOverTime, overTimeSpec, renderOverTime } from './over-time';
import { panelFigures } from './rows';
import { renderTroops } from './troops';
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

const casualtyLanes: ChartEntry = {
  name: 'casualties',
  render: renderCasualties,
  draws: (story) => panelFigures(story, 'casualties').some((figure) => !changesOverTime(figure)),
};
const troopLanes: ChartEntry = {
  name: 'troops',
  render: renderTroops,
  draws: (story) => panelFigures(story, 'deployment').some((figure) => figure.unit === 'troops' && !changesOverTime(figure)),
};

const PANEL_CHARTS: Record<ChartPanel, ChartEntry[]> = {
  casualties: [casualtyLanes, overTime('casualties', casualtyLanes)],
  deployment: [troopLanes, overTime('deployment', troopLanes), map('deployment')],
};

function isChartPanel(value: string): value is ChartPanel {
  return (CHART_PANELS as readonly string[]).includes(value);
}

/** The charts that make up a panel, by name; with a story, only those it gives something to draw. */
export function panelCharts(panel: string, story?: Story): ChartEntry[] {
  if (!isChartPanel(panel)) throw new Error(`Unknown chart panel "${panel}" (known: ${CHART_PANELS.join(', ')})`);
  return story ? PANEL_CHARTS[panel].filter((chart) => chart.draws(story)) : PANEL_CHARTS[panel];
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
