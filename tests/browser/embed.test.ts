/**
 * A chart embedded in another site's page: the host page is served from one origin (127.0.0.1), the
 * chart from another (localhost). The iframe must show the chart, fit its content, and log no error.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { embedSnippet } from '../../src/lib/embed';
import { launchChromium } from '../support/chromium';
import { siteOrigin } from '../support/site';

const SLUG = 'putin-sends-troops-kazakhstan-unrest';
let browser: Browser;
let host: Server;
let hostOrigin: string;
let chartOrigin: string;

function hostPage(withScript: boolean, panel: 'casualties' | 'deployment'): string {
  const snippet = embedSnippet(chartOrigin, SLUG, panel, 'Chart from the reader');
  const body = withScript ? snippet : snippet.split('\n')[0];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title></head>
<body style="margin:0;padding:8px"><h1>A host newsroom page</h1><p>Text before the chart.</p>${body}<p id="after">Text after the chart.</p></body></html>`;
}

beforeAll(async () => {
  browser = await launchChromium();
  // The chart comes from "localhost", another origin than the 127.0.0.1 the test server answers on.
  chartOrigin = siteOrigin().replace('127.0.0.1', 'localhost');
  host = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    const panel = url.searchParams.get('panel') === 'deployment' ? 'deployment' : 'casualties';
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(hostPage(url.searchParams.get('script') !== 'no', panel));
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});

async function openHost(width: number, query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${hostOrigin}/?${query}`);
  return { page, errors };
}

async function frameOf(page: Page) {
  const handle = await page.waitForSelector('iframe[data-kazakhstan-reader-embed]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no iframe content');
  await frame.locator('svg.chart-svg').filter({ visible: true }).first().waitFor();
  return { handle, frame };
}

describe.each([320, 768, 1280])('embedded chart at %i px', (width) => {
  it.each(['casualties', 'deployment'] as const)('%s: visible, sized to its content, no console error', async (panel) => {
    const { page, errors } = await openHost(width, `panel=${panel}`);
    const { handle, frame } = await frameOf(page);
    expect(new URL(frame.url()).origin).toBe(chartOrigin);
    expect(await frame.locator('svg.chart-svg').filter({ visible: true }).first().isVisible()).toBe(true);
    const contentHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await expect
      .poll(async () => Math.abs((await handle.boundingBox())!.height - (await contentHeight())), { timeout: 10_000 })
      .toBeLessThanOrEqual(3);
    const box = (await handle.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(width);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('embedded chart without the resize script', () => {
  it('still shows the chart at the snippet’s fixed height', async () => {
    const { page, errors } = await openHost(768, 'script=no');
    const { handle, frame } = await frameOf(page);
    expect(await frame.locator('svg.chart-svg').filter({ visible: true }).first().isVisible()).toBe(true);
    expect((await handle.boundingBox())!.height).toBe(720);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has pages built in fixed colours, which need no script and so never flash the other scheme', async () => {
    const noScript = await browser.newContext({ colorScheme: 'light', javaScriptEnabled: false });
    const page = await noScript.newPage();
    const backgroundOf = async (path: string) => {
      await page.goto(`${chartOrigin}${path}`);
      return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    };
    const readersOwn = await backgroundOf(`/embed/${SLUG}/casualties/`);
    expect(await backgroundOf(`/embed/${SLUG}/casualties/dark/`)).toBe('rgb(20, 21, 26)');
    expect(await backgroundOf(`/embed/${SLUG}/casualties/light/`)).toBe(readersOwn);
    expect(readersOwn).not.toBe('rgb(20, 21, 26)');
    await noScript.close();
  });

  it('still takes a theme from an older ?theme= address', async () => {
    const page = await browser.newPage({ colorScheme: 'light' });
    await page.goto(`${chartOrigin}/embed/${SLUG}/casualties/?theme=dark`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(20, 21, 26)');
    await page.close();
  });
});
