/** oEmbed (JSON, type "rich") for each chart panel, as a static file; chart pages link to it for discovery. */
import type { APIContext } from 'astro';
import { EMBED_PANELS, EMBED_PANEL_TITLES, oEmbedResponse, type EmbedPanel } from '../../../lib/embed';
import { getStories } from '../../../lib/stories';

export async function getStaticPaths() {
  return (await getStories()).flatMap((story) => EMBED_PANELS.map((panel) => ({ params: { slug: story.slug, panel } })));
}

export function GET({ params, site }: APIContext) {
  const panel = params.panel as EmbedPanel;
  const body = oEmbedResponse(site!, params.slug!, panel, EMBED_PANEL_TITLES[panel]);
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
}
