/**
 * Built scripts and stylesheets: each piece of code ships once. Two components with the same <script>
 * become two files with the same content, and a page showing both downloads the code twice.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPages, loadPage, siteDir } from '../support/site';

const assetDir = join(siteDir(), '_astro');
const assets = readdirSync(assetDir).filter((name) => /\.(js|css)$/.test(name));

describe('built scripts and stylesheets', () => {
  it('finds the assets', () => {
    expect(assets.some((name) => name.endsWith('.js'))).toBe(true);
    expect(assets.some((name) => name.endsWith('.css'))).toBe(true);
  });

  it('has no two files with the same content', () => {
    const byContent = new Map<string, string[]>();
    for (const name of assets) {
      const hash = createHash('sha256').update(readFileSync(join(assetDir, name))).digest('hex');
      byContent.set(hash, [...(byContent.get(hash) ?? []), name]);
    }
    expect([...byContent.values()].filter((names) => names.length > 1)).toEqual([]);
  });

  it.each(listPages())('%s loads each script and stylesheet once', (path) => {
    const $ = loadPage(path);
    const urls = [...$('script[src]').map((_, el) => $(el).attr('src')), ...$('link[rel=stylesheet]').map((_, el) => $(el).attr('href'))];
    expect(urls.filter((url, index) => urls.indexOf(url) !== index)).toEqual([]);
  });
});
