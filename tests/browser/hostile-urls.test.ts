/**
 * Client scripts survive any URL: a malformed fragment (`#%E0%A4%A` cannot be decoded) or junk in the
 * query is ignored, never fatal, and the page's controls still work afterwards. The timelines and claims
 * ledgers of the browser sample (tests/support/page-kinds.ts: of each kind the largest, and the smallest where the kind varies),
 * whose scripts read the fragment, are checked.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabsForFile } from '../support/chromium';
import { browserPagesOf } from '../support/page-kinds';
import { siteOrigin } from '../support/site';

const HOSTILE = ['#%E0%A4%A', '?category=%ZZ&actor=%E0%A4%A#%', '?group=%E0%A4%A#event-%FF', '#%25%', '?annotations=%00#%C0'];
const timelines = browserPagesOf('story timeline');
const ledgers = browserPagesOf('claims ledger');
/** The script errors of the page open now: emptied each time a page opens. */
const errors: string[] = [];
const tabs = tabsForFile(async (page) => {
  page.on('pageerror', (error) => errors.push(error.message));
});

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  errors.length = 0;
  return { page: await tabs.open(url, { viewport: { width: 1280, height: 900 } }), errors };
}

it('has pages to check', () => {
  expect(timelines.length).toBeGreaterThan(0);
  expect(ledgers.length).toBeGreaterThan(0);
});

describe.each(timelines)('the timeline %s', (path) => {
  it.each(HOSTILE)('ignores %s and its filters still work', async (suffix) => {
    const { page, errors } = await open(`${siteOrigin()}${path}${suffix}`);
    const entries = page.locator('[data-timeline-filters] ~ * li[id], ol li[id^="event-"], ol li[id^="later-"]');
    const all = await page.locator('li[id^="event-"], li[id^="later-"]').filter({ visible: true }).count();
    expect(all).toBeGreaterThan(1);
    const category = page.locator('#tl-filter-category');
    const option = await category.locator('option').nth(1).getAttribute('value');
    await category.selectOption(option!);
    await expect.poll(() => page.locator('li[id^="event-"], li[id^="later-"]').filter({ visible: true }).count()).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.get('category')).toBe(option);
    expect(await entries.count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

describe.each(ledgers)('the claims ledger %s', (path) => {
  it.each(HOSTILE)('ignores %s and its regrouping still works', async (suffix) => {
    const { page, errors } = await open(`${siteOrigin()}${path}${suffix}`);
    expect(await page.locator('table[data-ledger]').getAttribute('data-grouping')).toBe('speaker');
    await page.locator('input[name="group"][value="status"]').check();
    await expect.poll(() => page.locator('table[data-ledger]').getAttribute('data-grouping')).toBe('status');
    expect(new URL(page.url()).searchParams.get('group')).toBe('status');
    expect(errors).toEqual([]);
  });
});
