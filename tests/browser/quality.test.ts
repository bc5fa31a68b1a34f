/**
 * A page of every kind (tests/support/page-kinds.ts) in real Chromium, as served with its headers (the
 * built HTML of every page is checked for the same offline references and CSP in tests/build/):
 *  - nothing is requested from another origin, nothing fails to load, no CSP violation, no script error;
 *  - with JavaScript off, at 320 px, the page shows its content: main has text, every chart and table is
 *    visible, every SVG image has a title, nothing scrolls sideways, and no content waits for a script;
 *  - no two words run together where a template's line break met an inline element (Astro's HTML
 *    compression drops that whitespace: "shown in<span>boxed labels</span>" read "shown inboxed labels").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { browserPages } from '../support/page-kinds';
import { siteOrigin } from '../support/site';

const pages = browserPages();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Everything a page did that a strict, self-contained site must not do. */
function watch(page: Page): { problems: string[] } {
  const origin = siteOrigin();
  const record = { problems: [] as string[] };
  // Which page asked for each request: a request of the page before (its favicon, cancelled by the next
  // navigation) can fail after the next page's list has started, and is not that page's problem.
  const askedBy = new WeakMap<object, string[]>();
  page.on('request', (request) => {
    askedBy.set(request, record.problems);
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) record.problems.push(`request to another origin: ${request.method()} ${url}`);
  });
  page.on('requestfailed', (request) => askedBy.get(request)?.push(`failed to load ${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) record.problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || /Refused to|Content Security Policy/i.test(message.text())) {
      record.problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => record.problems.push(`script error: ${error.message}`));
  page.on('dialog', (dialog) => {
    record.problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  return record;
}

/** Collects CSP violations the page reports to itself (the init script runs before any page script). */
function reportViolations(): void {
  const seen: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`);
  });
}

describe('with JavaScript on: same origin only, no CSP violation, no error', () => {
  let context: BrowserContext;
  let page: Page;
  let record: { problems: string[] };

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(reportViolations);
    page = await context.newPage();
    record = watch(page);
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(pages)('%s', async (path) => {
    record.problems = [];
    const response = await page.goto(siteOrigin() + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    // Reveal everything that might load late: scroll through, open every <details>.
    await page.evaluate(async () => {
      document.querySelectorAll('details').forEach((details) => (details.open = true));
      for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
        scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    });
    // Whatever the reveal started (lazy images, fonts) has finished loading.
    await page.waitForFunction(() => [...document.images].every((image) => image.complete) && document.fonts.status === 'loaded');
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect([...record.problems, ...violations.map((violation) => `CSP violation: ${violation}`)]).toEqual([]);
  });
});

describe('with JavaScript off, at 320 px: the content is there', () => {
  let off: BrowserContext;
  let on: BrowserContext;
  let pageOff: Page;
  let pageOn: Page;
  let record: { problems: string[] };

  beforeAll(async () => {
    off = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    on = await browser.newContext({ viewport: { width: 320, height: 640 } });
    pageOff = await off.newPage();
    pageOn = await on.newPage();
    record = watch(pageOff);
  });
  afterAll(async () => {
    await off?.close();
    await on?.close();
  });

  it.each(pages)('%s', async (path) => {
    record.problems = [];
    await pageOff.goto(siteOrigin() + path, { waitUntil: 'load' });
    const shown = await pageOff.evaluate(() => {
      const main = document.querySelector('main');
      const visible = (element: Element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
      };
      const describe = (element: Element) =>
        `<${element.tagName.toLowerCase()}${element.id ? ` id="${element.id}"` : ''}${element.getAttribute('class') ? ` class="${element.getAttribute('class')}"` : ''}>`;
      return {
        mainText: (main as HTMLElement | null)?.innerText.trim() ?? '',
        hidden: [...document.querySelectorAll('main table, main svg[role="img"]')].filter((element) => !visible(element)).map(describe),
        untitled: [...document.querySelectorAll('svg[role="img"]')]
          .filter((svg) => !svg.querySelector(':scope > title')?.textContent?.trim())
          .map(describe),
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    expect(shown.mainText.length, 'main shows text').toBeGreaterThan(0);
    expect(shown.hidden, 'charts and tables hidden without JavaScript').toEqual([]);
    expect(shown.untitled, 'SVG images without a <title>').toEqual([]);
    expect(shown.overflow, 'horizontal scroll at 320 px').toBeLessThanOrEqual(0);
    expect(record.problems).toEqual([]);

    // Scripts may enhance, not supply, the content: without them the page shows at least most of its text.
    await pageOn.goto(siteOrigin() + path, { waitUntil: 'load' });
    const enhancedText = await pageOn.evaluate(() => document.querySelector('main')?.innerText.trim() ?? '');
    expect(shown.mainText.length, 'text that needs JavaScript').toBeGreaterThanOrEqual(enhancedText.length * 0.8);
  });
});

describe('words a reader sees are not run together', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(pages)('%s', async (path) => {
    await page.goto(siteOrigin() + path);
    const glued = await page.evaluate(() => {
      // A word, then with nothing between them an inline element that starts with a word (or the reverse).
      const inline = (node: Node) =>
        node.nodeType === Node.ELEMENT_NODE &&
        getComputedStyle(node as Element).display === 'inline' &&
        !(node as Element).closest('.sr-only, [aria-hidden="true"]');
      const text = (node: Node) => (node.nodeType === Node.TEXT_NODE || inline(node) ? (node.textContent ?? '') : null);
      const found: string[] = [];
      for (const element of document.body.querySelectorAll('*')) {
        if (element.closest('svg, script, style, template')) continue;
        const children = [...element.childNodes];
        for (let index = 0; index + 1 < children.length; index++) {
          const [before, after] = [children[index], children[index + 1]];
          if (!inline(before) && !inline(after)) continue;
          const [textBefore, textAfter] = [text(before), text(after)];
          if (textBefore === null || textAfter === null) continue;
          if (/[\p{L}\p{N},;:)”’]$/u.test(textBefore) && /^[\p{L}\p{N}“(]/u.test(textAfter)) {
            found.push(`“…${textBefore.slice(-20)}” + “${textAfter.slice(0, 20)}…”`);
          }
        }
      }
      return [...new Set(found)];
    });
    expect(glued).toEqual([]);
  });
});
