// Screenshots of the first screen of each kind of page, at 390 and 1440 px, light and dark, written to
// docs/screens/ (palette PNGs of at most 150 KB) for a reviewer who does not build the site.
//
//   npm run build && npm run screens [-- --site dist --out docs/screens --only embed-casualties,article]
//
// Serves the build with the site's own _headers (as the tests do) on 127.0.0.1; embeds are shown inside
// a host page on another origin (localhost), as a newsroom would paste them.
import { createServer } from 'node:http';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { CHROMIUM_FLAGS, chromiumPath } from '../tests/support/chromium-binary.ts';
import { serveSite } from '../tests/support/server.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'docs/screens' },
    only: { type: 'string' },
    // For review, not for committing: an embed's whole frame rather than the first screen.
    whole: { type: 'boolean', default: false },
  },
});
const site = resolve(values.site);
const out = resolve(values.out);
const MAX_BYTES = 150 * 1024;
const VIEWPORTS = [
  { name: '390', width: 390, height: 844, mobile: true },
  { name: '1440', width: 1440, height: 900, mobile: false },
];
const SCHEMES = ['light', 'dark'];

/** One page of each kind, found in the build (the first story in alphabetical order stands for all). */
function pageKinds() {
  const stories = readdirSync(join(site, 'stories')).filter((name) => statSync(join(site, 'stories', name)).isDirectory()).sort();
  const slug = stories[0];
  const firstDir = (path) => readdirSync(join(site, path)).filter((name) => statSync(join(site, path, name)).isDirectory()).sort()[0];
  const panels = readdirSync(join(site, 'embed', slug)).sort();
  const largestDir = (path) =>
    readdirSync(join(site, path))
      .filter((name) => statSync(join(site, path, name)).isDirectory())
      .sort((a, b) => statSync(join(site, path, b, 'index.html')).size - statSync(join(site, path, a, 'index.html')).size)[0];
  return [
    { kind: 'home', path: '/' },
    { kind: 'article', path: `/stories/${slug}/` },
    { kind: 'section', path: `/stories/${slug}/sections/${firstDir(`stories/${slug}/sections`)}/` },
    { kind: 'timeline', path: `/stories/${slug}/timeline/` },
    { kind: 'actors', path: `/stories/${slug}/actors/` },
    { kind: 'actor', path: `/stories/${slug}/actors/${firstDir(`stories/${slug}/actors`)}/` },
    { kind: 'charts', path: `/stories/${slug}/charts/` },
    // Each panel's first screen, as a link to it opens it.
    ...panels.map((panel) => ({ kind: `charts-${panel}`, path: `/stories/${slug}/charts/#chart-${panel}` })),
    { kind: 'claims', path: `/stories/${slug}/claims/` },
    { kind: 'search', path: '/search/' },
    { kind: 'archive', path: '/archive/' },
    { kind: 'timeline-all', path: '/timeline/' },
    // The fullest month of the timeline of all stories.
    { kind: 'timeline-month', path: `/timeline/${largestDir('timeline')}/` },
    ...panels.map((panel) => ({ kind: `embed-${panel}`, embed: `/embed/${slug}/${panel}/` })),
  ];
}

/** A plain host article on another origin with the embed snippet pasted in, as the Embed panel gives it. */
async function serveHost(chartOrigin, snippetFor) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').searchParams.get('embed') ?? '';
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A host article</title>
<style>body{margin:0 auto;max-width:40rem;padding:16px;font:18px/1.5 Georgia,serif;color:#111;background:#fff}</style></head>
<body><h1>A newsroom's own article</h1><p>The host's text before the chart, in the host's own type and colours.</p>
${snippetFor(chartOrigin, path)}<p>The host's text after the chart.</p></body></html>`);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
}

const snippetFor = (origin, path) =>
  `<iframe src="${origin}${path}" title="Chart" width="100%" height="720" loading="lazy" style="border:0;width:100%;max-width:100%" data-story-embed></iframe>
<script src="${origin}/embed.js" async></script>`;

async function optimise(buffer) {
  for (const colours of [256, 128, 64, 32]) {
    const png = await sharp(buffer).png({ palette: true, colours, effort: 10, compressionLevel: 9 }).toBuffer();
    if (png.length <= MAX_BYTES) return png;
  }
  throw new Error('a screenshot stays above 150 KB even with 32 colours');
}

const server = await serveSite(site);
const chartOrigin = server.origin.replace('127.0.0.1', 'localhost');
const host = await serveHost(chartOrigin, snippetFor);
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
const only = values.only?.split(',');
mkdirSync(out, { recursive: true });
try {
  for (const page of pageKinds().filter((entry) => !only || only.includes(entry.kind))) {
    for (const viewport of VIEWPORTS) {
      for (const scheme of SCHEMES) {
        const context = await browser.newContext({
          viewport: { width: viewport.width, height: values.whole ? 4000 : viewport.height },
          isMobile: viewport.mobile,
          hasTouch: viewport.mobile,
          deviceScaleFactor: 1,
          colorScheme: scheme,
        });
        const tab = await context.newPage();
        if (page.embed) {
          await tab.goto(`${host.origin}/?embed=${encodeURIComponent(page.embed)}`);
          const frame = await (await tab.waitForSelector('iframe')).contentFrame();
          await frame.locator('svg').filter({ visible: true }).first().waitFor();
          await tab.waitForFunction(() => document.querySelector('iframe').style.height !== '');
        } else {
          await tab.goto(`${server.origin}${page.path}`);
        }
        await tab.evaluate(() => document.fonts.ready);
        const file = join(out, `${page.kind}-${viewport.name}-${scheme}.png`);
        const shot = page.embed && values.whole ? await (await tab.$('iframe')).screenshot() : await tab.screenshot({ fullPage: false });
        const png = values.whole ? shot : await optimise(shot);
        await sharp(png).toFile(file);
        console.log(`${file.replace(`${process.cwd()}/`, '')}  ${(png.length / 1024).toFixed(0)} KB`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await host.close();
  await server.close();
}
