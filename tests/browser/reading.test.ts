/**
 * A reader's first minute with a report: the report starts on the first screen of a phone and a laptop,
 * in light and dark; the keyboard reaches it in a few stops; the site's notes never push the reporter's
 * paragraphs apart; the links the site adds can be switched off. Then deep links into its charts, timeline
 * and claims ledger. Each on the pages of its kind in the browser sample (tests/support/page-kinds.ts: the
 * largest, and the smallest where the kind varies), whichever stories they belong to.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabsForFile } from '../support/chromium';
import { browserPagesOf } from '../support/page-kinds';
import { siteOrigin } from '../support/site';

const articles = browserPagesOf('article');
const tabs = tabsForFile();

function open(path: string, viewport: { width: number; height: number }, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  // Reduced motion: the page scrolls to a link's target at once, so where it lands can be measured.
  return tabs.open(siteOrigin() + path, { viewport, colorScheme, reducedMotion: 'reduce' });
}

it('the browser sample has pages of each kind to check', () => {
  for (const pages of [articles, chartPages, timelines, ledgers]) expect(pages.length).toBeGreaterThan(0);
});

describe.each(articles)('reading %s', (path) => {
  describe.each([
    { width: 390, height: 844 },
    { width: 1440, height: 900 },
  ])('at $width×$height', (viewport) => {
    it.each(['light', 'dark'] as const)('shows the report’s first paragraph on the first screen (%s)', async (colorScheme) => {
      const page = await open(path, viewport, colorScheme);
      const first = page.locator('.article-body p[id]').first();
      const box = (await first.boundingBox())!;
      // At least its first two lines are on screen, not merely its top edge.
      const lineHeight = await first.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
      expect(box.y + 2 * lineHeight).toBeLessThanOrEqual(viewport.height);
    });
  });

  it('takes at most 8 Tab stops to reach the report’s first paragraph, in reading order', async () => {
    const page = await open(path, { width: 1440, height: 900 });
    const firstId = await page.locator('.article-body p[id]').first().getAttribute('id');
    const stops: { text: string; top: number }[] = [];
    for (let press = 0; press < 40; press += 1) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate((id) => {
        const active = document.activeElement as HTMLElement;
        return { inFirst: Boolean(active.closest(`#${id}`)), text: (active.textContent ?? '').trim().slice(0, 40), top: active.getBoundingClientRect().top + scrollY };
      }, firstId!);
      if (where.inFirst) break;
      stops.push(where);
    }
    expect(stops.length, stops.map((stop) => stop.text).join(' | ')).toBeLessThanOrEqual(8);
    // Focus never jumps back up the page on its way down.
    const tops = stops.map((stop) => stop.top);
    expect(tops.slice(3)).toEqual([...tops.slice(3)].sort((a, b) => a - b));
  });

  it.each(['light', 'dark'] as const)('keeps the site’s closed notes from pushing paragraphs apart or overlapping, at 1440 px (%s)', async (colorScheme) => {
    const page = await open(path, { width: 1440, height: 900 }, colorScheme);
    const heights = () => page.$$eval('.article-body .block', (blocks) => blocks.map((block) => Math.round(block.getBoundingClientRect().height)));
    const withNotes = await heights();
    const asides = await page.$$eval('.article-body .block-aside', (list) =>
      list.map((aside) => {
        const box = [...aside.children].reduce(
          (all, child) => {
            const rect = child.getBoundingClientRect();
            return { top: Math.min(all.top, rect.top), bottom: Math.max(all.bottom, rect.bottom) };
          },
          { top: Infinity, bottom: -Infinity },
        );
        return box;
      }),
    );
    expect(asides.length).toBeGreaterThan(0);
    for (let index = 1; index < asides.length; index += 1) expect(asides[index].top).toBeGreaterThanOrEqual(asides[index - 1].bottom);
    await page.$$eval('.article-body .block-aside', (list) => list.forEach((aside) => ((aside as HTMLElement).style.display = 'none')));
    expect(await heights()).toEqual(withNotes);
  });

  it('sets each note as a one-line marker under its paragraph on a phone, opened on demand', async () => {
    const page = await open(path, { width: 390, height: 844 });
    const summaries = page.locator('.article-body .block-aside summary');
    const count = await summaries.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index += 1) {
      const box = (await summaries.nth(index).boundingBox())!;
      expect(box.height).toBeLessThanOrEqual(48);
    }
    expect(await page.locator('.article-body .block-aside').filter({ hasText: /^Linked:/ }).count()).toBe(0);
    await summaries.first().click();
    expect(await page.locator('.article-body .block-aside details').first().evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
  });

  it('says each later figure once, beside the first passage that reports it', async () => {
    const page = await open(path, { width: 1440, height: 900 });
    const figures = await page.$$eval('.article-body .block-aside .later-report p:first-child a', (links) => links.map((link) => link.getAttribute('href')));
    expect(figures.length).toBeGreaterThan(0);
    expect(new Set(figures).size).toBe(figures.length);
  });

  it.each(['light', 'dark'] as const)('lands a deep link on its passage and says which report and section it is in (%s)', async (colorScheme) => {
    const plain = await open(path, { width: 390, height: 844 }, colorScheme);
    expect(await plain.locator('.arrival-note').filter({ visible: true }).count()).toBe(0);
    const headline = (await plain.locator('h1').textContent())!.trim();
    // A passage deep in the report: the last paragraph of its last section (named by its heading, if the site gave it one).
    const last = plain.locator('.article-section').last();
    const target = await last.locator('.block > p[id]').last().getAttribute('id');
    const section = (await last.locator('h2').count()) > 0 ? (await last.locator('h2').textContent())!.trim() : '';

    const page = await open(`${path}#${target}`, { width: 390, height: 844 }, colorScheme);
    const note = page.locator('.arrival-note').filter({ visible: true });
    expect(await note.count()).toBe(1);
    expect(await note.textContent()).toContain(headline);
    expect(await note.textContent()).toContain(section);
    expect(await note.locator('a').getAttribute('href')).toBe(path);
    await page.waitForFunction((id) => {
      const box = document.getElementById(id)!.getBoundingClientRect();
      return box.top >= -1 && box.top < innerHeight / 2;
    }, target!);
    const targetBox = (await page.locator(`#${target}`).boundingBox())!;
    const noteBox = (await note.boundingBox())!;
    expect(targetBox.y + 40).toBeLessThan(noteBox.y);
  });

  it('switches the site’s links in the text off and on, and keeps the choice in the address', async () => {
    const page = await open(path, { width: 1440, height: 900 });
    const links = page.locator('.article-body a.annot');
    expect(await links.count()).toBeGreaterThan(0);
    await page.locator('.article-about summary').click();
    await page.locator('input[data-annotation-switch]').uncheck();
    expect(new URL(page.url()).searchParams.get('annotations')).toBe('off');
    expect(await links.first().evaluate((link) => getComputedStyle(link).textDecorationLine)).toBe('none');
    expect(await links.first().getAttribute('tabindex')).toBe('-1');
    await page.reload();
    expect(await page.locator('input[data-annotation-switch]').isChecked()).toBe(false);
    expect(await links.first().evaluate((link) => getComputedStyle(link).textDecorationLine)).toBe('none');
    await page.locator('.article-about summary').click();
    await page.locator('input[data-annotation-switch]').check();
    expect(new URL(page.url()).searchParams.has('annotations')).toBe(false);
    expect(await links.first().evaluate((link) => getComputedStyle(link).textDecorationLine)).toBe('underline');
  });
});

const chartPages = browserPagesOf('charts');

describe.each(chartPages)('a link to a figure on %s', (path) => {
  it('lands on its mark, with its own axis on screen whenever both fit', async () => {
    const page = await open(path, { width: 390, height: 844 });
    // The first and the last figure of each chart: the top of a chart, and the mark furthest below its
    // first axis. (Each is a page load; every figure's id and link is checked in the built HTML.)
    const figures = await page.$$eval('figure[data-chart-figure]', (charts) =>
      charts.flatMap((chart) => {
        const ids = [...chart.querySelectorAll<HTMLElement>('tbody[data-figure]')].map((body) => body.dataset.figure!);
        return [...new Set([ids[0], ids.at(-1)])].filter((id) => id !== undefined);
      }),
    );
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      const tab = await open(`${path}#figure-${figure}`, { width: 390, height: 844 });
      await tab.waitForFunction((id) => (document.activeElement as HTMLElement | null)?.dataset?.figure === id, figure);
      const where = await tab.evaluate(() => {
        const mark = document.activeElement as unknown as SVGGraphicsElement;
        const box = mark.getBoundingClientRect();
        // Its own axis: the nearest above it (a chart has one per kind of count).
        const axis = [...mark.ownerSVGElement!.querySelectorAll('.chart-axis-label')].map((label) => label.getBoundingClientRect()).filter((label) => label.top <= box.top).at(-1)!;
        return { top: box.top, bottom: box.bottom, axisTop: axis.top, fits: box.bottom - axis.top + 32 <= innerHeight, height: innerHeight };
      });
      expect(where.top, figure).toBeGreaterThanOrEqual(0);
      expect(where.bottom, figure).toBeLessThanOrEqual(where.height);
      if (where.fits) expect(where.axisTop, figure).toBeGreaterThanOrEqual(0);
    }
  });
});

const timelines = browserPagesOf('story timeline');

describe.each(timelines)('a link to an entry of %s', (path) => {
  it('lands on the entry and says which view of which report it is in', async () => {
    const plain = await open(path, { width: 390, height: 844 });
    expect(await plain.locator('.page-arrival').filter({ visible: true }).count()).toBe(0);
    const entry = await plain.locator('li[id^="event-"]').nth(1).getAttribute('id');
    const report = (await plain.locator('nav[aria-label^="Story:"]').getAttribute('aria-label'))!.replace(/^Story: /, '');
    const page = await open(`${path}#${entry}`, { width: 390, height: 844 });
    const note = page.locator('.page-arrival').filter({ visible: true });
    expect(await note.textContent()).toContain(report);
    const box = (await page.locator(`#${entry}`).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(-1);
    expect(box.y).toBeLessThan((await note.boundingBox())!.y);
  });
});

const ledgers = browserPagesOf('claims ledger');

describe.each(ledgers)('the claims ledger %s on a phone', (path) => {
  it('shows about one screen per group, the rest one tap away, and every row a link points to', async () => {
    const page = await open(path, { width: 390, height: 844 });
    const heights = await page.$$eval('tbody[data-group]', (bodies) => bodies.map((body) => Math.round(body.getBoundingClientRect().height)));
    expect(heights.length).toBeGreaterThan(0);
    // "About one screen": two cards and the switch, never more than a screen and a half.
    for (const height of heights) expect(height).toBeLessThanOrEqual(844 * 1.5);
    if ((await page.locator('tbody[data-group]:has(.ledger-more-toggle)').count()) === 0) {
      // Every group is short: all its rows show, with no "more" to tap.
      const rows = page.locator('tr.ledger-row');
      expect(await rows.filter({ visible: true }).count()).toBe(await rows.count());
    } else {
      const long = page.locator('tbody[data-group]:has(.ledger-more-toggle)').first();
      const all = await long.locator('tr.ledger-row').count();
      expect(await long.locator('tr.ledger-row').filter({ visible: true }).count()).toBeLessThan(all);
      await long.locator('.ledger-more-row label').click();
      expect(await long.locator('tr.ledger-row').filter({ visible: true }).count()).toBe(all);
      // A link to a row beyond the first ones shows it, with its whole group.
      const hidden = await page.locator('tbody[data-group]:has(.ledger-more-toggle) tr.ledger-row').last().getAttribute('id');
      const linked = await open(`${path}#${hidden}`, { width: 390, height: 844 });
      expect(await linked.locator(`#${hidden}`).isVisible()).toBe(true);
    }
  });
});
