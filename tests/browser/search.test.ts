/**
 * Site search in real Chromium: `/` focuses the box, a query lists results, the arrow keys walk them, and
 * following the first result lands on the entry that holds the words searched for. Without JavaScript the
 * page says search needs it and lists the site instead. Nothing breaks the Content-Security-Policy.
 * The queries are the words of the stories of the browser sample (tests/support/page-kinds.ts: the largest
 * and the smallest article), read from their pages as built: their most named actors, a word of the headline.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { routes } from '../../src/views/routes';
import { tabsForFile } from '../support/chromium';
import { browserPagesOf, kindOf, storyOf } from '../support/page-kinds';
import { loadPage, siteOrigin } from '../support/site';

/** The script errors and CSP violations of the page open now: emptied each time the search page opens. */
const problems: string[] = [];
const tabs = tabsForFile(async (page) => {
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
});

/** Opens the search page, recording CSP violations and script errors. */
async function openSearch(width = 1280): Promise<{ page: Page; problems: string[] }> {
  problems.length = 0;
  const page = await tabs.open(siteOrigin() + routes.search(), { viewport: { width, height: 800 } });
  await page.locator('form[data-search-form]').waitFor({ state: 'visible' });
  return { page, problems };
}

async function searchFor(page: Page, query: string): Promise<void> {
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('/');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
  await page.keyboard.type(query);
  // Each keystroke may search on its own when the machine is slow: wait for the results of the whole query.
  await page.locator('[data-search-status]', { hasText: `for “${query}”` }).waitFor();
  await page.locator('.search-result a.search-result-link').first().waitFor();
}

const squeeze = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').toLowerCase();

/**
 * Queries a reader of a story might type: the name of its most named actor that is one word (a surname,
 * a country), the most named that is several words, and the longest word of its headline that is no name.
 */
function queriesOf(story: string): { oneWord?: string; words?: string; headline?: string } {
  const actors = loadPage(routes.actors(story));
  const names = actors('.actor-index-item')
    .map((_index, item) => ({
      name: actors(item).find('.actor-index-name a').text().trim(),
      named: Number(/named (\d+) time/.exec(actors(item).find('.actor-index-meta').text())?.[1] ?? 0),
    }))
    .get()
    .sort((a, b) => b.named - a.named)
    .map(({ name }) => name)
    // Names of plain words: punctuation (“(CSTO)”) is not what a reader types.
    .filter((name) => /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u.test(name));
  const nameWords = new Set(names.flatMap((name) => name.toLowerCase().split(' ')));
  const headline = (loadPage(routes.story(story))('h1').first().text().match(/\p{L}+/gu) ?? [])
    .filter((word) => !nameWords.has(word.toLowerCase()))
    .sort((a, b) => b.length - a.length)[0];
  return { oneWord: names.find((name) => !name.includes(' ')), words: names.find((name) => name.includes(' ')), headline };
}

const stories = browserPagesOf('article').map(storyOf);

it('has stories to search for', () => {
  expect(stories.length).toBeGreaterThan(0);
});

describe.each(stories)('site search for words of %s', (story) => {
  const { oneWord, words, headline } = queriesOf(story);

  it('has a one-word name, a name of several words and a word of the headline to search for', () => {
    expect(oneWord).toBeDefined();
    expect(words).toBeDefined();
    expect(headline).toBeDefined();
  });

  for (const query of [oneWord, headline, words].filter((query): query is string => query !== undefined)) {
    it(`finds “${query}” and the first result lands on an entry that says it`, async () => {
      const { page, problems } = await openSearch();
      await searchFor(page, query);
      const first = page.locator('a.search-result-link').first();
      const href = (await first.getAttribute('href')) ?? '';
      // The arrow key reaches the first result; Enter follows it.
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
      await Promise.all([page.waitForURL((url) => url.pathname + url.hash === href), page.keyboard.press('Enter')]);

      const id = href.includes('#') ? decodeURIComponent(href.slice(href.indexOf('#') + 1)) : undefined;
      const target = id ? page.locator(`[id="${id}"]`) : page.locator('main h1');
      expect(await target.count(), `the page ${href} has its target`).toBe(1);
      if (id) expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
      // A heading stands for its whole section (or article); any other target must hold the words itself.
      const isHeading = id !== undefined && (await target.evaluate((element) => /^H\d$/.test(element.tagName)));
      const holder = isHeading ? target.locator('xpath=ancestor::*[self::section or self::article][1]') : target;
      expect(squeeze(await holder.textContent())).toContain(query.toLowerCase());
      expect(problems).toEqual([]);
    });
  }

  it('walks the results with the arrow keys and returns to the box', async () => {
    const { page } = await openSearch();
    await searchFor(page, oneWord!);
    const hrefs = await page.locator('a.search-result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(1);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(hrefs[1]);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(hrefs[0]);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('search-input');
  });

  it('keeps the query in the address, so a search can be shared', async () => {
    const { page } = await openSearch();
    await searchFor(page, words!);
    await page.waitForURL((url) => url.searchParams.get('q') === words);
    // A second tab, beside the first: the address opened afresh.
    const shared = await tabs.browser.newPage();
    await shared.goto(page.url());
    await shared.locator('a.search-result-link').first().waitFor();
    expect(await shared.locator('#search-input').inputValue()).toBe(words);
    await shared.close();
  });

  it('works on a 320 px phone without horizontal scrolling', async () => {
    const { page } = await openSearch(320);
    await searchFor(page, headline!);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('site search without JavaScript', () => {
  it('says plainly that search needs JavaScript when it is off, and lists the site instead', async () => {
    const page = await tabs.open(siteOrigin() + routes.search(), { javaScriptEnabled: false });
    expect(await page.locator('form[data-search-form]').isVisible()).toBe(false);
    expect(await page.locator('main').innerText()).toMatch(/search needs javascript/i);
    const links = await page.locator('.search-browse a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    // Every story the front page lists, with its views.
    const listed = loadPage(routes.home())('main a[href]')
      .map((_index, link) => link.attribs.href)
      .get()
      .filter((href) => kindOf(href) === 'article');
    expect(listed.length).toBeGreaterThan(0);
    for (const slug of new Set(listed.map(storyOf))) {
      for (const href of [routes.story(slug), routes.timeline(slug), routes.actors(slug), routes.claims(slug)]) expect(links).toContain(href);
    }
  });
});
