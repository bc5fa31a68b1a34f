/** A chart panel's data as CSV: one row per figure report, with sources and excerpts. */
import type { APIRoute } from 'astro';
import { rowsToCsv } from '../../../../views/charts/downloads';
import { chartRows } from '../../../../views/charts/rows';
import { panelPaths, siteOrigin, type PanelProps } from './_panels';

export const getStaticPaths = panelPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { story, panel } = props as PanelProps;
  return new Response(rowsToCsv(chartRows(story, panel, siteOrigin(site))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
