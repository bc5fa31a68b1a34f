/**
 * Links: every internal link of every built page lands on a page that exists and, when it names a
 * fragment, on an element with that id. Scripts, stylesheets, images and downloads the pages refer to
 * exist too, as do the files built stylesheets and scripts load, and every URL of the sitemap.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { cssReferences, pageReferences, scriptReferences } from '../support/references';
import { listPages, loadPage, siteDir } from '../support/site';

const dir = siteDir();
const pages = listPages(dir);
/** The public origin the build was made for (canonical links, share cards and the sitemap use it). */
const siteOrigin = new URL(loadPage('/', dir)('link[rel="canonical"]').attr('href') ?? 'https://invalid.invalid/').origin;
const LOCAL = 'http://site.local';

/** Every file of the build, as URL paths. */
function builtFiles(): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(`/${relative(dir, path).replace(/\\/g, '/')}`);
    }
  };
  walk(dir);
  return files;
}

type Target = { file: string } | { problem: string };

/** The built file a site path is served from, as a static host with `trailingSlash: 'always'` serves it. */
function resolveTarget(pathname: string): Target {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return { problem: 'is not a valid URL path' };
  }
  const file = join(dir, path);
  if (path.endsWith('/')) {
    return existsSync(join(file, 'index.html')) ? { file: join(file, 'index.html') } : { problem: 'no such page' };
  }
  if (existsSync(file) && statSync(file).isFile()) return { file };
  if (existsSync(join(file, 'index.html'))) return { problem: 'page exists, but the link lacks its trailing slash' };
  return { problem: 'no such file' };
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const $ = load(readFileSync(file, 'utf8'));
    ids = new Set([
      ...$('[id]')
        .toArray()
        .map((element) => $(element).attr('id') ?? ''),
      ...$('a[name]')
        .toArray()
        .map((element) => $(element).attr('name') ?? ''),
    ]);
    idCache.set(file, ids);
  }
  return ids;
}

/** A problem with one URL found on `pagePath`, or null when it is fine or not ours to check. */
function checkUrl(raw: string, pagePath: string, kind: 'link' | 'resource'): string | null {
  if (raw === '') return 'empty URL';
  if (/^javascript:/i.test(raw.replace(/[\s\u0000-\u001f]/g, ''))) return 'javascript: URL';
  if (/^(mailto|tel|sms):/i.test(raw)) return null;
  if (/^data:/i.test(raw)) return kind === 'link' ? 'data: URL in a link' : null;
  let url: URL;
  try {
    url = new URL(raw, LOCAL + pagePath);
  } catch {
    return 'not a valid URL';
  }
  if (url.origin !== LOCAL && url.origin !== siteOrigin) return null; // An outlet or other outside link.
  const target = resolveTarget(url.pathname);
  if ('problem' in target) return target.problem;
  const fragment = url.hash.slice(1).replace(/:~:.*$/, '');
  if (!fragment || fragment === 'top' || !target.file.endsWith('.html')) return null;
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    return 'fragment is not valid percent-encoding';
  }
  return idsOf(target.file).has(id) ? null : `no element with id "${id}" on ${url.pathname}`;
}

describe('links and resources of every page', () => {
  it('finds the pages to check', () => {
    expect(pages).toContain('/');
    expect(pages.length).toBeGreaterThan(1);
  });

  it.each(pages)('%s', (path) => {
    const broken = pageReferences(loadPage(path, dir))
      .map((reference) => ({ reference, problem: checkUrl(reference.url, path, reference.kind) }))
      .filter(({ problem }) => problem !== null)
      .map(({ reference, problem }) => `${reference.where} "${reference.url}": ${problem}`);
    expect([...new Set(broken)]).toEqual([]);
  });
});

describe('files that stylesheets and scripts load', () => {
  const files = builtFiles();

  it.each(files.filter((file) => ['.css', '.js', '.mjs'].includes(extname(file))))('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const urls = extname(file) === '.css' ? cssReferences(text) : scriptReferences(text).filter((url) => /^\.{0,2}\//.test(url));
    const broken = urls
      .map((url) => ({ url, problem: checkUrl(url, file, 'resource') }))
      .filter(({ problem }) => problem !== null)
      .map(({ url, problem }) => `"${url}": ${problem}`);
    expect(broken).toEqual([]);
  });
});

describe('the sitemap', () => {
  const sitemaps = builtFiles().filter((file) => /^\/sitemap-\d+\.xml$/.test(file));

  it('lists only pages that exist, at their public address', () => {
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = sitemaps.flatMap((file) =>
      [...readFileSync(join(dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]),
    );
    expect(urls.length).toBeGreaterThan(0);
    const problems = urls
      .map((url) => ({ url, problem: url.startsWith(`${siteOrigin}/`) ? checkUrl(url, '/', 'link') : 'not on the site’s origin' }))
      .filter(({ problem }) => problem !== null);
    expect(problems).toEqual([]);
  });
});
