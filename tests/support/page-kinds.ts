/**
 * The one place that says which built pages the browser tests open. Cheap checks of the built HTML run
 * over every page (tests/build/); a real browser is slow, so it opens a sample chosen here: of each kind
 * of page (each template), its largest page, and also its smallest where pages of that kind differ in
 * what they show (`varies`: a profile with a graph and one without, a lane chart and a map embed).
 * Nothing here names a story: the kinds are URL shapes, the pages are whatever the build holds.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { listPages, siteDir } from './site';

/**
 * Every kind of page the site builds, by URL shape. `varies` says why the smallest page of a kind is
 * opened as well as the largest: its pages are not the same template filled with more or less.
 */
export const PAGE_KINDS: { kind: string; path: RegExp; varies?: string }[] = [
  { kind: 'home', path: /^\/$/ },
  { kind: 'not found', path: /^\/404\.html$/ },
  { kind: 'search', path: /^\/search\/$/ },
  { kind: 'timeline of all stories', path: /^\/timeline\/$/ },
  { kind: 'month of the timeline of all stories', path: /^\/timeline\/\d{4}-\d{2}\/$/ },
  { kind: 'archive', path: /^\/archive\/$/ },
  { kind: 'article', path: /^\/stories\/[^/]+\/$/, varies: 'stories differ in what they hold: charts, a map, notes, outside reports or none' },
  { kind: 'section', path: /^\/stories\/[^/]+\/sections\/[^/]+\/$/ },
  { kind: 'story timeline', path: /^\/stories\/[^/]+\/timeline\/$/ },
  { kind: 'actors index', path: /^\/stories\/[^/]+\/actors\/$/ },
  { kind: 'actor profile', path: /^\/stories\/[^/]+\/actors\/[^/]+\/$/, varies: 'a profile with a graph of relations and one without' },
  { kind: 'charts', path: /^\/stories\/[^/]+\/charts\/$/ },
  { kind: 'claims ledger', path: /^\/stories\/[^/]+\/claims\/$/ },
  { kind: 'embed', path: /^\/embed\/[^/]+\/[^/]+\/$/, varies: 'each chart is drawn in its own way: a map, lanes, counts over time' },
  { kind: 'embed in a fixed theme', path: /^\/embed\/[^/]+\/[^/]+\/[^/]+\/$/ },
];

/** The kind of a page path, or undefined for a page no kind describes (a test fails on one). */
export function kindOf(path: string): string | undefined {
  return PAGE_KINDS.find(({ path: shape }) => shape.test(path))?.kind;
}

const bytes = (dir: string, path: string) => statSync(path.endsWith('/') ? join(dir, path, 'index.html') : join(dir, path)).size;

/** The pages a browser test opens: of each kind the build has, its largest page, and its smallest where the kind varies. */
export function browserPages(dir = siteDir()): string[] {
  const pages = listPages(dir);
  return PAGE_KINDS.flatMap(({ path: shape, varies }) => {
    const ofKind = pages.filter((path) => shape.test(path)).sort((a, b) => bytes(dir, b) - bytes(dir, a) || a.localeCompare(b));
    return [...new Set([ofKind[0], varies ? ofKind.at(-1) : undefined])].filter((path): path is string => path !== undefined);
  });
}

/** The browser sample's pages of one kind (a `kind` of PAGE_KINDS): a test of one template opens these. */
export function browserPagesOf(kind: string, dir = siteDir()): string[] {
  if (!PAGE_KINDS.some((entry) => entry.kind === kind)) throw new Error(`No kind of page is called "${kind}"`);
  return browserPages(dir).filter((path) => kindOf(path) === kind);
}

/** The slug of the story a page of a story belongs to (`/stories/<slug>/…`, `/embed/<slug>/…`). */
export function storyOf(path: string): string {
  const slug = /^\/(?:stories|embed)\/([^/]+)\//.exec(path)?.[1];
  if (!slug) throw new Error(`${path} is not a page of a story`);
  return slug;
}
