/** The static paths every chart download endpoint shares: one per story and chart panel. */
import { storyPanels } from '../../../../views/charts/registry';
import type { ChartPanel } from '../../../../views/charts/types';
import { getStories } from '../../../../story/stories';
import { pageCacheKey } from '../../../../site/page-cache-key';
import type { Story } from '../../../../story/types';

/** The width the SVG and PNG downloads are laid out for. */
export const FILE_WIDTH = 960;

export interface PanelProps {
  story: Story;
  panel: ChartPanel;
}

export async function panelPaths() {
  return (await getStories()).flatMap((story) => storyPanels(story).map((panel) => ({ params: { slug: story.slug, panel }, props: { story, panel } satisfies PanelProps, cacheKey: pageCacheKey(story) })));
}

/** The origin links in downloads are made absolute with. */
export function siteOrigin(site: URL | undefined): string {
  if (!site) throw new Error('astro.config needs `site` so downloads can carry absolute links');
  return site.origin;
}
