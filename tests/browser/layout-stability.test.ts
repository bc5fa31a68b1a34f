/**
 * Scripts move nothing: on a page of every kind (tests/support/page-kinds.ts), at a phone's width and a laptop's, each element sits in the same
 * box before the page's scripts run (they are held back) as after they have run. Controls that need a
 * script are laid out from the first paint (see `data-needs-js` in global.css), so enhancing a page never
 * pushes the text a reader has started on (no layout shift, CLS 0).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabsForFile, type TabOptions } from '../support/chromium';
import { browserPages } from '../support/page-kinds';
import { siteOrigin } from '../support/site';

const pages = browserPages();
const tabs = tabsForFile();

type Boxes = Record<string, string>;

/** Every laid-out element outside SVG drawings, keyed by its path from <body>, with its box in the document. */
function layoutBoxes(): Boxes {
  const boxes: Boxes = {};
  const visit = (element: Element, path: string) => {
    const rect = element.getBoundingClientRect();
    if (rect.width > 0 || rect.height > 0) {
      const box = [rect.x + scrollX, rect.y + scrollY, rect.width, rect.height].map((value) => Math.round(value));
      boxes[path] = box.join(',');
    }
    if (element.namespaceURI === 'http://www.w3.org/2000/svg') return;
    [...element.children].forEach((child, index) => visit(child, `${path} > ${child.tagName.toLowerCase()}:${index + 1}`));
  };
  visit(document.body, 'body');
  return boxes;
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function boxesOf(path: string, options: TabOptions, runScripts: boolean): Promise<Boxes> {
  const page = await tabs.open(siteOrigin() + path, runScripts ? options : { ...options, scripts: false });
  await settle(page);
  return page.evaluate(layoutBoxes);
}

const VIEWPORTS: [string, TabOptions][] = [
  ['phone (412 px)', { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 }],
  ['laptop (1280 px)', { viewport: { width: 1280, height: 800 } }],
];

describe.each(VIEWPORTS)('on a %s', (_, options) => {
  it.each(pages)('%s: running its scripts moves nothing', async (path) => {
    const before = await boxesOf(path, options, false);
    const after = await boxesOf(path, options, true);
    const moved = Object.keys(before)
      .filter((key) => key in after && before[key] !== after[key])
      .map((key) => `${key}: ${before[key]} -> ${after[key]}`);
    expect(Object.keys(before).length).toBeGreaterThan(10);
    expect(moved.slice(0, 10)).toEqual([]);
  });
});
