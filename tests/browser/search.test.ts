/**
 * Site search in real Chromium: `/` focuses the box, a query lists results, the arrow keys walk them, and
 * following the first result lands on the entry that holds the words searched for. Without JavaScript the
 * page says search needs it and lists the site instead. Nothing breaks the Content-Security-Policy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { routes } from '../../src/views/routes';
import { launchChromium } from '../support/chromium';
import { siteOrigin } from '../support/site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the search page, recording CSP violations and script errors. */
async function openSearch(width = 1280): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(siteOrigin() + routes.search());
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

describe('site search', () => {
  for (const query of ['Baunov', 'paratroopers', 'Khabar 24']) {
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
      await page.close();
    });
  }

  it('walks the results with the arrow keys and returns to the box', async () => {
    const { page } = await openSearch();
    await searchFor(page, 'Baunov');
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
    await page.close();
  });

  it('keeps the query in the address, so a search can be shared', async () => {
    const { page } = await openSearch();
    await searchFor(page, 'Khabar 24');
    await page.waitForURL((url) => url.searchParams.get('q') === 'Khabar 24');
    const shared = await browser.newPage();
    await shared.goto(page.url());
    await shared.locator('a.search-result-link').first().waitFor();
    expect(await shared.locator('#search-input').inputValue()).toBe('Khabar 24');
    await Promise.all([page.close(), shared.close()]);
  });

  it('works on a 320 px phone without horizontal scrolling', async () => {
    const { page } = await openSearch(320);
    await searchFor(page, 'paratroopers');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('says plainly that search needs JavaScript when it is off, and lists the site instead', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteOrigin() + routes.search());
    expect(await page.locator('form[data-search-form]').isVisible()).toBe(false);
    expect(await page.locator('main').innerText()).toMatch(/search needs javascript/i);
    const links = await page.locator('.search-browse a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    const slug = 'putin-sends-troops-kazakhstan-unrest';
    for (const href of [routes.story(slug), routes.timeline(slug), routes.actors(slug), routes.claims(slug)]) expect(links).toContain(href);
    await context.close();
  });
});
