/**
 * Print: paper is white and browsers print without backgrounds, so every kind of page (tests/support/
 * page-kinds.ts) prints dark text on white,
 * even for a reader whose screen is in dark mode; buttons that only work on a screen stay off paper, and
 * nothing is wider than an A4 sheet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browserForFile } from '../support/chromium';
import { browserPages, browserPagesOf, PAGE_KINDS } from '../support/page-kinds';
import { siteOrigin } from '../support/site';

const chromium = browserForFile();
const pages = browserPages();
const ledgers = browserPagesOf('claims ledger');
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  // 718 px: the width of an A4 sheet inside Chromium's default print margins.
  context = await chromium.browser.newContext({ viewport: { width: 718, height: 1000 }, colorScheme: 'dark' });
  page = await context.newPage();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
});
afterAll(async () => {
  await context?.close();
});

interface FadedText {
  text: string;
  colour: string;
  contrast: number;
}

/**
 * Visible text whose colour falls under WCAG AA's 4.5:1 against what it is printed on: white paper for
 * HTML (browsers print without backgrounds), and for SVG text the filled shape under it, if any (SVG
 * fills are drawing, and print).
 */
function textFadedOnPaper(): FadedText[] {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  // Any CSS colour (rgb, oklch, with alpha) as it lands on white.
  const onWhite = (colour: string): [number, number, number] => {
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 1, 1);
    ctx.fillStyle = colour;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
    return [r, g, b];
  };
  const luminance = (rgb: [number, number, number]) => {
    const [r, g, b] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  // The fill of the topmost plain-coloured SVG shape under an SVG text's centre, or white paper.
  const fillUnder = (text: Element): string => {
    text.scrollIntoView({ block: 'center' });
    const box = text.getBoundingClientRect();
    const under = document.elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    for (const shape of under) {
      if (!(shape instanceof SVGGeometryElement)) continue;
      const fill = getComputedStyle(shape).fill;
      if (fill !== 'none' && !fill.startsWith('url(') && !/rgba\(.*,\s*0\)$/.test(fill)) return fill;
    }
    return '#fff';
  };
  const faded: FadedText[] = [];
  const seen = new Set<Element>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || seen.has(element) || !node.textContent?.trim()) continue;
    seen.add(element);
    if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    if (element.closest('.sr-only, .sr-only-focusable, title, desc, script, style, textarea')) continue;
    const style = getComputedStyle(element);
    const colour = element instanceof SVGElement ? style.fill : style.color;
    const paper = element instanceof SVGElement ? fillUnder(element) : '#fff';
    const [lighter, darker] = [luminance(onWhite(colour)), luminance(onWhite(paper))].sort((a, b) => b - a);
    const contrast = (lighter + 0.05) / (darker + 0.05);
    if (contrast < 4.5) faded.push({ text: node.textContent.trim().slice(0, 60), colour, contrast: Math.round(contrast * 100) / 100 });
  }
  return faded;
}

describe('printed with the dark colour scheme preferred', () => {
  it('finds a page of every kind to print', () => {
    expect(pages.length).toBeGreaterThanOrEqual(PAGE_KINDS.length);
  });

  it.each(pages)('%s prints dark text on white, and no screen-only buttons', async (path) => {
    await page.goto(siteOrigin() + path, { waitUntil: 'load' });
    expect(await page.evaluate(textFadedOnPaper)).toEqual([]);
    const screenOnly = await page
      .locator('button[data-copy-link], button[data-share-link], button[data-copy-text-from], .toc-share')
      .evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).map((element) => element.outerHTML.slice(0, 80)));
    expect(screenOnly).toEqual([]);
    // Nothing runs off the side of the sheet, where paper would cut it.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });

  it('finds a claims ledger to print', () => {
    expect(ledgers.length).toBeGreaterThan(0);
  });

  it.each(ledgers)('prints the claims ledger %s as a table whose header repeats, not as cards', async (path) => {
    await page.goto(siteOrigin() + path, { waitUntil: 'load' });
    const layout = await page.evaluate(() => ({
      head: getComputedStyle(document.querySelector('.ledger thead')!).display,
      row: getComputedStyle(document.querySelector('.ledger-row')!).display,
      headerHeight: document.querySelector('.ledger thead')!.getBoundingClientRect().height,
    }));
    expect(layout).toMatchObject({ head: 'table-header-group', row: 'table-row' });
    expect(layout.headerHeight).toBeGreaterThan(10);
  });
});
