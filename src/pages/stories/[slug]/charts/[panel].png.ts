/** A chart panel as a PNG, rendered at build time by resvg from the same standalone SVG as the download. */
import type { APIRoute } from 'astro';
import css from '../../../../site/styles/charts.css?raw';
import { panelText } from '../../../../views/charts/panels';
import { renderPanel, svgToPng } from '../../../../site/cached-views';
import { standaloneSvg } from '../../../../views/charts/standalone';
import { FILE_WIDTH, panelPaths, siteOrigin, type PanelProps } from './_panels';

export const getStaticPaths = panelPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { story, panel } = props as PanelProps;
  const charts = renderPanel(story, panel, { width: FILE_WIDTH, origin: siteOrigin(site) });
  const png = svgToPng(standaloneSvg(charts, 'light', css, panelText(story, panel).title));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
