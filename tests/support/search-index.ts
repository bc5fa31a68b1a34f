/** Reads the built Pagefind index: one fragment per entry a search can return. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { routes } from '../../src/views/routes';
import { siteDir } from './site';

export interface SearchFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: { id: string }[];
}

/** The folder the site serves its search from. */
export function searchBundleDir(): string {
  return join(siteDir(), routes.searchBundle());
}

/** Pagefind's fragment files: gzip of "pagefind_dcd" followed by the entry as JSON. */
export function searchFragments(): SearchFragment[] {
  const folder = join(searchBundleDir(), 'fragment');
  return readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as SearchFragment;
  });
}
