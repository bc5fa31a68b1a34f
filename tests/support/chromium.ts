/**
 * Launches the machine's Chromium (chromium-binary.ts) through playwright-core. playwright's launch() gives
 * every run a fresh, throwaway user-data dir.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium-binary';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}

/**
 * One Chromium for a test file: launched before its tests, closed after them. Read `.browser` inside a
 * test or hook (it is set once the file's tests start).
 */
export function browserForFile(): { readonly browser: Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not running yet: use the browser inside a test or hook');
      return browser;
    },
  };
}

/**
 * What a test asks of the tab it opens a page in. The colour scheme and motion preference are set on the
 * tab before each page loads; the rest belong to the browser context, and each different set of them
 * has a tab of its own. (The viewport is one of them: a viewport changed on an open tab can leave clicks
 * inside a cross-origin frame landing where the frame used to be.) `scripts: false` refuses the page's
 * scripts, as before they run.
 */
export interface TabOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  javaScriptEnabled?: boolean;
  isMobile?: boolean;
  hasTouch?: boolean;
  deviceScaleFactor?: number;
  bypassCSP?: boolean;
  permissions?: string[];
  scripts?: false;
}

/** The permissions a test that reads what a Copy button wrote asks for (`permissions` of TabOptions). */
export const CLIPBOARD = ['clipboard-read', 'clipboard-write'];

/**
 * One Chromium for a test file, whose tests open pages in a few reused tabs rather than a new context
 * each: every new tab starts a renderer process, which costs this machine about 0.7 s of CPU, while a
 * page loaded in a tab that already exists costs about 0.2 s. Each open starts from a blank page, so every
 * page is a fresh load (a deep link too) and a test sees nothing the one before left behind but the
 * context's cache and storage, which the site does not use, and what `prepare` set up on each new tab
 * (routes, listeners), which a file's tests share. Opening a page again with the same context options
 * navigates the page opened before away: a test that needs two pages at once opens the second itself.
 */
export function tabsForFile(prepare?: (page: Page) => Promise<void>): { readonly browser: Browser; open(url: string, options?: TabOptions): Promise<Page> } {
  const chromium = browserForFile();
  const tabs = new Map<string, Promise<Page>>();

  async function newTab({ scripts, ...contextOptions }: Omit<TabOptions, 'colorScheme' | 'reducedMotion'>): Promise<Page> {
    const context = await chromium.browser.newContext(contextOptions);
    if (scripts === false) await context.route(/\.m?js(\?|$)/, (route) => route.abort());
    const page = await context.newPage();
    await prepare?.(page);
    return page;
  }

  return {
    get browser() {
      return chromium.browser;
    },
    async open(url, { colorScheme = 'light', reducedMotion = 'no-preference', ...contextOptions } = {}) {
      const key = JSON.stringify(contextOptions);
      let tab = tabs.get(key);
      if (!tab || (await tab).isClosed()) tabs.set(key, (tab = newTab(contextOptions)));
      const page = await tab;
      await page.goto('about:blank');
      await page.emulateMedia({ media: null, colorScheme, reducedMotion });
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
  };
}
