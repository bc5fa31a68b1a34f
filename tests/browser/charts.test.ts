/**
 * The charts page in real Chromium: a keyboard reaches each mark and hears/sees its value, the table
 * toggle works, no label collides with another at 320, 768 or 1280 px, and the page reads without
 * JavaScript, in dark mode and with reduced motion. Checked on the charts pages of the browser sample
 * (tests/support/page-kinds.ts: the largest, and the smallest where the kind varies), whatever their story; the figures each test
 * uses are read from the page as built.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PALETTES } from '../../src/views/charts/theme';
import { CLIPBOARD, tabsForFile } from '../support/chromium';
import { browserPagesOf } from '../support/page-kinds';
import { loadPage, siteOrigin } from '../support/site';

const chartPages = browserPagesOf('charts');
// Pages that show a feature only some stories have: a toll reported more than once, reports from outside the article.
const has = (selector: string) => chartPages.filter((path) => loadPage(path)(selector).length > 0);
const overTime = has('svg.chart-svg[data-chart="over-time"]');
const bothOrigins = has('.chart-variant-wide .origin-external .mark-dot').filter((path) => loadPage(path)('.chart-variant-wide .origin-article .mark-dot').length > 0);
const tabs = tabsForFile();

async function open(
  PAGE: string,
  width: number,
  options: { javaScript?: boolean; colorScheme?: 'light' | 'dark'; reducedMotion?: 'reduce' | 'no-preference'; hash?: string; permissions?: string[] } = {},
): Promise<Page> {
  const page = await tabs.open(`${siteOrigin()}${PAGE}${options.hash ?? ''}`, {
    viewport: { width, height: 800 },
    javaScriptEnabled: options.javaScript ?? true,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    permissions: options.permissions,
  });
  if (options.javaScript ?? true) await page.waitForSelector('[data-chart-figure][data-enhanced]', { state: 'attached' });
  return page;
}

interface Overlap {
  a: string;
  b: string;
}

/** Text boxes of every visible chart SVG that overlap another, or stick out of their SVG. */
async function collisions(page: Page): Promise<{ overlaps: Overlap[]; outside: string[]; texts: number; variants: string[] }> {
  return page.evaluate(() => {
    const svgs = [...document.querySelectorAll<SVGSVGElement>('svg.chart-svg')].filter((svg) => svg.getClientRects().length > 0);
    const overlaps: { a: string; b: string }[] = [];
    const outside: string[] = [];
    let texts = 0;
    for (const svg of svgs) {
      const frame = svg.getBoundingClientRect();
      const boxes = [...svg.querySelectorAll('text')].map((text) => ({ text: text.textContent ?? '', box: text.getBoundingClientRect() }));
      texts += boxes.length;
      for (const { text, box } of boxes) {
        if (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1) outside.push(text);
      }
      for (let i = 0; i < boxes.length; i += 1) {
        for (let j = i + 1; j < boxes.length; j += 1) {
          const [p, q] = [boxes[i].box, boxes[j].box];
          // A pixel of give: glyph boxes of neighbouring lines touch at their edges.
          const overlap = Math.min(p.right, q.right) - Math.max(p.left, q.left) > 1 && Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 1;
          if (overlap) overlaps.push({ a: boxes[i].text, b: boxes[j].text });
        }
      }
    }
    return { overlaps, outside, texts, variants: svgs.map((svg) => svg.closest<HTMLElement>('.chart-variant')?.dataset.variant ?? '') };
  });
}

it('has charts pages to check, with a toll reported over time and with reports from outside the article', () => {
  expect(chartPages.length).toBeGreaterThan(0);
  expect(overTime.length).toBeGreaterThan(0);
  expect(bothOrigins.length).toBeGreaterThan(0);
});

describe.each(chartPages)('labels on %s at the widths readers use', (PAGE) => {
  // The charts each layout draws, and their labels, as built.
  const $ = loadPage(PAGE);
  const built = (variant: string) => $(`.chart-variant[data-variant="${variant}"] svg.chart-svg`);

  it.each([
    [320, 'narrow'],
    [768, 'medium'],
    [1280, 'wide'],
  ] as const)('never collide or leave their chart at %i px (the %s layout)', async (width, variant) => {
    expect(built(variant).length).toBeGreaterThan(0);
    const page = await open(PAGE, width);
    const result = await collisions(page);
    expect(result.variants.length).toBe(built(variant).length);
    expect(new Set(result.variants)).toEqual(new Set([variant]));
    expect(result.texts).toBe(built(variant).find('text').length);
    expect(result.overlaps).toEqual([]);
    expect(result.outside).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const smallest = await page.evaluate(() =>
      Math.min(...[...document.querySelectorAll('svg.chart-svg text')].filter((text) => text.getClientRects().length).map((text) => text.getBoundingClientRect().height)),
    );
    expect(smallest, 'smallest label height in px').toBeGreaterThanOrEqual(10);
  });
});

describe.each(overTime)('a toll revised over time on %s', (PAGE) => {
  it('keeps every reported number apart on a 390 px phone: adjacent reports at least 12 px apart', async () => {
    const page = await open(PAGE, 390);
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('svg.chart-svg[data-chart="over-time"]')]
        .filter((svg) => svg.getClientRects().length > 0)
        .map((svg) =>
          [...svg.querySelectorAll('a.chart-mark .mark')].map((mark) => {
            const box = mark.getBoundingClientRect();
            return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
          }),
        ),
    );
    expect(charts.length).toBeGreaterThan(0);
    for (const centres of charts) {
      expect(centres.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < centres.length; i += 1) {
        const distance = Math.hypot(centres[i].x - centres[i - 1].x, centres[i].y - centres[i - 1].y);
        expect(distance, `report ${i} and ${i + 1}`).toBeGreaterThanOrEqual(12);
      }
    }
  });
});

describe.each(chartPages)('%s', (PAGE) => {
  const $ = loadPage(PAGE);
  // The last figure: the deepest a link can point to.
  const figure = $('tbody[data-figure]').last().attr('data-figure');
  // The first chart with a chart/table switch, and the first row of its table.
  const switchable = $('[data-chart-figure]:has([data-chart-toolbar])').first();
  const chartId = switchable.attr('id');
  const row = switchable.find('tr[id^="figure-"]').first().attr('id');
  // Every chart's drawings: one per kind of chart in it, each drawn once per layout.
  const charts = $('[data-chart-figure]')
    .map((_index, element) => ({ id: element.attribs.id, drawings: new Set($(element).find('svg.chart-svg').map((_i, svg) => svg.attribs['data-chart']).get()).size }))
    .get();

  it('has figures, a chart with a table to switch to, and charts with ids', () => {
    expect(figure).toBeDefined();
    expect(chartId).toBeDefined();
    expect(row).toBeDefined();
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.every(({ id, drawings }) => id && drawings > 0)).toBe(true);
  });

  describe('keyboard', () => {
    it('reaches a mark with Tab, rings it and shows its value, source and status', async () => {
      const page = await open(PAGE, 1280);
      let focused = '';
      for (let presses = 0; presses < 80 && !focused; presses += 1) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => (document.activeElement?.matches('.chart-mark') ? (document.activeElement.getAttribute('data-report') ?? 'map') : ''));
      }
      expect(focused, 'a chart mark took focus').not.toBe('');
      const state = await page.evaluate(() => {
        const mark = document.activeElement as SVGElement;
        const tip = mark.closest('[data-chart-figure]')!.querySelector<HTMLElement>('[data-chart-tooltip]')!;
        const ring = getComputedStyle(mark.querySelector('.chart-focus-ring')!);
        const box = tip.getBoundingClientRect();
        return { label: mark.getAttribute('aria-label'), tip: tip.hidden ? '' : tip.innerText, visible: box.width > 0 && box.height > 0, ring: ring.stroke, ringWidth: ring.strokeWidth };
      });
      expect(state.visible).toBe(true);
      expect(state.ring).not.toBe('none');
      expect(parseFloat(state.ringWidth)).toBeGreaterThanOrEqual(2);
      expect(state.label).toMatch(/Source: /);
      expect(state.tip).toContain('Source: ');
      expect(state.tip).toContain('Status: ');

      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => document.activeElement?.getAttribute('data-report'));
      expect(next).not.toBe(focused);
      await page.keyboard.press('Escape');
      expect(await page.locator('[data-chart-tooltip]').first().isHidden()).toBe(true);
    });

    it('follows a #figure- link straight to that figure’s mark and focuses it, even with motion allowed', async () => {
      // Opened from elsewhere, the page jumps to the mark at once (as every permalink does): no glide from the top.
      const page = await open(PAGE, 768, { hash: `#figure-${figure}` });
      await page.waitForFunction((id) => document.activeElement?.getAttribute('data-figure') === id, figure!);
      const inView = await page.evaluate(() => {
        const box = document.activeElement!.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight;
      });
      expect(inView).toBe(true);
    });
  });

  describe('chart and table', () => {
    it('switches between the chart and its table', async () => {
      const page = await open(PAGE, 1280);
      const figure = page.locator(`#${chartId}`);
      await expect.poll(() => figure.locator('[data-chart-table]').isHidden()).toBe(true);
      await figure.getByRole('button', { name: 'Table', exact: true }).click();
      expect(await figure.locator('[data-chart-table]').isVisible()).toBe(true);
      expect(await figure.locator('[data-chart-visual]').first().isHidden()).toBe(true);
      expect(await figure.getByRole('button', { name: 'Table', exact: true }).getAttribute('aria-pressed')).toBe('true');
      expect(await figure.locator(`tr#${row}`).isVisible()).toBe(true);
      await figure.getByRole('button', { name: 'Chart', exact: true }).click();
      expect(await figure.locator('[data-chart-visual]').first().isVisible()).toBe(true);
      expect(await figure.locator('[data-chart-table]').isHidden()).toBe(true);
    });

    it('shows both, and no switch, without JavaScript', async () => {
      const page = await open(PAGE, 320, { javaScript: false });
      for (const { id, drawings } of charts) {
        const chart = page.locator(`#${id}`);
        expect(await chart.locator('[data-chart-table]').isVisible(), id).toBe(true);
        // Each drawing (a map too) once, in its narrow layout.
        expect(await chart.locator('svg.chart-svg').filter({ visible: true }).count(), id).toBe(drawings);
        expect(await chart.locator('[data-chart-toolbar]').isHidden(), id).toBe(true);
        // The PNG needs a script to draw it; the SVG, which any browser opens, is there instead.
        expect(await chart.locator('.chart-downloads button[data-chart-png]').isHidden(), id).toBe(true);
        expect(await chart.locator('.chart-downloads a[href$=".svg"]').isVisible(), id).toBe(true);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });

  describe('downloads', () => {
    it('saves a chart as a PNG the browser draws from its SVG, at twice its size, with ink on paper', async () => {
      const page = await open(PAGE, 1280);
      const button = page.locator('.chart-downloads button[data-chart-png]').first();
      expect(await button.isVisible()).toBe(true);
      const [svgPath, fileName] = [await button.getAttribute('data-chart-png'), await button.getAttribute('data-file-name')];
      const svgWidth = await page.evaluate(async (url) => {
        const svg = new DOMParser().parseFromString(await (await fetch(url)).text(), 'image/svg+xml');
        return Number(svg.documentElement.getAttribute('width'));
      }, svgPath!);
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toBe(fileName);
      const png = readFileSync((await download.path())!);
      expect(png.subarray(0, 8).toString('hex'), 'a PNG file').toBe('89504e470d0a1a0a');
      expect(png.readUInt32BE(16), 'twice the SVG’s width').toBe(2 * svgWidth);
      // Drawn, not blank: the chart's paper at the corner, and text and marks in dark ink across it.
      const pixels = await page.evaluate(async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = Object.assign(document.createElement('canvas'), { width: image.naturalWidth, height: image.naturalHeight });
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        let ink = 0;
        for (let index = 0; index < data.length; index += 4) if (data[index] + data[index + 1] + data[index + 2] < 3 * 110) ink += 1;
        return { corner: [...data.slice(0, 4)], ink: ink / (data.length / 4) };
      }, png.toString('base64'));
      const paper = PALETTES.light['--chart-paper'].match(/[0-9a-f]{2}/gi)!.map((hex) => parseInt(hex, 16));
      expect(pixels.corner, 'opaque paper in the corner').toEqual([...paper, 255]);
      expect(pixels.ink, 'share of dark pixels').toBeGreaterThan(0.005);
      await expect.poll(() => page.locator('[role="status"][data-status-region]').textContent()).toBe('PNG saved');
    });
  });

  describe('motion', () => {
    it('shows the tooltip without animation when the reader asks for reduced motion', async () => {
      const page = await open(PAGE, 1280, { reducedMotion: 'reduce' });
      const duration = await page.evaluate(() => getComputedStyle(document.querySelector('[data-chart-tooltip]')!).transitionDuration);
      expect(duration).toBe('0s');
    });
  });

  describe('embed code', () => {
    it('copies the snippet once and says so in the page’s one live region', async () => {
      const page = await open(PAGE, 1280, { permissions: CLIPBOARD });
      await page.evaluate(() => {
        // Counts writes: a button bound twice (by two components' scripts) would copy twice.
        const write = navigator.clipboard.writeText.bind(navigator.clipboard);
        (window as unknown as { writes: number }).writes = 0;
        navigator.clipboard.writeText = (text: string) => {
          (window as unknown as { writes: number }).writes++;
          return write(text);
        };
      });
      const details = page.locator('details:has(textarea.embed-code)').first();
      await details.locator('summary').click();
      const shown = () => details.locator('.embed-choice').filter({ visible: true });
      expect(await shown().count()).toBe(1);
      const snippet = await shown().locator('textarea.embed-code').inputValue();
      expect(snippet).not.toMatch(/\/(dark|auto)\/"/);
      await shown().locator('button[data-copy-text-from]').click();
      await expect.poll(() => page.locator('[role="status"][data-status-region]').textContent()).toBe('Embed code copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
      expect(await page.evaluate(() => (window as unknown as { writes: number }).writes)).toBe(1);
      // Choosing dark shows (and copies) the dark snippet instead.
      await details.locator('input[value="dark"]').check();
      expect(await shown().count()).toBe(1);
      const dark = await shown().locator('textarea.embed-code').inputValue();
      expect(dark).toMatch(/\/dark\/"/);
      await shown().locator('button[data-copy-text-from]').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(dark);
      expect(await page.locator('[data-status-region]').count()).toBe(1);
    });
  });
});

describe.each(bothOrigins)('colour schemes on %s', (PAGE) => {
  it.each(['light', 'dark'] as const)('draws the article’s marks in the %s palette', async (scheme) => {
    const page = await open(PAGE, 1280, { colorScheme: scheme });
    const colours = await page.evaluate(() => {
      const rgb = (value: string) => `#${value.match(/\d+/g)!.slice(0, 3).map((part) => Number(part).toString(16).padStart(2, '0')).join('')}`;
      const dot = document.querySelector('.chart-variant-wide .origin-article .mark-dot')!;
      const later = document.querySelector('.chart-variant-wide .origin-external .mark-dot')!;
      return { article: rgb(getComputedStyle(dot).fill), later: rgb(getComputedStyle(later).stroke), dash: getComputedStyle(later).strokeDasharray };
    });
    expect(colours.article).toBe(PALETTES[scheme]['--chart-article']);
    expect(colours.later).toBe(PALETTES[scheme]['--chart-later']);
    expect(colours.dash).not.toBe('none');
  });
});
