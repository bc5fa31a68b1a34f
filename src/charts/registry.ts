/**
 * The chart registry: which charts make up each panel. Pages, embeds, downloads and tests all ask here,
 * and an unknown panel is a loud error rather than an empty figure.
 */
import type { Story } from '../model/types';
import { renderCasualties } from './casualties';
import { renderMap } from './map';
import { renderTroops } from './troops';
import { CHART_PANELS, type ChartPanel, type RenderedChart, type RenderOptions } from './types';

type Renderer = (story: Story, options: RenderOptions) => RenderedChart;

export const PANEL_CHARTS: Record<ChartPanel, { name: string; render: Renderer }[]> = {
  casualties: [{ name: 'casualties', render: renderCasualties }],
  deployment: [
    { name: 'troops', render: renderTroops },
    { name: 'map', render: renderMap },
  ],
};

export function isChartPanel(value: string): value is ChartPanel {
  return (CHART_PANELS as readonly string[]).includes(value);
}

/** The charts that make up a panel, by name, each with its renderer. */
export function panelCharts(panel: string): { name: string; render: Renderer }[] {
  if (!isChartPanel(panel)) throw new Error(`Unknown chart panel "${panel}" (known: ${CHART_PANELS.join(', ')})`);
  return PANEL_CHARTS[panel];
}

/** Renders every chart of a panel at one width. */
export function renderPanel(story: Story, panel: string, options: RenderOptions): RenderedChart[] {
  return panelCharts(panel).map(({ name, render }) =>
    render(story, { ...options, idPrefix: options.idPrefix ? `${options.idPrefix}${name}-` : undefined }),
  );
}
