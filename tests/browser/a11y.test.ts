/**
 * Accessibility: axe-core finds no WCAG 2.2 A/AA violation on a page of every kind (the largest of each, and
 * the smallest where the kind varies: tests/support/page-kinds.ts), in light and dark colour schemes, at 320 px and 1280 px, each
 * page loaded once and each variant set on it. Closed <details> are opened first so the notes inside are checked too.
 * axe is injected as a script, so these contexts bypass the page's CSP (the CSP itself is tested elsewhere).
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { launchChromium } from '../support/chromium';
import { browserPages, PAGE_KINDS } from '../support/page-kinds';
import { siteOrigin } from '../support/site';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = browserPages();
const variants = [
  { colorScheme: 'light', width: 320 },
  { colorScheme: 'dark', width: 320 },
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'dark', width: 1280 },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** One line per failing element: rule, impact, what is wrong and where. */
function describeViolations(results: AxeResults): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')} — ${
          (node.failureSummary ?? '').split('\n').slice(1).join(' ').trim() || node.html.slice(0, 120)
        }`,
    ),
  );
}

describe('axe', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: variants[0].width, height: 900 }, bypassCSP: true });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('has a page of every kind to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(PAGE_KINDS.length);
  });

  // One load per page: the colour scheme is CSS alone (prefers-color-scheme) and the layout follows the
  // viewport, so each variant is set on the loaded page, as a reader resizing or switching scheme would.
  it.each(pages)('%s has no WCAG 2.2 A/AA violations, light and dark, at 320 px and 1280 px', async (path) => {
    await page.setViewportSize({ width: variants[0].width, height: 900 });
    await page.emulateMedia({ colorScheme: variants[0].colorScheme });
    await page.goto(siteOrigin() + path, { waitUntil: 'load' });
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    await page.addScriptTag({ path: AXE_PATH });
    const violations: string[] = [];
    for (const { colorScheme, width } of variants) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      const results = await page.evaluate(async (tags) => {
        // The new layout and colours are computed before axe reads them.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          // Details of passing checks are not needed; leaving them out makes each run much faster.
          resultTypes: ['violations'],
        });
      }, WCAG_TAGS);
      expect(results.testEngine.name).toBe('axe-core');
      expect(await page.evaluate(() => [matchMedia('(prefers-color-scheme: dark)').matches, innerWidth])).toEqual([colorScheme === 'dark', width]);
      violations.push(...describeViolations(results).map((line) => `${colorScheme}, ${width} px: ${line}`));
    }
    expect(violations).toEqual([]);
  });
});
