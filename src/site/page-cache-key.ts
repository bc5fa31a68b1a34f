/**
 * The `cacheKey` of every page that shows one story, for Astro's incremental build
 * (`experimental.incrementalBuild` in astro.config.mjs). Astro skips such a page, and puts back the bytes
 * it rendered last time, when the page's key and the hash of its module graph are both what they were; so
 * the key must change whenever anything the page shows can change, and the module graph alone does not
 * cover what is read at build time from files. What the key holds, and why:
 *
 * - the story: its built Story object (src/story/build-story.ts), which holds the frontmatter, the
 *   article's text and blocks, and every entry of its data files, as stableText. A per-story page reads
 *   nothing of any other story (getStaticPaths hands it only its own; the layout's masthead and footer
 *   link to site-wide pages but list no story), so one story's edit changes only its own pages' keys.
 * - the site's identity (content/site.yaml: name, tagline, language): every page's masthead, title
 *   suffix, share tags and chart credits name the site. It is read with readFileSync, outside the module
 *   graph. (The public origin is Astro's `site`, part of the config Astro already hashes.)
 * - the merged vocabulary (content/vocabulary.yaml and every story's own vocabulary.yaml): every label a
 *   page shows comes from it, and a story's additions join it for all stories, so it is the one input
 *   one story can change on another's pages. It too is read from files, outside the module graph.
 * - the code: every source file under src/ and astro.config.mjs (with Node's version, through codeVersion).
 *   Astro hashes each page's module graph, but that graph does not see everything that shapes the bytes:
 *   Tailwind's stylesheet is generated from the classes of every source file, and the charts' CSS is
 *   inlined through `?raw`.
 *   With the whole of src/ in the key, any code edit renders every page again, as before incremental
 *   builds; only content edits are incremental. Package versions are in Astro's own check (it drops its
 *   whole manifest when package-lock.json changes).
 *
 * Pages that show several stories (the front page, archive, timelines, feed, search records) get no key
 * and are rendered on every build.
 */
import { createHash } from 'node:crypto';
import { SITE } from '../story/site-identity';
import type { Story } from '../story/types';
import { VOCABULARY } from '../story/vocabulary';
import { codeVersion, stableText, type CodeParts } from './build-cache';

const PAGE_CODE: CodeParts = {
  sources: ['src', 'astro.config.mjs'],
  packages: [],
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let siteWide: string | undefined;
/** What every page shows besides its story: the code, the site's identity and the merged vocabulary. */
function siteWideHash(): string {
  siteWide ??= sha256(stableText({ code: codeVersion('pages', PAGE_CODE), site: SITE, vocabulary: VOCABULARY }));
  return siteWide;
}

const keys = new WeakMap<Story, string>();
/** The cacheKey of a page that shows `story` and nothing of any other story; computed once per story object. */
export function pageCacheKey(story: Story): string {
  let key = keys.get(story);
  if (key === undefined) {
    key = sha256(`${siteWideHash()}\n${stableText(story)}`);
    keys.set(story, key);
  }
  return key;
}
