// @ts-check
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import atomicOutput from './src/site/integrations/atomic-output.ts';
import buildCacheReport from './src/site/integrations/build-cache.ts';
import contentCheck from './src/site/integrations/content-check.ts';
import pagefindSearch from './src/site/integrations/pagefind.ts';
import shareImages from './src/site/integrations/share-images.ts';
import { readSite } from './src/story/site-identity.ts';

// The public origin used in canonical links, feeds and the sitemap: content/site.yaml's url, or SITE_URL.
// SITE_OUT_DIR lets tests build fixture sites side by side without touching dist/.
const site = process.env.SITE_URL ?? readSite(import.meta.dirname).url;
const outDir = process.env.SITE_OUT_DIR ?? './dist';

export default defineConfig({
  site,
  outDir,
  cacheDir: process.env.SITE_OUT_DIR ? `${outDir}-cache` : './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // contentCheck first: every story is checked before anything is written. atomicOutput last: the build
  // goes to <outDir>.staging and replaces outDir only once every other integration has finished. buildCacheReport
  // after the last integration that uses the build cache (src/site/build-cache.ts).
  integrations: [contentCheck(), sitemap({ filter: (page) => !page.includes('/embed/') }), shareImages(), buildCacheReport(), pagefindSearch(), atomicOutput()],
  // Scripts and styles always ship as files: the Content-Security-Policy allows no inline script or style.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // Pages that show one story carry a cacheKey (src/site/page-cache-key.ts): a build skips those whose key and
  // code are unchanged and Astro puts back the bytes it rendered before, kept in cacheDir (dist/ and
  // incremental-build.json there). Every build still starts from an empty output folder; pages without a key
  // (home, archive, timelines, feed, search) and every integration's files are made anew each time.
  // `astro build --force` renders everything.
  experimental: { incrementalBuild: true },
  prefetch: false,
});
