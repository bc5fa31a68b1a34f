/**
 * The search index as built: served from the site (/pagefind/), every entry it can return leads to a
 * built page and, where it names one, an element with that id; every claim and figure report of the
 * ledger can be found; the build's own feed and Pagefind's unused ready-made UIs are not shipped.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPages, loadPage, siteDir } from '../support/site';
import { searchBundleDir, searchFragments as fragments } from '../support/search-index';

const bundle = searchBundleDir();

describe('the search index', () => {
  it('is served from the site itself', () => {
    expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
    expect(existsSync(join(bundle, 'pagefind-entry.json'))).toBe(true);
  });

  it('ships neither the build’s feed nor Pagefind’s inline-styled UIs', () => {
    expect(existsSync(join(siteDir(), 'search/records.json'))).toBe(false);
    expect(readdirSync(bundle).filter((name) => /-ui\.|highlight/.test(name))).toEqual([]);
  });

  it('leads every entry and section to a built page and an existing anchor', () => {
    const all = fragments();
    expect(all.length).toBeGreaterThan(10);
    const broken: string[] = [];
    const ids = new Map<string, Set<string>>();
    const idsOf = (path: string) => {
      if (!ids.has(path)) {
        const $ = loadPage(path);
        ids.set(path, new Set($('[id]').map((_, element) => $(element).attr('id')).get()));
      }
      return ids.get(path)!;
    };
    for (const fragment of all) {
      const targets = [fragment.url, ...fragment.anchors.map((anchor) => `${fragment.url.split('#')[0]}#${anchor.id}`)];
      for (const target of targets) {
        const [path, id] = target.split('#');
        if (!existsSync(join(siteDir(), path, 'index.html'))) {
          broken.push(`${target}: no page`);
          continue;
        }
        if (id && !idsOf(path).has(id)) broken.push(`${target}: no element with that id`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('can find every row of every claims ledger, at its row', () => {
    const urls = new Set(fragments().map((fragment) => fragment.url));
    const ledgers = listPages().filter((path) => /^\/stories\/[^/]+\/claims\/$/.test(path));
    expect(ledgers.length).toBeGreaterThan(0);
    for (const ledger of ledgers) {
      const $ = loadPage(ledger);
      const rows = $('tr[data-ledger-row]').map((_, row) => `${ledger}#${$(row).attr('id')}`).get();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((row) => !urls.has(row))).toEqual([]);
    }
  });
});
