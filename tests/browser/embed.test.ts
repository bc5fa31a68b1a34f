/**
 * A chart embedded in another site's page, as a newsroom pastes the snippet: the host page is served
 * from one origin (127.0.0.1), the chart from another (localhost), with the site's `_headers` applied.
 * The embed must fit its content, paint light whatever the reader's scheme, keep its text legible, and
 * send every link out of its frame without ever replacing the host page by surprise.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, ConsoleMessage, Frame, Page } from 'playwright-core';
import { embedSnippet, type EmbedTheme } from '../../src/views/charts/embed';
import { tabsForFile } from '../support/chromium';
import { browserPages, kindOf } from '../support/page-kinds';
import { siteOrigin } from '../support/site';

/** The embeds of the browser sample (tests/support/page-kinds.ts): `{ slug, panel }` from `/embed/<slug>/<panel>/`. */
const embeds = browserPages()
  .filter((path) => kindOf(path) === 'embed')
  .map((path) => ({ slug: path.split('/')[2], panel: path.split('/')[3] as 'casualties' }));
const LIGHT_PAPER = 'rgb(255, 255, 255)';
const DARK_PAPER = 'rgb(20, 21, 26)';

/** What the page open now has logged as an error: emptied each time a host page opens. */
const errors: string[] = [];
const tabs = tabsForFile(async (page) => {
  // Links to other sites (a later report's outlet) get a stand-in page: the test machine has no network.
  await page.context().route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname),
    (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Outside</title><p>An outside page</p>' }),
  );
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
});
let host: Server;
let hostOrigin: string;
let chartOrigin: string;

function hostPage(url: URL): string {
  const slug = url.searchParams.get('slug') ?? '';
  const panel = (url.searchParams.get('panel') ?? 'casualties') as 'casualties';
  const theme = (url.searchParams.get('theme') ?? undefined) as EmbedTheme | undefined;
  const snippet = embedSnippet(chartOrigin, slug, panel, 'Chart from the reader', theme);
  const body = url.searchParams.get('script') === 'no' ? snippet.split('\n')[0] : snippet;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title></head>
<body style="margin:0;padding:8px"><h1>A host newsroom page</h1><p>Text before the chart.</p>${body}<p id="after">Text after the chart.</p></body></html>`;
}

beforeAll(async () => {
  // The chart comes from "localhost", another origin than the 127.0.0.1 the test server answers on.
  chartOrigin = siteOrigin().replace('127.0.0.1', 'localhost');
  host = createServer((request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(hostPage(new URL(request.url ?? '/', 'http://host')));
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => host?.close(resolve));
});

interface Opened {
  context: BrowserContext;
  page: Page;
  frame: Frame;
  errors: string[];
}

async function openHost(width: number, query: Record<string, string>, colorScheme: 'light' | 'dark' = 'light'): Promise<Opened> {
  errors.length = 0;
  const page = await tabs.open(`${hostOrigin}/?${new URLSearchParams(query)}`, { viewport: { width, height: 900 }, colorScheme });
  const handle = await page.waitForSelector('iframe[data-story-embed]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no iframe content');
  await frame.locator('svg.chart-svg').filter({ visible: true }).first().waitFor();
  return { context: page.context(), page, frame, errors };
}

const iframeHeight = (page: Page) => page.locator('iframe[data-story-embed]').evaluate((frame) => frame.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

it('the build has embeds to check', () => {
  expect(embeds.length).toBeGreaterThan(0);
});

describe.each([320, 768, 1280])('an embed in a host page at %i px', (width) => {
  it.each(embeds)('$slug $panel: fits its content with no inner scrollbar, logs no error, and has no text under 12 CSS px', async ({ slug, panel }) => {
    const { page, frame, errors } = await openHost(width, { slug, panel });
    expect(new URL(frame.url()).origin).toBe(chartOrigin);
    await expect.poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))), { timeout: 10_000 }).toBeLessThanOrEqual(3);
    const overflow = await frame.evaluate(() => ({
      vertical: document.documentElement.scrollHeight - document.documentElement.clientHeight,
      horizontal: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    expect(overflow).toEqual({ vertical: 0, horizontal: 0 });
    expect((await page.locator('iframe').boundingBox())!.width).toBeLessThanOrEqual(width);
    console.info(`embed ${slug}/${panel} at ${width} px: ${Math.round(await iframeHeight(page))} px tall`);
    expect(errors).toEqual([]);

    // No text under 12 CSS px, chart and map labels included.
    const sizes = await frame.evaluate(() => {
      const found: { text: string; size: number }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement!;
        if (!node.textContent?.trim() || element.closest('title, desc, script, style')) continue;
        if (element.getClientRects().length === 0) continue;
        let size = parseFloat(getComputedStyle(element).fontSize);
        const svg = element.closest('svg');
        // SVG text scales with its drawing: its size on screen is the font size times the drawing's scale.
        if (svg?.viewBox.baseVal?.width) size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        found.push({ text: node.textContent.trim().slice(0, 40), size: Math.round(size * 10) / 10 });
      }
      return found;
    });
    expect(sizes.length).toBeGreaterThan(10);
    expect(sizes.filter((entry) => entry.size < 12)).toEqual([]);
  });
});

describe('colours', () => {
  it.each(embeds)('$slug $panel: the default snippet paints light for a reader in dark mode', async ({ slug, panel }) => {
    const { frame } = await openHost(390, { slug, panel }, 'dark');
    expect(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(LIGHT_PAPER);
  });

  it.each(embeds)('$slug $panel: dark and "follow the reader" are the host’s explicit choices', async ({ slug, panel }) => {
    const dark = await openHost(390, { slug, panel, theme: 'dark' }, 'light');
    expect(await dark.frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK_PAPER);
    const auto = await openHost(390, { slug, panel, theme: 'auto' }, 'dark');
    expect(await auto.frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK_PAPER);
  });

  it('a host can also ask for its colours in the query, applied by the embed’s script', async () => {
    const [{ slug, panel }] = embeds;
    const page = await tabs.open(`${chartOrigin}/embed/${slug}/${panel}/?theme=dark`, { colorScheme: 'light' });
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK_PAPER);
    await page.goto(`${chartOrigin}/embed/${slug}/${panel}/?theme=%3Cscript%3E`);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(LIGHT_PAPER);
  });
});

describe('links in an embed', () => {
  it.each(embeds)('$slug $panel: every link opens outside the frame, and the host page stays unless the reader asked to leave', async ({ slug, panel }) => {
    const { context, page, frame, errors } = await openHost(768, { slug, panel });
    const hostUrl = page.url();
    const links = frame.locator('a[href]').filter({ visible: true });
    const count = await links.count();
    expect(count).toBeGreaterThan(1);
    let toTop = 0;
    // Where a link opens depends on its kind (HTML or SVG) and its target, not on its address: every link
    // is read, and one of each kind and target is followed as a reader would.
    const read = await links.evaluateAll((elements: Element[]) =>
      elements.map((element) => ({ href: element.getAttribute('href')!, target: element.getAttribute('target'), inSvg: element instanceof SVGElement })),
    );
    expect(read).toHaveLength(count);
    const followed = new Set<string>();
    for (const [index, { href, target, inSvg }] of read.entries()) {
      const link = links.nth(index);
      const expected = new URL(href, frame.url()).href;
      if (target === '_top') {
        toTop += 1;
        continue;
      }
      const behaviour = `${inSvg ? 'svg' : 'html'} link, target ${target}`;
      if (followed.has(behaviour)) continue;
      followed.add(behaviour);
      const popup = context.waitForEvent('page');
      // Keyboard activation: an SVG link's box holds gaps that a click at its centre could miss.
      if (inSvg) {
        await link.focus();
        await link.press('Enter');
      } else {
        await link.click();
      }
      const opened = await popup;
      // The new page's address is what the reader asked for; its loading is not what is tested here.
      await opened.waitForURL(expected, { waitUntil: 'commit' });
      await opened.close();
      expect(page.url()).toBe(hostUrl);
      expect(new URL(frame.url()).pathname, `after ${href}`).toMatch(/^\/embed\//);
    }
    expect(followed.size).toBeGreaterThan(0);
    // The one link to the full chart page leaves the host page for it, at the top level, not in the frame.
    expect(toTop).toBe(1);
    const chartLink = frame.locator('a[target="_top"]');
    const chartPage = new URL((await chartLink.getAttribute('href'))!, frame.url());
    await Promise.all([page.waitForURL(chartPage.href), chartLink.click()]);
    expect(new URL(page.url()).pathname).toBe(`/stories/${slug}/charts/`);
    await expect.poll(() => page.locator('main h1').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('without the resize script', () => {
  it.each(embeds)('$slug $panel: the chart still shows at the snippet’s fixed height', async ({ slug, panel }) => {
    const { page, frame, errors } = await openHost(768, { slug, panel, script: 'no' });
    expect(await frame.locator('svg.chart-svg').filter({ visible: true }).first().isVisible()).toBe(true);
    expect(await iframeHeight(page)).toBe(720);
    expect(errors).toEqual([]);
  });
});
