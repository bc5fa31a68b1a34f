/**
 * Valid HTML: every built page passes html-validate with the project's `.htmlvalidate.json` (the
 * recommended preset). The config holds no comments (it is JSON), so each rule it turns off is listed
 * here with the reason, and a test keeps the two lists equal.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site';
import { listPages, readPage } from '../support/site';

/** Rules of the recommended preset the site turns off on purpose: rule -> why. */
const DELIBERATE_EXCEPTIONS: Record<string, string> = {
  // The rule caps <title> at 70 characters for search-result snippets. Page titles carry the reporter's
  // headline verbatim (68 characters for the first story) after the view's name; shortening it would
  // change the reporter's words, and a search engine truncating a long title harms no reader.
  'long-title': 'titles keep the reporter’s headline verbatim',
};

const config = JSON.parse(readFileSync(resolve(projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));
const pages = listPages();

describe('the html-validate configuration', () => {
  it('extends the recommended preset and turns off only the documented rules', () => {
    expect(config.extends).toContain('html-validate:recommended');
    const off = Object.entries(config.rules ?? {})
      .filter(([, setting]) => ['off', 0].includes(Array.isArray(setting) ? setting[0] : setting))
      .map(([rule]) => rule)
      .sort();
    expect(off).toEqual(Object.keys(DELIBERATE_EXCEPTIONS).sort());
  });
});

describe('every built page is valid HTML', () => {
  it('finds the pages to check', () => {
    expect(pages).toContain('/');
  });

  it.each(pages)('%s', async (path) => {
    const html = readPage(path);
    // html-validate does not report markup after </html>, which the HTML parser treats as an error (a
    // component's <script> declared outside the layout's body lands there).
    expect(html.slice(html.lastIndexOf('</html>') + '</html>'.length).trim(), 'markup after </html>').toBe('');
    const report = await validator.validateString(html, path);
    const errors = report.results.flatMap((result) =>
      result.messages.map(
        (message) => `${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (at ${message.selector ?? 'document'})`,
      ),
    );
    expect(errors).toEqual([]);
  });
});
