/**
 * The timeline in real Chromium: a link to one event lands on it and marks it; the filters work with
 * keyboard and mouse, live in the URL and come back from it; without JavaScript, and in print, every
 * entry shows. Checked on the story timelines of the browser sample (tests/support/page-kinds.ts: the
 * largest, and the smallest where the kind varies); the entries and filter values each test uses are read from the page as built.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LATER_REPORTS } from '../../src/views/vocabulary';
import { tabsForFile } from '../support/chromium';
import { browserPagesOf } from '../support/page-kinds';
import { loadPage, siteOrigin } from '../support/site';

const timelines = browserPagesOf('story timeline');
const tabs = tabsForFile();

async function open(path: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await tabs.open(siteOrigin() + path, { viewport, reducedMotion: 'reduce' });
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

interface Entry {
  id: string;
  category: string;
  actors: string[];
}

/** What a timeline offers, as built: its entries in order, and the values of its two filters (the "all" choice left out). */
function builtTimeline(path: string) {
  const $ = loadPage(path);
  const entries: Entry[] = $('ol.tl-list > li')
    .map((_index, item) => ({ id: item.attribs.id, category: item.attribs['data-category'] ?? '', actors: (item.attribs['data-actors'] ?? '').split(' ').filter(Boolean) }))
    .get();
  const options = (name: string) =>
    $(`select[name="${name}"] option`)
      .map((_index, option) => ({ value: option.attribs.value ?? '', label: $(option).text().trim() }))
      .get()
      .filter(({ value }) => value !== '');
  return { entries, categories: options('category'), actors: options('actor').map(({ value }) => value), marked: (id: string) => $(`svg [data-entry="${id}"]`).length > 0 };
}

it('has story timelines to check', () => {
  expect(timelines.length).toBeGreaterThan(0);
});

describe.each(timelines)('%s', (TIMELINE) => {
  const built = builtTimeline(TIMELINE);
  const { entries, categories } = built;
  const count = (category: string) => entries.filter((entry) => entry.category === category).length;
  // A link's subject: the entry halfway down the list (with its mark on the axis), so the page has to move to it.
  const marked = entries.filter((entry) => built.marked(entry.id));
  const linked = marked[Math.floor(marked.length / 2)];
  // A category that hides it, for a URL whose filters would hide the entry it links to.
  const hiding = categories.find(({ value }) => value !== linked?.category);
  // An entry with a category that only some entries have and an actor the actor filter offers: both filters keep it.
  const both = entries
    .filter((entry) => count(entry.category) < entries.length)
    .flatMap((entry) => entry.actors.filter((actor) => built.actors.includes(actor)).map((actor) => ({ entry, actor })))[0];
  // A category a shared address restores: the outside reports, if the story has any.
  const shared = categories.some(({ value }) => value === LATER_REPORTS) ? LATER_REPORTS : categories.at(-1)?.value;
  // A category chosen by typing its name: one word no other category starts with.
  const names = categories.map(({ value, label }) => ({ value, name: label.replace(/\s*\(\d+\)$/, '') }));
  const typed = names.find(({ name }) => !/\s/.test(name) && names.filter((other) => other.name.toLowerCase().startsWith(name.toLowerCase())).length === 1);
  // A category that keeps some entries and hides others.
  const partial = categories.find(({ value }) => count(value) > 0 && count(value) < entries.length);

  it('offers what the tests below use', () => {
    expect(entries.length).toBeGreaterThan(1);
    expect(linked).toBeDefined();
    expect(hiding).toBeDefined();
    expect(both).toBeDefined();
    expect(shared).toBeDefined();
    expect(typed).toBeDefined();
    expect(partial).toBeDefined();
  });

  describe('a link to one event', () => {
    it.each([
      ['wide', { width: 1280, height: 800 }],
      ['320 px', { width: 320, height: 640 }],
    ])('lands on the event and marks it (%s)', async (_name, viewport) => {
      const page = await open(`${TIMELINE}#${linked.id}`, viewport);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(linked.id);
      await waitInView(page, `#${linked.id}`);
      const outline = await page.locator(':target').evaluate((element) => getComputedStyle(element).outlineStyle);
      expect(outline).not.toBe('none');
      // Its mark on the axis is picked out too.
      expect(await page.locator(`svg [data-entry="${linked.id}"]`).getAttribute('class')).toContain('is-current');
    });

    it('opened from elsewhere with motion allowed, jumps straight to the event instead of gliding from the top', async () => {
      const page = await tabs.open(`${siteOrigin()}${TIMELINE}#${linked.id}`, { viewport: { width: 412, height: 823 }, reducedMotion: 'no-preference' });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const top = await page.locator(`#${linked.id}`).evaluate((element) => element.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(48);
    });

    it('still lands when the filters in the same URL would hide the event, by clearing them', async () => {
      const page = await open(`${TIMELINE}?category=${hiding!.value}#${linked.id}`);
      await waitInView(page, `#${linked.id}`);
      expect(await page.locator(`#${linked.id}`).isVisible()).toBe(true);
      expect(await page.locator('select[name="category"]').inputValue()).toBe('');
      expect(new URL(page.url()).searchParams.get('category')).toBeNull();
    });
  });

  describe('filters', () => {
    it('filter with the mouse, show the result in the URL and announce the count', async () => {
      const page = await open(TIMELINE);
      const total = await page.locator('ol.tl-list > li').count();
      const category = both!.entry.category;
      await page.locator('select[name="category"]').selectOption(category);
      await page.waitForFunction((value) => new URL(location.href).searchParams.get('category') === value, category);
      let { shown, expected } = await shownAndExpected(page, category, '');
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThan(total);
      expect(shown).toEqual(expected);
      const status = page.locator('[data-timeline-count]');
      expect(await status.getAttribute('aria-live')).toBe('polite');
      expect(await status.textContent()).toContain(`Showing ${shown.length} of ${total} entries`);

      await page.locator('select[name="actor"]').selectOption(both!.actor);
      const search = `?${new URLSearchParams({ category, actor: both!.actor })}`;
      await page.waitForFunction((wanted) => new URL(location.href).search === wanted, search);
      ({ shown, expected } = await shownAndExpected(page, category, both!.actor));
      expect(shown).toEqual(expected);
      expect(shown).toContain(both!.entry.id);
      // Dimmed on the axis: the marks of hidden entries.
      const dimmed = await page.locator('svg [data-entry].is-filtered-out').count();
      expect(dimmed).toBe(total - shown.length);
    });

    it('restore a shared filtered view from its URL, and ignore values the page does not offer', async () => {
      const page = await open(`${TIMELINE}?category=${shared}`);
      expect(await page.locator('select[name="category"]').inputValue()).toBe(shared);
      const { shown, expected } = await shownAndExpected(page, shared!, '');
      expect(shown).toEqual(expected);
      expect(shown.length).toBeGreaterThan(0);
      // Outside reports, and only they, come from outside the article.
      expect(
        await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('ol.tl-list > li')].filter((li) => li.offsetParent).every((li) => li.dataset.origin === 'external')),
      ).toBe(shared === LATER_REPORTS);

      const bogus = await open(`${TIMELINE}?category=%3Cscript%3E&actor=nobody`);
      const total = await bogus.locator('ol.tl-list > li').count();
      expect((await shownAndExpected(bogus, '', '')).shown).toHaveLength(total);
      expect(await bogus.locator('select[name="category"]').inputValue()).toBe('');
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
      await page.keyboard.type(typed!.name);
      await page.waitForFunction((value) => new URL(location.href).searchParams.get('category') === value, typed!.value);
      const { shown, expected } = await shownAndExpected(page, typed!.value, '');
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
    });
  });

  describe('without JavaScript and in print', () => {
    it('shows every entry and no filters without JavaScript, with no sideways scroll at 320 px', async () => {
      const page = await tabs.open(`${siteOrigin()}${TIMELINE}?category=${partial!.value}`, { viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
      expect(await page.locator('form[data-timeline-filters]').isVisible()).toBe(false);
      const total = await page.locator('ol.tl-list > li').count();
      expect(total).toBe(entries.length);
      expect((await shownAndExpected(page, '', '')).shown).toHaveLength(total);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    });

    it('prints the whole list without the filters, even from a filtered view', async () => {
      const page = await open(`${TIMELINE}?category=${partial!.value}`);
      const total = await page.locator('ol.tl-list > li').count();
      expect((await shownAndExpected(page, '', '')).shown.length).toBeLessThan(total);
      await page.emulateMedia({ media: 'print' });
      expect((await shownAndExpected(page, '', '')).shown).toHaveLength(total);
      expect(await page.locator('form[data-timeline-filters]').isVisible()).toBe(false);
      expect(await page.locator('.copy-link-button').first().isVisible()).toBe(false);
    });
  });
});
