/**
 * Builds the site search after `astro build`: a static Pagefind index under /pagefind/, served by the site
 * itself. Indexes the article pages from their HTML (sections become sub-results by heading id) and one
 * record per claim, figure report, figure, event and actor from the feed at /search/records.json, each
 * linking to its exact entry. A record whose page or anchor was not built is not indexed as such, so a
 * result never leads to a 404 or a missing anchor.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { close, createIndex } from 'pagefind';
import { routes } from '../../views/routes';
import type { SearchFeed, SearchRecord } from '../../views/search/records';
import { ownCopy } from '../own-copy';

const FEED = 'search/records.json';
/** Bundles of Pagefind's ready-made UIs: unused here (they need inline styles), so not shipped. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];
/** Page furniture that is not the article: navigation, the site's side notes, copy buttons, screen-reader labels. */
const EXCLUDE = ['nav', 'aside', 'button', 'details', '.permalink', '.sr-only', '[role="status"]', '[hidden]'];

/** The built HTML for a site path, or undefined when no such page was built. */
function builtPage(outDir: string, path: string): string | undefined {
  const file = join(outDir, path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/**
 * The ids of a built page's elements, or undefined when no such page was built. Only the ids are kept
 * between records, not the pages: at 1,000 stories the pages records link to come to gigabytes of text.
 */
function builtIds(outDir: string, path: string, cache: Map<string, Set<string> | undefined>): Set<string> | undefined {
  if (!cache.has(path)) {
    const html = builtPage(outDir, path);
    cache.set(path, html === undefined ? undefined : new Set(Array.from(html.matchAll(/\sid="([^"]*)"/g), (match) => ownCopy(match[1]))));
  }
  return cache.get(path);
}

/** The record's URL if its page and anchor exist; its page if only the anchor is missing; else undefined. */
function resolveUrl(record: SearchRecord, outDir: string, cache: Map<string, Set<string> | undefined>, logger: AstroIntegrationLogger) {
  const [path, fragment] = record.url.split('#');
  const ids = builtIds(outDir, path, cache);
  if (ids === undefined) return undefined;
  if (fragment && !ids.has(fragment)) {
    logger.warn(`search: ${path} has no #${fragment}; "${record.title}" links to the page instead`);
    return path;
  }
  return record.url;
}

export default function pagefindSearch(): AstroIntegration {
  return {
    name: 'site-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const feedFile = join(outDir, FEED);
        if (!existsSync(feedFile)) throw new Error(`search: ${FEED} was not built, so there is nothing to index`);
        const feed = JSON.parse(readFileSync(feedFile, 'utf8')) as SearchFeed;
        rmSync(feedFile);

        const { index, errors } = await createIndex({ rootSelector: 'main', excludeSelectors: EXCLUDE, forceLanguage: 'en' });
        if (!index) throw new Error(`search: Pagefind did not start: ${errors.join('; ')}`);
        const fail = (what: string, problems: string[]) => {
          if (problems.length) throw new Error(`search: ${what}: ${problems.join('; ')}`);
        };

        for (const page of feed.pages) {
          const content = builtPage(outDir, page.url);
          if (content === undefined) throw new Error(`search: the page ${page.url} was not built`);
          fail(page.url, (await index.addHTMLFile({ url: page.url, content })).errors);
        }

        const cache = new Map<string, Set<string> | undefined>();
        const skipped: string[] = [];
        for (const record of feed.records) {
          const url = resolveUrl(record, outDir, cache, logger);
          if (!url) {
            skipped.push(record.url.split('#')[0]);
            continue;
          }
          const { errors: recordErrors } = await index.addCustomRecord({
            url,
            content: record.content,
            language: record.language,
            meta: { title: record.title, type: record.type, story: record.story },
            filters: { type: [record.type] },
          });
          fail(record.url, recordErrors);
        }
        const missing = [...new Set(skipped)];
        if (missing.length) {
          const shown = missing.slice(0, 3).join(', ') + (missing.length > 3 ? ` and ${missing.length - 3} more` : '');
          logger.warn(`search: ${skipped.length} entries not indexed because ${missing.length} of their pages were not built: ${shown}`);
        }

        const outputPath = join(outDir, routes.searchBundle());
        fail('writing the index', (await index.writeFiles({ outputPath })).errors);
        for (const file of UNUSED) rmSync(join(outputPath, file), { force: true });
        await close();
        logger.info(`search: indexed ${feed.pages.length} pages and ${feed.records.length - skipped.length} entries into ${routes.searchBundle()}`);
      },
    },
  };
}
