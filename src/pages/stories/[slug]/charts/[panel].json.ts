/** A chart panel's data as JSON: the figures, the site's notes on them, and one row per report. */
import type { APIRoute } from 'astro';
import { panelJson } from '../../../../views/charts/downloads';
import { panelPaths, siteOrigin, type PanelProps } from './_panels';

export const getStaticPaths = panelPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { story, panel } = props as PanelProps;
  return new Response(`${JSON.stringify(panelJson(story, panel, siteOrigin(site)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
