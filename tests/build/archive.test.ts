/**
 * The cross-story pages stay bounded: the archive lists every story of the build, newest first under year
 * and month headings, while the feed carries at most FEED_ITEMS of them and the front page HOME_STORIES.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { FEED_ITEMS, HOME_STORIES } from '../../src/views/archive';
import { projectRoot } from '../support/build-site';
import { listPages, loadPage, siteDir } from '../support/site';

/** The published stories: every article of content/ (fixture stories live under tests/fixtures/). */
const published = readdirSync(resolve(projectRoot, 'content/articles'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => `/stories/${name.slice(0, -'.md'.length)}/`);

const archive = () => loadPage('/archive/');
const archiveLinks = () => {
  const $ = archive();
  return $('main li a[href^="/stories/"]').toArray().map((link) => $(link).attr('href')!);
};

describe('the archive', () => {
  it('links once to every story of the build, and only to built articles', () => {
    const links = archiveLinks();
    const pages = new Set(listPages());
    expect(published.length).toBeGreaterThan(0);
    expect(links).toEqual(expect.arrayContaining(published));
    expect(new Set(links).size).toBe(links.length);
    expect(links.filter((link) => !pages.has(link))).toEqual([]);
  });

  it('lists stories newest first, each under the heading of its month within its year', () => {
    const $ = archive();
    const dates = $('main li time').toArray().map((time) => $(time).attr('datetime')!);
    expect(dates.length).toBe(archiveLinks().length);
    expect(dates).toEqual([...dates].sort().reverse());
    const years = $('main h2[id]').toArray();
    expect(years.length).toBeGreaterThan(0);
    for (const year of years) {
      const yearId = $(year).attr('id')!;
      expect(yearId).toMatch(/^year-\d{4}$/);
      const months = $(year).parent().find('h3[id]').toArray();
      expect(months.length).toBeGreaterThan(0);
      for (const month of months) {
        const monthId = $(month).attr('id')!;
        expect(monthId).toMatch(new RegExp(`^month-${yearId.slice('year-'.length)}-\\d{2}$`));
        const inMonth = $(month).parent().find('time').toArray().map((time) => $(time).attr('datetime')!);
        expect(inMonth.length).toBeGreaterThan(0);
        expect(inMonth.every((date) => date.startsWith(monthId.slice('month-'.length)))).toBe(true);
      }
    }
    expect($('main nav a').toArray().map((link) => $(link).attr('href'))).toEqual(
      $('main h3[id]').toArray().map((month) => `/archive/#${$(month).attr('id')}`),
    );
  });

  it('is linked from the front page, which shows at most HOME_STORIES stories', () => {
    const $ = loadPage('/');
    expect($('main a[href="/archive/"]').length).toBe(1);
    expect($('main ul > li h2 a').length).toBe(Math.min(HOME_STORIES, archiveLinks().length));
  });
});

describe('the feed', () => {
  const $ = load(readFileSync(join(siteDir(), 'rss.xml'), 'utf8'), { xml: true });
  const items = $('item').toArray();

  it('carries the latest stories up to FEED_ITEMS, newest first, in the archive’s order', () => {
    expect(items.length).toBe(Math.min(FEED_ITEMS, published.length));
    const dates = items.map((item) => Date.parse($(item).find('pubDate').text()));
    expect(dates.every((date, index) => index === 0 || date <= dates[index - 1]!)).toBe(true);
    const paths = items.map((item) => new URL($(item).find('link').text()).pathname);
    const inArchive = archiveLinks().filter((link) => paths.includes(link));
    expect(inArchive).toEqual(paths);
  });

  it('points to the archive for every story', () => {
    expect($('channel > description').text()).toMatch(/\/archive\/$/);
  });
});
