/**
 * The timeline in real Chromium: a link to one event lands on it and marks it; the filters work with
 * keyboard and mouse, live in the URL and come back from it; without JavaScript, and in print, every
 * entry shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { siteOrigin } from '../support/site';

const TIMELINE = '/stories/putin-sends-troops-kazakhstan-unrest/timeline/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
  await page.goto(siteOrigin() + path);
  // The filters are revealed by the script: once they show, it has run.
  await page.locator('form[data-timeline-filters]').waitFor({ state: 'visible' });
  return page;
}

/** Ids of the entries a reader can see, and the ids the given filter should keep (worked out from the markup). */
async function shownAndExpected(page: Page, category: string, actor: string): Promise<{ shown: string[]; expected: string[] }> {
  return page.evaluate(
    ([wantedCategory, wantedActor]) => {
      const entries = [...document.querySelectorAll<HTMLElement>('ol.tl-list > li')];
      return {
        shown: entries.filter((entry) => entry.offsetParent !== null).map((entry) => entry.id),
        expected: entries
          .filter((entry) => !wantedCategory || entry.dataset.category === wantedCategory)
          .filter((entry) => !wantedActor || (entry.dataset.actors ?? '').split(' ').includes(wantedActor))
          .map((entry) => entry.id),
      };
    },
    [category, actor],
  );
}

async function waitInView(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((target) => {
    const box = document.querySelector(target)?.getBoundingClientRect();
    return !!box && box.top >= -1 && box.top < innerHeight && box.bottom > 0;
  }, selector);
}

describe('a link to one event', () => {
  it.each([
    ['wide', { width: 1280, height: 800 }],
    ['320 px', { width: 320, height: 640 }],
  ])('lands on the event and marks it (%s)', async (_name, viewport) => {
    const page = await open(`${TIMELINE}#event-almaty-police-liquidation`, viewport);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('event-almaty-police-liquidation');
    await waitInView(page, '#event-almaty-police-liquidation');
    const outline = await page.locator(':target').evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
    // Its mark on the axis is picked out too.
    expect(await page.locator('svg [data-entry="event-almaty-police-liquidation"]').getAttribute('class')).toContain('is-current');
    await page.close();
  });

  it('opened from elsewhere with motion allowed, jumps straight to the event instead of gliding from the top', async () => {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 }, reducedMotion: 'no-preference' });
    await page.goto(`${siteOrigin()}${TIMELINE}#event-almaty-police-liquidation`, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const top = await page.locator('#event-almaty-police-liquidation').evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(48);
    await page.close();
  });

  it('still lands when the filters in the same URL would hide the event, by clearing them', async () => {
    const page = await open(`${TIMELINE}?category=diplomacy#event-protests-turn-deadly`);
    await waitInView(page, '#event-protests-turn-deadly');
    expect(await page.locator('#event-protests-turn-deadly').isVisible()).toBe(true);
    expect(await page.locator('select[name="category"]').inputValue()).toBe('');
    expect(new URL(page.url()).searchParams.get('category')).toBeNull();
    await page.close();
  });
});

describe('filters', () => {
  it('filter with the mouse, show the result in the URL and announce the count', async () => {
    const page = await open(TIMELINE);
    const total = await page.locator('ol.tl-list > li').count();
    await page.locator('select[name="category"]').selectOption('diplomacy');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('category') === 'diplomacy');
    let { shown, expected } = await shownAndExpected(page, 'diplomacy', '');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(total);
    expect(shown).toEqual(expected);
    const status = page.locator('[data-timeline-count]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toContain(`Showing ${shown.length} of ${total} entries`);

    await page.locator('select[name="actor"]').selectOption('putin');
    await page.waitForFunction(() => new URL(location.href).search === '?category=diplomacy&actor=putin');
    ({ shown, expected } = await shownAndExpected(page, 'diplomacy', 'putin'));
    expect(shown).toEqual(expected);
    expect(shown).toContain('event-st-petersburg-informal-summit');
    // Dimmed on the axis: the marks of hidden entries.
    const dimmed = await page.locator('svg [data-entry].is-filtered-out').count();
    expect(dimmed).toBe(total - shown.length);
    await page.close();
  });

  it('restore a shared filtered view from its URL, and ignore values the page does not offer', async () => {
    const page = await open(`${TIMELINE}?category=later-reports`);
    expect(await page.locator('select[name="category"]').inputValue()).toBe('later-reports');
    const { shown, expected } = await shownAndExpected(page, 'later-reports', '');
    expect(shown).toEqual(expected);
    expect(shown.length).toBeGreaterThan(0);
    expect(
      await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('ol.tl-list > li')].filter((li) => li.offsetParent).every((li) => li.dataset.origin === 'external')),
    ).toBe(true);
    await page.close();

    const bogus = await open(`${TIMELINE}?category=%3Cscript%3E&actor=nobody`);
    const total = await bogus.locator('ol.tl-list > li').count();
    expect((await shownAndExpected(bogus, '', '')).shown).toHaveLength(total);
    expect(await bogus.locator('select[name="category"]').inputValue()).toBe('');
    await bogus.close();
  });

  it('work from the keyboard alone: Tab to a filter, choose by typing, reset with Enter', async () => {
    const page = await open(TIMELINE);
    const total = await page.locator('ol.tl-list > li').count();
    // Tab from the top of the page until the category filter has focus.
    for (let presses = 0; presses < 40; presses += 1) {
      if (await page.evaluate(() => document.activeElement?.getAttribute('name') === 'category')) break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('category');
    await page.keyboard.type('Diplomacy');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('category') === 'diplomacy');
    const { shown, expected } = await shownAndExpected(page, 'diplomacy', '');
    expect(shown).toEqual(expected);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('actor');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Show everything');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search === '');
    expect((await shownAndExpected(page, '', '')).shown).toHaveLength(total);
    // Back to the page's own summary of everything it shows.
    expect(await page.locator('[data-timeline-count]').textContent()).toMatch(new RegExp(`^${total} entries: `));
    await page.close();
  });
});

describe('without JavaScript and in print', () => {
  it('shows every entry and no filters without JavaScript, with no sideways scroll at 320 px', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteOrigin()}${TIMELINE}?category=diplomacy`);
    expect(await page.locator('form[data-timeline-filters]').isVisible()).toBe(false);
    const total = await page.locator('ol.tl-list > li').count();
    expect(total).toBeGreaterThan(20);
    expect((await shownAndExpected(page, '', '')).shown).toHaveLength(total);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('prints the whole list without the filters, even from a filtered view', async () => {
    const page = await open(`${TIMELINE}?category=protest`);
    const total = await page.locator('ol.tl-list > li').count();
    expect((await shownAndExpected(page, '', '')).shown.length).toBeLessThan(total);
    await page.emulateMedia({ media: 'print' });
    expect((await shownAndExpected(page, '', '')).shown).toHaveLength(total);
    expect(await page.locator('form[data-timeline-filters]').isVisible()).toBe(false);
    expect(await page.locator('.copy-link-button').first().isVisible()).toBe(false);
    await page.close();
  });
});
