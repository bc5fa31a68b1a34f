/**
 * The article in real Chromium: table-of-contents links and paragraph permalinks land where they say.
 * Checked on the article pages of the browser sample (tests/support/page-kinds.ts: the largest and the
 * smallest), whatever their story; the section and paragraph each test links to are read from the page as built.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CLIPBOARD, tabsForFile } from '../support/chromium';
import { browserPagesOf } from '../support/page-kinds';
import { loadPage, siteOrigin } from '../support/site';

const articles = browserPagesOf('article');
const tabs = tabsForFile();

async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= -1 && box.top < window.innerHeight && box.bottom > 0;
  });
}

/** The sections an article's table of contents links to on the page itself, in order. */
function contents(article: string): string[] {
  const $ = loadPage(article);
  return $('nav[aria-labelledby="toc-title"] a[href^="#"]')
    .map((_index, link) => link.attribs.href.slice(1))
    .get();
}

// A short report has no sections, and so no table of contents.
const withContents = articles.filter((article) => contents(article).length > 0);

it('has articles to check, one of them with a table of contents', () => {
  expect(articles.length).toBeGreaterThan(0);
  expect(withContents.length).toBeGreaterThan(0);
});

describe.each(withContents)('the table of contents of %s', (ARTICLE) => {
  // The section halfway down, so the page has to move to it.
  const sections = contents(ARTICLE);
  const section = sections[Math.floor(sections.length / 2)];

  it('follows a table-of-contents link to its section', async () => {
    const page = await tabs.open(siteOrigin() + ARTICLE, { viewport: { width: 1280, height: 800 } });
    // The contents are one tap away, in the header's collapsed "Contents".
    await page.locator('.article-about > summary').click();
    const link = page.locator(`nav[aria-labelledby="toc-title"] a[href="#${section}"]`);
    await link.click();
    await page.waitForFunction((id) => location.hash === `#${id}`, section);
    await page.waitForFunction((id) => {
      const box = document.getElementById(id)!.getBoundingClientRect();
      return box.top >= -1 && box.top < 200;
    }, section);
    expect(await inViewport(page, `#${section}`)).toBe(true);
  });
});

describe.each(articles)('%s', (ARTICLE) => {
  // The report's paragraphs as built; the one halfway down is the one linked to and copied.
  const $ = loadPage(ARTICLE);
  const paragraphs = $('.article-body p[id]')
    .map((_index, element) => ({ id: element.attribs.id, text: $(element).text().replace(/\s+/g, ' ').trim() }))
    .get();
  const middle = paragraphs[Math.floor(paragraphs.length / 2)];
  const paragraph = middle?.id;
  // A word of the headline for the masthead search: its longest.
  const word = ($('h1').first().text().match(/\p{L}+/gu) ?? []).sort((a, b) => b.length - a.length)[0];

  it('has paragraphs with permalinks, and a headline', () => {
    expect(paragraphs.length).toBeGreaterThan(1);
    expect(middle.text.length).toBeGreaterThan(0);
    expect($(`.article-body button[data-copy-link="#${paragraph}"]`).length).toBe(1);
    expect(word).toBeDefined();
  });

  describe('article navigation', () => {
    it('opens a paragraph permalink directly, targeting and showing that paragraph', async () => {
      const page = await tabs.open(`${siteOrigin()}${ARTICLE}#${paragraph}`, { viewport: { width: 320, height: 640 } });
      const targeted = await page.evaluate(() => document.querySelector(':target')?.id);
      expect(targeted).toBe(paragraph);
      expect((await page.locator(':target').textContent())?.replace(/\s+/g, ' ')).toContain(middle.text.slice(0, 60));
      await page.waitForFunction(() => {
        const box = document.querySelector(':target')!.getBoundingClientRect();
        return box.top >= -1 && box.top < innerHeight;
      });
      expect(await inViewport(page, ':target')).toBe(true);
    });

    it('has no horizontal scrolling at 320 px and reads without JavaScript', async () => {
      const page = await tabs.open(siteOrigin() + ARTICLE, { viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // Every paragraph of the report shows.
      const shown = await page.locator('.article-body p[id]').evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).map((element) => element.id));
      expect(shown).toEqual(paragraphs.map(({ id }) => id));
    });
  });

  describe('copying a paragraph link', () => {
    it('copies the paragraph’s absolute URL with the Copy button', async () => {
      const page = await tabs.open(siteOrigin() + ARTICLE, { viewport: { width: 1280, height: 800 }, permissions: CLIPBOARD });
      const button = page.locator(`button[data-copy-link="#${paragraph}"]`);
      // The Copy button shows when the reader points at the paragraph (or focuses its link).
      expect(await button.evaluate((element) => getComputedStyle(element.parentElement!).opacity)).toBe('0');
      await page.locator(`#${paragraph}`).hover();
      await button.click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteOrigin()}${ARTICLE}#${paragraph}`);
      await expect.poll(() => page.locator('[role="status"][data-status-region]').textContent()).toBe('Link copied');
    });

    it('announces a second copy too: the live region empties before it speaks again', async () => {
      const page = await tabs.open(siteOrigin() + ARTICLE, { viewport: { width: 1280, height: 800 }, permissions: CLIPBOARD });
      const button = page.locator(`button[data-copy-link="#${paragraph}"]`);
      const region = page.locator('[role="status"][data-status-region]');
      await page.locator(`#${paragraph}`).hover();
      await button.click();
      await expect.poll(() => region.textContent()).toBe('Link copied');
      await region.evaluate((element) => {
        const seen: string[] = [];
        (window as unknown as { seen: string[] }).seen = seen;
        new MutationObserver(() => seen.push(element.textContent ?? '')).observe(element, { childList: true, characterData: true, subtree: true });
      });
      await button.click();
      await expect.poll(() => page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['', 'Link copied']);
    });

    it('shows the URL selected in a text field when the clipboard is refused', async () => {
      const context = await tabs.browser.newContext({ viewport: { width: 320, height: 640 } });
      await context.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
      });
      const page = await context.newPage();
      await page.goto(siteOrigin() + ARTICLE);
      // By keyboard: Tab to the paragraph's "#" link and on to its Copy button.
      await page.locator(`a.permalink[href="#${paragraph}"]`).focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-copy-link'))).toBe(`#${paragraph}`);
      await page.keyboard.press('Enter');
      const field = page.locator(`#${paragraph} ~ .permalink-group input.copy-link-fallback`);
      await expect.poll(() => field.inputValue()).toBe(`${siteOrigin()}${ARTICLE}#${paragraph}`);
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('copy-link-fallback');
      await context.close();
    });

    it('keeps the buttons hidden without JavaScript, leaving the plain link', async () => {
      const page = await tabs.open(siteOrigin() + ARTICLE, { javaScriptEnabled: false });
      expect(await page.locator(`button[data-copy-link="#${paragraph}"]`).isVisible()).toBe(false);
      expect(await page.locator(`a.permalink[href="#${paragraph}"]`).isVisible()).toBe(true);
    });
  });

  describe('search from any page', () => {
    it('focuses the masthead search box with “/” and searches on Enter', async () => {
      const page = await tabs.open(siteOrigin() + ARTICLE, { viewport: { width: 320, height: 640 } });
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
      await page.keyboard.type(word!);
      await Promise.all([page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === word), page.keyboard.press('Enter')]);
    });
  });
});
