/** oEmbed (JSON, type "rich") for each chart panel, as a static file; chart pages link to it for discovery. */
import type { APIContext } from 'astro';
import { panelText } from '../../../views/charts/panels';
import { storyPanels } from '../../../views/charts/registry';
import type { ChartPanel } from '../../../views/charts/types';
import { oEmbedResponse } from '../../../views/charts/embed';
import { getStories } from '../../../story/stories';
import { pageCacheKey } from '../../../site/page-cache-key';
import { SITE_NAME } from '../../../views/share';

export async function getStaticPaths() {
  return (await getStories()).flatMap((story) => storyPanels(story).map((panel) => ({ params: { slug: story.slug, panel }, props: { title: panelText(story, panel).title }, cacheKey: pageCacheKey(story) })));
}

export function GET({ params, props, site }: APIContext) {
  const panel = params.panel as ChartPanel;
  const body = oEmbedResponse(site!, params.slug!, panel, (props as { title: string }).title, SITE_NAME);
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
}
