/**
 * The claims ledger in real Chromium: the grouping is read from and written to ?group=, so a shared
 * address opens the same grouping; regrouping moves rows without losing any, and a row's anchor still
 * lands on it. Without JavaScript the ledger is complete, grouped by speaker. Checked on the claims ledgers
 * of the browser sample (tests/support/page-kinds.ts: the largest, and the smallest where the kind varies), whatever their story.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabsForFile } from '../support/chromium';
import { browserPagesOf } from '../support/page-kinds';
import { loadPage, siteOrigin } from '../support/site';

const ledgers = browserPagesOf('claims ledger');
const tabs = tabsForFile();

/** For each group (tbody), whether all its rows carry that group's key for the grouping. */
async function groupedBy(page: Page, grouping: string): Promise<{ groups: number; misplaced: string[] }> {
  return page.evaluate((attribute) => {
    const bodies = [...document.querySelectorAll('table[data-ledger] > tbody')];
    const misplaced = bodies.flatMap((body) =>
      [...body.querySelectorAll<HTMLElement>('tr[data-ledger-row]')]
        .filter((row) => row.getAttribute(attribute) !== body.getAttribute('data-group'))
        .map((row) => row.id),
    );
    return { groups: bodies.length, misplaced };
  }, `data-${grouping}`);
}

it('has claims ledgers to check', () => {
  expect(ledgers.length).toBeGreaterThan(0);
});

describe.each(ledgers)('claims ledger grouping on %s', (LEDGER) => {
  // The rows as built: every grouping must keep them all; the last is the deepest a link can point to.
  const rows = loadPage(LEDGER)('tr[data-ledger-row]')
    .map((_index, row) => row.attribs.id)
    .get();
  const rowCount = rows.length;

  it('has rows, each with an anchor', () => {
    expect(rowCount).toBeGreaterThan(1);
    expect(rows.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
  });

  it('opens grouped as the address says (?group=topic), with every row kept', async () => {
    const page = await tabs.open(`${siteOrigin()}${LEDGER}?group=topic`);
    await page.locator('fieldset[data-ledger-controls]').waitFor({ state: 'visible' });
    expect(await page.locator('table[data-ledger]').getAttribute('data-grouping')).toBe('topic');
    expect(await page.locator('input[name="group"][value="topic"]').isChecked()).toBe(true);
    expect(await page.locator('caption').innerText()).toMatch(/grouped by topic/i);
    const { groups, misplaced } = await groupedBy(page, 'topic');
    expect(groups).toBeGreaterThan(1);
    expect(misplaced).toEqual([]);
    expect(await page.locator('tr[data-ledger-row]').count()).toBe(rowCount);
  });

  it('writes a new grouping into the address, and that address reopens it', async () => {
    const page = await tabs.open(siteOrigin() + LEDGER);
    await page.locator('fieldset[data-ledger-controls]').waitFor({ state: 'visible' });
    await page.getByLabel('Status', { exact: true }).check();
    await page.waitForURL((url) => url.searchParams.get('group') === 'status');
    expect((await groupedBy(page, 'status')).misplaced).toEqual([]);
    expect(await page.locator('[data-ledger-status]').innerText()).toMatch(/grouped by status/i);

    // A second tab, beside the first: the address opened afresh.
    const shared = await tabs.browser.newPage();
    await shared.goto(page.url());
    await shared.locator('fieldset[data-ledger-controls]').waitFor({ state: 'visible' });
    expect(await shared.locator('table[data-ledger]').getAttribute('data-grouping')).toBe('status');
    expect((await groupedBy(shared, 'status')).misplaced).toEqual([]);
    expect(await shared.locator('tr[data-ledger-row]').count()).toBe(rowCount);
    await shared.close();
  });

  it('lands on a row’s anchor in any grouping', async () => {
    const fragment = rows.at(-1)!;
    const page = await tabs.open(`${siteOrigin()}${LEDGER}?group=status#${fragment}`, { viewport: { width: 1280, height: 800 } });
    await page.locator('fieldset[data-ledger-controls]').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(fragment);
    await page.waitForFunction((id) => {
      const box = document.getElementById(id)!.getBoundingClientRect();
      return box.top < innerHeight && box.bottom > 0;
    }, fragment);
  });

  it('ignores an unknown grouping in the address', async () => {
    const page = await tabs.open(`${siteOrigin()}${LEDGER}?group=%3Cscript%3E`);
    await page.locator('fieldset[data-ledger-controls]').waitFor({ state: 'visible' });
    expect(await page.locator('table[data-ledger]').getAttribute('data-grouping')).toBe('speaker');
    expect((await groupedBy(page, 'speaker')).misplaced).toEqual([]);
  });

  it('shows the whole ledger grouped by speaker without JavaScript, at 320 px without horizontal scroll', async () => {
    const page = await tabs.open(`${siteOrigin()}${LEDGER}?group=topic`, { javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    expect(await page.locator('table[data-ledger]').getAttribute('data-grouping')).toBe('speaker');
    expect((await groupedBy(page, 'speaker')).misplaced).toEqual([]);
    expect(await page.locator('tr[data-ledger-row]').count()).toBe(rowCount);
    expect(await page.locator('fieldset[data-ledger-controls]').isVisible()).toBe(false);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe.each(ledgers)('claims ledger columns on %s', (LEDGER) => {
  it.each([768, 1024, 1280])('keeps every cell’s content inside its column at %i px (badges wrap, nothing overlaps)', async (width) => {
    const page = await tabs.open(siteOrigin() + LEDGER, { viewport: { width, height: 900 } });
    const spills = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('table[data-ledger] td')].flatMap((cell) => {
        const { left, right } = cell.getBoundingClientRect();
        return [...cell.querySelectorAll<HTMLElement>('*')]
          .filter((element) => element.getClientRects().length > 0)
          .filter((element) => {
            const box = element.getBoundingClientRect();
            return box.right > right + 0.5 || box.left < left - 0.5;
          })
          .map((element) => `${cell.closest('tr')?.id}: “${element.textContent?.trim().slice(0, 40)}” spills out of its cell`);
      }),
    );
    expect(spills).toEqual([]);
  });
});
