/**
 * Long lists (`data-defer-offscreen`: timelines, the claims ledger, who's who) lay out only what is near
 * the screen at load, and a permalink into one still lands on its target with nothing moving: the
 * items the browser had not yet measured never shift what the reader sees (layout shift 0).
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { browserForFile } from '../support/chromium';
import { listPages, loadPage, siteOrigin } from '../support/site';

const chromium = browserForFile();

/** Each page with a deferred list, with a sample of the permalinks inside it: near the start, the middle and the end. */
const pagesWithLists = listPages()
  .map((path) => {
    const $ = loadPage(path);
    const items = $('[data-defer-offscreen] > *').toArray();
    const targetsByItem = items.map((item) =>
      $(item)
        .find('a.permalink[href^="#"]')
        .toArray()
        .map((link) => $(link).attr('href')!.slice(1)),
    );
    const withTargets = targetsByItem.map((targets, index) => ({ index, target: targets[0] })).filter((item) => item.target);
    const sampleAt = new Set([1, Math.floor(withTargets.length / 2), ...[1, 2, 3, 4, 5, 6].map((back) => withTargets.length - back)]);
    const targets = withTargets.filter((_, position) => sampleAt.has(position)).map((item) => item.target!);
    return { path, itemCount: items.length, targets };
  })
  .filter((page) => page.itemCount > 0);

const VIEWPORTS: [string, BrowserContextOptions][] = [
  ['phone (412 px)', { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 }],
  ['laptop (1280 px)', { viewport: { width: 1280, height: 800 } }],
];

/** Layout shifts not caused by input, summed, from the page's start. */
function recordShifts(): void {
  const shifts: number[] = [];
  Object.assign(window, { shifts });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) shifts.push(entry.value);
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

const settled = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))));

it('finds the deferred lists', () => {
  expect(pagesWithLists.map((page) => page.path)).toEqual(
    expect.arrayContaining(['/timeline/', '/stories/putin-sends-troops-kazakhstan-unrest/claims/', '/stories/putin-sends-troops-kazakhstan-unrest/actors/']),
  );
  for (const page of pagesWithLists) expect(page.targets.length, page.path).toBeGreaterThan(1);
});

// On a phone, where layout costs most, every list is a column of blocks whose items can wait (on a wide
// screen the claims ledger is a table, whose rows are laid out together).
describe('on a phone (412 px)', () => {
  const options = VIEWPORTS[0][1];
  it.each(pagesWithLists.map((page) => [page.path, page] as const))('%s: items far below the screen wait to be laid out', async (_path, { path }) => {
    const context = await chromium.browser.newContext(options);
    const page = await context.newPage();
    await page.goto(siteOrigin() + path, { waitUntil: 'load' });
    await page.evaluate(settled);
    const { waiting, total, pageHeight } = await page.evaluate(() => {
      const items = [...document.querySelectorAll('[data-defer-offscreen] > *')];
      // checkVisibility is false for content that content-visibility is skipping.
      const waitingItems = items.filter((item) => item.firstElementChild && !item.firstElementChild.checkVisibility({ contentVisibilityAuto: true }));
      return { waiting: waitingItems.length, total: items.length, pageHeight: document.documentElement.scrollHeight };
    });
    await context.close();
    // Only a page several screens tall has items far enough down to wait.
    if (pageHeight > 4 * options.viewport!.height && total > 6) expect(waiting, `${waiting} of ${total} items waiting`).toBeGreaterThan(0);
  });
});

describe.each(VIEWPORTS)('on a %s', (_, options) => {
  it.each(pagesWithLists.map((page) => [page.path, page] as const))('%s: permalinks land on their target and nothing moves', async (_path, { path, targets }) => {
    const context = await chromium.browser.newContext(options);
    await context.addInitScript(recordShifts);
    const landings: string[] = [];
    for (const target of targets) {
      const page = await context.newPage();
      await page.goto(`${siteOrigin()}${path}#${target}`, { waitUntil: 'load' });
      await page.evaluate(settled);
      const { top, shift, bottomOfPage } = await page.evaluate((id) => {
        const element = document.getElementById(id)!;
        return {
          top: Math.round(element.getBoundingClientRect().top),
          shift: (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
          bottomOfPage: Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight,
        };
      }, target);
      // At the top of the window (below its scroll margin), or as high as the end of the page lets it go.
      const landed = (top >= 0 && top <= 48) || (bottomOfPage && top >= 0 && top < (options.viewport?.height ?? 800));
      landings.push(`#${target}: top ${top}${landed ? '' : ' (missed)'}, shift ${shift.toFixed(4)}`);
      await page.close();
    }
    await context.close();
    expect(landings.filter((line) => line.includes('(missed)') || !line.endsWith('shift 0.0000'))).toEqual([]);
  });
});
