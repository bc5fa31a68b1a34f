/** A chart panel as one standalone SVG file (light theme, its own style, absolute links). */
import type { APIRoute } from 'astro';
import css from '../../../../site/styles/charts.css?raw';
import { panelText } from '../../../../views/charts/panels';
import { renderPanel } from '../../../../site/cached-views';
import { standaloneSvg } from '../../../../views/charts/standalone';
import { FILE_WIDTH, panelPaths, siteOrigin, type PanelProps } from './_panels';

export const getStaticPaths = panelPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { story, panel } = props as PanelProps;
  const charts = renderPanel(story, panel, { width: FILE_WIDTH, origin: siteOrigin(site) });
  return new Response(standaloneSvg(charts, 'light', css, panelText(story, panel).title), { headers: { 'Content-Type': 'image/svg+xml' } });
};
