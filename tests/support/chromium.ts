/**
 * Launches the machine's Chromium (chromium-binary.ts) through playwright-core. playwright's launch() gives
 * every run a fresh, throwaway user-data dir.
 */
import { chromium, type Browser } from 'playwright-core';
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
