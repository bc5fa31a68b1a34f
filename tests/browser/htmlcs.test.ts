/**
 * HTML_CodeSniffer, the engine pa11y runs, beside axe: its WCAG 2 AA errors on the browser sample
 * (tests/support/page-kinds.ts: of each kind of page, which differ in markup — article, section,
 * timelines, who's who, a profile, charts, ledger, search, home, an embed — the largest, and the
 * smallest where the kind varies). It catches what axe does not, such as data tables whose multi-level headers are not tied to
 * their cells (H43).
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { tabsForFile } from '../support/chromium';
import { browserPages, kindOf, PAGE_KINDS } from '../support/page-kinds';
import { siteOrigin } from '../support/site';

const HTMLCS_PATH = createRequire(import.meta.url).resolve('html_codesniffer/build/HTMLCS.js');
const chosen = browserPages();
const tabs = tabsForFile();

it('has a page of every kind to check', () => {
  expect(new Set(chosen.map(kindOf))).toEqual(new Set(PAGE_KINDS.map(({ kind }) => kind)));
});

describe.each(chosen)('HTML_CodeSniffer WCAG2AA on %s', (path) => {
  it('reports no error', async () => {
    const page = await tabs.open(siteOrigin() + path, { viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await page.addScriptTag({ path: HTMLCS_PATH });
    const errors = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const htmlcs = (window as unknown as { HTMLCS: { process: (standard: string, element: Document, done: () => void) => void; getMessages: () => { type: number; code: string; msg: string; element: Element }[] } }).HTMLCS;
          htmlcs.process('WCAG2AA', document, () => {
            const ERROR = 1;
            resolve(htmlcs.getMessages().filter((message) => message.type === ERROR).map((message) => `${message.code}: ${message.msg} (${message.element.outerHTML.slice(0, 80)})`));
          });
        }),
    );
    expect(errors).toEqual([]);
  });
});
