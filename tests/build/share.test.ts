/** Every page can be shared: canonical URL, description, Open Graph/Twitter tags and an existing image. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPages, loadPage, siteDir } from '../support/site';

const ARTICLE = '/stories/putin-sends-troops-kazakhstan-unrest/';

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

describe('the story', () => {
  it('describes itself as a NewsArticle with its source and date', () => {
    const $ = loadPage(ARTICLE);
    const data = JSON.parse($('script[type="application/ld+json"]').text());
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe('Putin sends troops to help an ally as Kazakhstan unrest turns deadly');
    expect(data.datePublished).toBe('2022-01-06');
    expect(data.sourceOrganization.name).toBe('yahoo.com');
  });

  it('has a share page per section whose preview names the section and links to its place', () => {
    const article = loadPage(ARTICLE);
    const sectionIds = article('.article-body h2[data-site-added]').toArray().map((heading) => article(heading).attr('id'));
    expect(sectionIds.length).toBeGreaterThan(4);
    for (const id of sectionIds) {
      const $ = loadPage(`${ARTICLE}sections/${id}/`);
      const title = article(`#${id}`).text();
      expect($('meta[property="og:title"]').attr('content')).toContain(title);
      expect($(`a[href="${ARTICLE}#${id}"]`).length).toBeGreaterThan(0);
      expect($(`.article-body #${id}`).length).toBe(1);
    }
  });

  it('is in the RSS feed and the sitemap', () => {
    const feed = readFileSync(join(siteDir(), 'rss.xml'), 'utf8');
    expect(feed).toContain('<title>Putin sends troops to help an ally as Kazakhstan unrest turns deadly</title>');
    expect(feed).toContain(`${ARTICLE}</link>`);
    const sitemap = readFileSync(join(siteDir(), 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`${ARTICLE}</loc>`);
  });
});
