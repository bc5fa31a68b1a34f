/** Every page can be shared: canonical URL, description, Open Graph/Twitter tags and an existing image. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { FEED_ITEMS, latest } from '../../src/views/archive';
import { routes } from '../../src/views/routes';
import { shareImagePath } from '../../src/views/share';
import { listPages, loadPage, siteDir } from '../support/site';
import { siteStories } from '../support/site-stories';

describe('share metadata on every page', () => {
  const pages = listPages();

  it.each(pages)('%s has canonical, description, OG and Twitter tags and its share image', (page) => {
    const $ = loadPage(page);
    const canonical = $('link[rel="canonical"]').attr('href') ?? '';
    expect(canonical).toMatch(/^https?:\/\//);
    expect(($('meta[name="description"]').attr('content') ?? '').length).toBeGreaterThan(10);
    for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'og:type']) {
      expect($(`meta[property="${property}"]`).attr('content'), property).toBeTruthy();
    }
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
    const image = new URL($('meta[property="og:image"]').attr('content')!).pathname;
    const file = join(siteDir(), image);
    expect(existsSync(file), `${image} exists`).toBe(true);
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
  });
});

const stories = siteStories();

it('finds the site’s stories to check', () => {
  expect(stories.length).toBeGreaterThan(0);
});

describe.each(stories.map((story) => [story.slug, story] as const))('the story %s', (_, story) => {
  const ARTICLE = routes.story(story.slug);

  it('describes itself as a NewsArticle with its source and date', () => {
    const $ = loadPage(ARTICLE);
    const data = JSON.parse($('script[type="application/ld+json"]').text());
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe(story.meta.title);
    expect(data.datePublished).toBe(story.meta.published);
    expect(data.sourceOrganization.name).toBe(story.meta.source);
  });

  if (story.actors.length > 0) {
    it('shows the story’s card on each actor’s profile, named by the profile’s own title; the story’s other pages have cards of their own', () => {
      const image = ($: ReturnType<typeof loadPage>) => $('meta[property="og:image"]').attr('content');
      const storyCard = image(loadPage(ARTICLE));
      for (const actor of story.actors) {
        const $ = loadPage(routes.actor(story.slug, actor.id));
        expect(image($), actor.id).toBe(storyCard);
        expect($('meta[property="og:image:alt"]').attr('content'), actor.id).toContain(story.meta.title);
        expect($('meta[property="og:title"]').attr('content'), actor.id).toContain(actor.name);
      }
      const own = [routes.actors(story.slug), routes.timeline(story.slug), routes.claims(story.slug), ...story.sections.map((section) => routes.section(story.slug, section.id))];
      for (const page of own) expect(image(loadPage(page)), page).toBe(new URL(shareImagePath(page), storyCard).href);
    });
  }

  if (story.sections.length > 0) {
    it('has a share page per section whose preview names the section and links to its place', () => {
      const article = loadPage(ARTICLE);
      for (const { id } of story.sections) {
        const $ = loadPage(`${ARTICLE}sections/${id}/`);
        const title = article(`[id="${id}"]`).text();
        expect(title.length, `the article's heading #${id}`).toBeGreaterThan(0);
        expect($('meta[property="og:title"]').attr('content')).toContain(title);
        expect($(`a[href="${ARTICLE}#${id}"]`).length).toBeGreaterThan(0);
        expect($(`.article-body [id="${id}"]`).length).toBe(1);
      }
    });
  }

  // A fixture story (built by tests only) is never listed; a published one is, and the feed holds the latest.
  const published = stories.filter((entry) => !entry.meta.fixture);
  it(story.meta.fixture ? 'is in the sitemap, and listed in neither the archive nor the RSS feed (a fixture)' : 'is in the sitemap and the archive, and in the RSS feed while it is among the latest stories', () => {
    const sitemap = readFileSync(join(siteDir(), 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`${ARTICLE}</loc>`);
    expect(loadPage('/archive/')(`a[href="${ARTICLE}"]`)).toHaveLength(story.meta.fixture ? 0 : 1);
    const feed = load(readFileSync(join(siteDir(), 'rss.xml'), 'utf8'), { xml: true });
    const item = feed('item').toArray().find((element) => feed(element).find('link').text().endsWith(ARTICLE));
    if (latest(published, FEED_ITEMS).includes(story)) expect(item && feed(item).find('title').text()).toBe(story.meta.title);
    else expect(item).toBeUndefined();
  });
});
