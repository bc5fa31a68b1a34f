/** Reads the built site for build-output tests. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { inject } from 'vitest';

export function siteDir(): string {
  return inject('siteDir');
}

export function siteOrigin(): string {
  return inject('siteOrigin');
}

/** The built HTML of a URL path such as `/stories/x/`. */
export function readPage(path: string, dir = siteDir()): string {
  const file = path.endsWith('/') ? join(dir, path, 'index.html') : join(dir, path);
  if (!existsSync(file)) throw new Error(`No built page for ${path} (looked for ${file})`);
  return readFileSync(file, 'utf8');
}

export function loadPage(path: string, dir = siteDir()): CheerioAPI {
  return load(readPage(path, dir));
}

/** Every HTML page of the build as URL paths (`/`, `/stories/x/`, `/404.html`). */
export function listPages(dir = siteDir()): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const url = `/${relative(dir, path).replace(/\\/g, '/')}`;
        pages.push(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url);
      }
    }
  };
  walk(dir);
  return pages.sort();
}
