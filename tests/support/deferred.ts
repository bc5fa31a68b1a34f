import type { Page } from 'playwright-core';

/**
 * Lays out the items of `data-defer-offscreen` lists (global.css), which content-visibility otherwise
 * leaves unrendered until the reader scrolls near them. Checks that judge the rendered page (innerText,
 * axe's geometry) then see every item as a reader scrolling through it does. CSSOM writes are allowed
 * under the site's CSP, and work with JavaScript off too (Playwright evaluates in its own world).
 */
export async function layOutDeferredItems(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const item of document.querySelectorAll<HTMLElement>('[data-defer-offscreen] > *, body > footer')) item.style.contentVisibility = 'visible';
  });
}
