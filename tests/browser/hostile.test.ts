/**
 * Hostile content: the fixture story in tests/fixtures/hostile puts <script>, event handlers, attribute
 * break-outs and javascript: URLs in every text field (frontmatter, Markdown, directive attributes, data).
 * Built as a site of its own, none of it may run in Chromium, on any page, with or without hostile URL
 * parameters; in the HTML it exists only as text, and the reporter's words still show verbatim.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildSite, projectRoot } from '../support/build-site';
import { typeCheckResult } from '../support/type-check';
import { launchChromium } from '../support/chromium';
import { serveSite, type RunningServer } from '../support/server';
import { listPages, loadPage, readPage } from '../support/site';

const SLUG = 'hostile-fixture-story';
const ARTICLE = `/stories/${SLUG}/`;
/** What URL parameters and fragments a visitor could be sent with. */
const HOSTILE_QUERY =
  `?q=${encodeURIComponent(`<img src=x onerror="window.__pwned='query'">`)}` +
  `&theme=${encodeURIComponent(`"><script>window.__pwned='theme'</script>`)}` +
  `&group=${encodeURIComponent(`javascript:window.__pwned='group'`)}` +
  `#${encodeURIComponent(`<img src=x onerror="window.__pwned='hash'">`)}`;

// Built inside the project (tmp/ is git-ignored): Astro stages pages in `<outDir>/.prerender` only when
// the output folder is under the working directory; otherwise every build shares `.astro/.prerender` and
// two builds at once delete each other's files.
mkdirSync(join(projectRoot, 'tmp'), { recursive: true });
const dir = mkdtempSync(join(projectRoot, 'tmp', 'hostile-site-'));
const out = join(dir, 'out');
let server: RunningServer;
let browser: Browser;
let pages: string[] = [];
/** Pages that show the fixture's data, and pages of no story (home, search, the site-wide timeline…). */
let hostilePages: string[] = [];

beforeAll(async () => {
  await typeCheckResult();
  const build = buildSite(out, { CONTENT_ROOTS: 'tests/fixtures/hostile' });
  if (!build.ok) throw new Error(`The hostile fixture did not build:\n${build.output}`);
  pages = listPages(out);
  hostilePages = pages.filter((path) => path.includes(`/${SLUG}/`) || !/^\/(stories|embed)\//.test(path) || readPage(path, out).includes('__pwned'));
  server = await serveSite(out);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Everything in a document that could run code: run in the page (after its own scripts) or on cheerio. */
function executableParts(): string[] {
  const found: string[] = [];
  const name = (element: Element) => `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}>`;
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${attribute.name}= on ${name(element)}`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(attribute.name.toLowerCase())) {
        if (/^javascript:/i.test(attribute.value.replace(/[\s\u0000-\u001f]/g, ''))) found.push(`javascript: URL on ${name(element)}`);
      }
    }
  }
  for (const script of document.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (['application/json', 'application/ld+json'].includes(type)) {
      try {
        JSON.parse(script.textContent ?? '');
      } catch {
        found.push(`a ${type} block that is not valid JSON (a break-out?): ${script.textContent?.slice(0, 80)}`);
      }
    } else if (!script.src) found.push(`inline script: ${script.textContent?.slice(0, 80)}`);
  }
  for (const element of document.querySelectorAll('iframe[srcdoc], object, embed, base, meta[http-equiv="refresh" i]')) {
    found.push(`unexpected ${name(element)}`);
  }
  return found;
}

describe('the hostile fixture, built', () => {
  it('builds, with its excerpts proven against its article, and pages of its own', () => {
    expect(pages).toContain(ARTICLE);
    expect(pages.filter((path) => path.includes(`/${SLUG}/`)).length).toBeGreaterThan(1);
  });

  it('shows the reporter’s words verbatim, payloads as plain text', () => {
    const $ = loadPage(ARTICLE, out);
    const text = $('main').text();
    expect($('h1').text()).toContain('<script>window.__pwned="title";console.log("PWNED title")</script>');
    expect(text).toContain('<script>window.__pwned="body-script";console.log("PWNED body-script")</script> was posted');
    expect(text).toContain(`<img src=x onerror="window.__pwned='body-img';console.log('PWNED body-img')">`);
    expect(text).toContain(`<a href="#" onclick="window.__pwned='body-click';console.log('PWNED body-click')">click here</a>`);
    expect($('title').text()).toContain('<script>window.__pwned="title"');
  });

  it('is a fixture: the home page does not list it', () => {
    const $ = loadPage('/', out);
    expect($(`a[href*="/${SLUG}/"]`)).toHaveLength(0);
    expect($('main').text()).not.toContain('hostile');
  });

  it('has no executable part in any built page', () => {
    // The same scan as in the browser, on the HTML as built (cheerio stands in for the document).
    const problems = pages.flatMap((path) => {
      const $ = loadPage(path, out);
      const found: string[] = [];
      $('*').each((_, element) => {
        if (!('attribs' in element)) return;
        for (const [attribute, value] of Object.entries(element.attribs)) {
          if (/^on/i.test(attribute)) found.push(`${path}: ${attribute}= on <${element.tagName}>`);
          if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(attribute) && /^javascript:/i.test(value.replace(/[\s\u0000-\u001f]/g, ''))) {
            found.push(`${path}: javascript: URL on <${element.tagName}>`);
          }
        }
      });
      $('script:not([src])').each((_, element) => {
        const type = ($(element).attr('type') ?? '').toLowerCase();
        if (!['application/json', 'application/ld+json'].includes(type)) found.push(`${path}: inline script ${$(element).text().slice(0, 60)}`);
      });
      for (const element of $('style, iframe[srcdoc], object, embed').toArray()) found.push(`${path}: <${element.tagName}>`);
      return found;
    });
    expect(problems).toEqual([]);
  });
});

describe('the hostile fixture in Chromium', () => {
  let context: BrowserContext;
  let page: Page;
  const events: string[] = [];

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.text().includes('PWNED')) events.push(`console: ${message.text()}`);
    });
    page.on('dialog', (dialog) => {
      events.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });
  afterAll(async () => {
    await context?.close();
  });

  async function visit(url: string): Promise<string[]> {
    events.length = 0;
    // Module scripts have run by the load event.
    await page.goto(url, { waitUntil: 'load' });
    // Open what is folded and point at everything, so handlers that wait for a reader would fire.
    await page.evaluate(() => {
      document.querySelectorAll('details').forEach((details) => (details.open = true));
      for (const element of document.querySelectorAll('main *')) {
        element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      }
    });
    // Whatever those handlers queued has run once the next frame and the task after it have.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
    const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
    const parts = await page.evaluate(executableParts);
    return [...events, ...(pwned === undefined ? [] : [`window.__pwned = ${String(pwned)}`]), ...parts];
  }

  it('runs none of it on any page that shows it', async () => {
    expect(hostilePages).toContain(ARTICLE);
    const problems: string[] = [];
    for (const path of hostilePages) {
      for (const problem of await visit(server.origin + path)) problems.push(`${path}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });

  it('runs none of it on any such page opened with hostile URL parameters', async () => {
    const problems: string[] = [];
    for (const path of hostilePages) {
      for (const problem of await visit(server.origin + path + HOSTILE_QUERY)) problems.push(`${path}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });

  it('runs none of it when a search finds the fixture', async () => {
    const search = pages.find((path) => path === '/search/');
    expect(search, 'the site has a search page').toBeDefined();
    for (const query of ['pwned', 'Testville council', '<script>']) {
      expect(await visit(`${server.origin}${search!}?q=${encodeURIComponent(query)}`)).toEqual([]);
    }
    // The search did run and show the fixture (only a result can show words from its body).
    await page.goto(`${server.origin}${search}?q=${encodeURIComponent('Testville')}`, { waitUntil: 'load' });
    await expect.poll(() => page.locator('main').innerText(), { timeout: 10_000 }).toContain('Testville');
  });
});
