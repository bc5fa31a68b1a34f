/** The article in real Chromium: table-of-contents links and paragraph permalinks land where they say. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { siteOrigin } from '../support/site';

const ARTICLE = '/stories/putin-sends-troops-kazakhstan-unrest/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= -1 && box.top < window.innerHeight && box.bottom > 0;
  });
}

describe('article navigation', () => {
  it('follows a table-of-contents link to its section', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(siteOrigin() + ARTICLE);
    // The contents are one tap away, in the header's collapsed "Contents".
    await page.locator('.article-about > summary').click();
    const link = page.locator('nav[aria-labelledby="toc-title"] a[href="#the-csto-deployment"]');
    await link.click();
    await page.waitForFunction(() => location.hash === '#the-csto-deployment');
    await page.waitForFunction(() => {
      const box = document.getElementById('the-csto-deployment')!.getBoundingClientRect();
      return box.top >= -1 && box.top < 200;
    });
    expect(await inViewport(page, '#the-csto-deployment')).toBe(true);
    await page.close();
  });

  it('opens a paragraph permalink directly, targeting and showing that paragraph', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${siteOrigin()}${ARTICLE}#p-russia-has-massed-tens-of`);
    const targeted = await page.evaluate(() => document.querySelector(':target')?.id);
    expect(targeted).toBe('p-russia-has-massed-tens-of');
    expect(await page.locator(':target').textContent()).toContain('Russia has massed tens of thousands of troops');
    await page.waitForFunction(() => {
      const box = document.querySelector(':target')!.getBoundingClientRect();
      return box.top >= -1 && box.top < innerHeight;
    });
    expect(await inViewport(page, ':target')).toBe(true);
    await page.close();
  });

  it('has no horizontal scrolling at 320 px and reads without JavaScript', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteOrigin() + ARTICLE);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('.article-body p').count()).toBeGreaterThan(15);
    await context.close();
  });
});

describe('copying a paragraph link', () => {
  const paragraph = 'p-the-csto-did-not-confirm';

  it('copies the paragraph’s absolute URL with the Copy button', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteOrigin() });
    const page = await context.newPage();
    await page.goto(siteOrigin() + ARTICLE);
    const button = page.locator(`button[data-copy-link="#${paragraph}"]`);
    // The Copy button shows when the reader points at the paragraph (or focuses its link).
    expect(await button.evaluate((element) => getComputedStyle(element.parentElement!).opacity)).toBe('0');
    await page.locator(`#${paragraph}`).hover();
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteOrigin()}${ARTICLE}#${paragraph}`);
    await expect.poll(() => page.locator('[role="status"][data-copy-status]').textContent()).toBe('Link copied');
    await context.close();
  });

  it('announces a second copy too: the live region empties before it speaks again', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteOrigin() });
    const page = await context.newPage();
    await page.goto(siteOrigin() + ARTICLE);
    const button = page.locator(`button[data-copy-link="#${paragraph}"]`);
    const region = page.locator('[role="status"][data-copy-status]');
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
    await context.close();
  });

  it('shows the URL selected in a text field when the clipboard is refused', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
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
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteOrigin() + ARTICLE);
    expect(await page.locator(`button[data-copy-link="#${paragraph}"]`).isVisible()).toBe(false);
    expect(await page.locator(`a.permalink[href="#${paragraph}"]`).isVisible()).toBe(true);
    await context.close();
  });
});

describe('search from any page', () => {
  it('focuses the masthead search box with “/” and searches on Enter', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(siteOrigin() + ARTICLE);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('Baunov');
    await Promise.all([page.waitForURL(/\/search\/\?q=Baunov/), page.keyboard.press('Enter')]);
    await page.close();
  });
});
