/** RSS feed of the latest stories, newest first (fixture stories never appear); the archive lists them all. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { FEED_ITEMS, latest } from '../views/archive';
import { routes } from '../views/routes';
import { SITE_NAME } from '../views/share';
import { listedStories } from '../story/stories';

export async function GET(context: APIContext) {
  const stories = await listedStories({ fixtures: false });
  return rss({
    title: SITE_NAME,
    description: `News reports kept verbatim, with timelines, actor profiles and charts in which every fact cites the article. The latest ${FEED_ITEMS} reports; every report is listed at ${new URL(routes.archive(), context.site)}`,
    site: context.site!,
    items: latest(stories, FEED_ITEMS).map((story) => ({
      title: story.meta.title,
      description: `Summary by this site: ${story.meta.summary}`,
      pubDate: new Date(`${story.meta.published}T00:00:00Z`),
      link: routes.story(story.slug),
    })),
  });
}
