// Performance benchmark (not part of the tests): builds the site into bench/.runs/site, serves it on
// localhost with precompressed (brotli/gzip) files as a CDN would, runs Lighthouse (mobile emulation,
// simulated throttling) in Debian's Chromium on the pages, appends a dated table to
// bench/results/lighthouse.md and says which page misses which budget of bench/budgets.json.
// Pages are judged at Lighthouse's default settings, its fixed 4x CPU slowdown (the team's choice on
// the TBT budget); `--cpu-slowdown calibrated` calibrates the slowdown to this machine's speed instead
// (bench/lib/cpu-slowdown.mjs), for information, and shows the TBT at 4x from the same trace beside it.
//
//   npm run bench                 every page when there are at most MAX_EVERY_PAGE, else one per page type
//   npm run bench -- --all        every page
//   npm run bench -- --per-type   one page per type (the largest HTML of each type)
//   npm run bench -- --pages /,/search/   only these pages
//   npm run bench -- --runs 3     Lighthouse runs per page (default 5, the count Lighthouse's variability
//                                 guide suggests); each page is judged on its median run (computeMedianRun)
//   npm run bench -- --cpu-slowdown calibrated   the slowdown calibrated to the machine (default: 4)
//   npm run bench -- --cpu-slowdown 6   another fixed CPU slowdown
//
// Exit status 1 when a budget is missed.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TotalBlockingTime } from 'lighthouse/core/computed/metrics/total-blocking-time.js';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import { LIGHTHOUSE_DEFAULT_SLOWDOWN, median, slowdownForBenchmarkIndex } from './lib/cpu-slowdown.mjs';
import { CATEGORIES, freePort, launchChromium, lighthouseRun, metricInputs, precompress, walk } from './lib/lighthouse.mjs';
import { writeNaivePeer } from './lib/naive-peer.mjs';
import { serveSite } from '../tests/support/server.ts';
import { astroBuild } from './lib/astro-build.mjs';

const root = resolve(import.meta.dirname, '..');
// Inside the project: Astro then stages its pages in <outDir>/.prerender, apart from other builds.
const outDir = join(root, 'bench/.runs/site');
const resultsFile = join(root, 'bench/results/lighthouse.md');
const budgets = JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8'));
const MAX_EVERY_PAGE = 30;
const KB = 1024;

/** Page types by URL path; the first match wins. */
const PAGE_TYPES = [
  ['naive peer', /^\/naive\//],
  ['home', /^\/$/],
  ['404', /^\/404\.html$/],
  ['article', /^\/stories\/[^/]+\/$/],
  ['section', /^\/stories\/[^/]+\/sections\/[^/]+\/$/],
  ['timeline', /^\/(stories\/[^/]+\/)?timeline\/$/],
  ['actors', /^\/stories\/[^/]+\/actors\/$/],
  ['actor', /^\/stories\/[^/]+\/actors\/[^/]+\/$/],
  ['charts', /^\/stories\/[^/]+\/charts\/$/],
  ['claims', /^\/stories\/[^/]+\/claims\/$/],
  ['search', /^\/search\/$/],
  ['embed', /^\/embed\//],
];
const pageType = (path) => PAGE_TYPES.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other';

function listPages(dir) {
  return walk(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${relative(dir, file).replace(/\\/g, '/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** A clean build: no earlier output, Astro cache or build cache (a fresh BUILD_CACHE_DIR beside the output). */
function build() {
  for (const path of [outDir, `${outDir}-cache`, `${outDir}-build-cache`]) rmSync(path, { recursive: true, force: true });
  const timeFile = join(root, 'bench/.runs/build-time.txt');
  rmSync(timeFile, { force: true });
  const astro = astroBuild();
  // GNU time adds the CPU time of the build and its children, a figure that hardly moves with machine load.
  const command = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', '%U %S', '-o', timeFile, ...astro] : astro;
  const started = performance.now();
  const result = spawnSync(command[0], command.slice(1), {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_OUT_DIR: outDir, BUILD_CACHE_DIR: `${outDir}-build-cache` },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`The site did not build:\n${result.stdout}\n${result.stderr}`);
  const cpu = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number) : null;
  return { seconds, cpuSeconds: cpu ? cpu[0] + cpu[1] : null };
}

/** The pages to measure: all, or the largest page of each type. */
function choosePages(pages, mode) {
  if (mode === 'all' || (mode === 'auto' && pages.length <= MAX_EVERY_PAGE)) return { chosen: pages, how: `every page (${pages.length})` };
  const byType = new Map();
  for (const path of pages) {
    const size = statSync(join(outDir, path.endsWith('/') ? `${path}index.html` : path)).size;
    const type = pageType(path);
    if (!byType.has(type) || byType.get(type).size < size) byType.set(type, { path, size });
  }
  const chosen = [...byType.values()].map(({ path }) => path).sort();
  return { chosen, how: `one page per type, the largest HTML of each (${chosen.length} of ${pages.length} pages)` };
}

/** Script bytes the page needs before it can show anything: classic scripts without async or defer. */
function blockingScripts(path) {
  const html = readFileSync(join(outDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
  return [...html.matchAll(/<script\b([^>]*)>/gi)]
    .map((match) => match[1])
    .filter((attributes) => /\bsrc=/i.test(attributes) && !/\b(async|defer)\b/i.test(attributes) && !/type=["']?module/i.test(attributes))
    .map((attributes) => /\bsrc=["']?([^"' >]+)/i.exec(attributes)[1]);
}

/** The SEO score without the audits the budgets excuse for this page. */
function seoScore(lhr, noindex) {
  const category = lhr.categories.seo;
  if (!noindex) return category.score;
  const refs = category.auditRefs.filter((ref) => ref.id !== 'is-crawlable' && ref.weight > 0);
  const total = refs.reduce((sum, ref) => sum + ref.weight, 0);
  return refs.reduce((sum, ref) => sum + ref.weight * (lhr.audits[ref.id].score ?? 1), 0) / total;
}

function measure(path, lhr) {
  const requests = lhr.audits['network-requests'].details.items;
  const bytes = { html: 0, css: 0, js: 0, fonts: 0, images: 0, other: 0, total: 0 };
  const key = { Document: 'html', Stylesheet: 'css', Script: 'js', Font: 'fonts', Image: 'images' };
  for (const request of requests) {
    const size = request.transferSize ?? 0;
    bytes[key[request.resourceType] ?? 'other'] += size;
    bytes.total += size;
  }
  const blocking = new Set(blockingScripts(path).map((src) => new URL(src, lhr.finalDisplayedUrl).href));
  const jsNeededToRead = requests.filter((request) => blocking.has(request.url)).reduce((sum, request) => sum + (request.transferSize ?? 0), 0);
  const noindex = lhr.audits['is-crawlable'].score === 0;
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id].score]));
  return {
    path,
    type: pageType(path),
    scores,
    judgedScores: { ...scores, seo: seoScore(lhr, noindex) },
    noindex,
    lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
    tbtMs: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    bytes,
    jsNeededToRead,
    failing: Object.fromEntries(
      CATEGORIES.map((id) => [
        id,
        lhr.categories[id].auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
          .map((ref) => `${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`),
      ]),
    ),
  };
}

function checkBudgets(results, buildSeconds) {
  const misses = [];
  if (buildSeconds >= budgets.buildUnderSeconds) misses.push(`build: ${buildSeconds.toFixed(1)} s, budget under ${budgets.buildUnderSeconds} s`);
  for (const result of results.filter(({ type }) => type !== 'naive peer')) {
    const { path } = result;
    for (const id of CATEGORIES) {
      const score = Math.round(result.judgedScores[id] * 100);
      if (score < budgets.lighthouse[id]) {
        misses.push(`${path}: ${id} ${score}, budget ${budgets.lighthouse[id]} — failing audits: ${result.failing[id].join(', ') || 'none weighted (metric scores)'}`);
      }
    }
    if (result.cls > budgets.everyPage.cls) misses.push(`${path}: CLS ${result.cls.toFixed(3)}, budget ${budgets.everyPage.cls}`);
    if (result.tbtMs > budgets.everyPage.tbtMs) misses.push(`${path}: TBT ${Math.round(result.tbtMs)} ms, budget ${budgets.everyPage.tbtMs} ms`);
    const typeBudget = budgets.pageTypes[result.type] ?? {};
    if (typeBudget.jsNeededToReadKB !== undefined && result.jsNeededToRead / KB > typeBudget.jsNeededToReadKB) {
      misses.push(`${path}: ${(result.jsNeededToRead / KB).toFixed(1)} KB of JavaScript needed to read, budget ${typeBudget.jsNeededToReadKB} KB`);
    }
    if (typeBudget.totalTransferUnderKB !== undefined && result.bytes.total / KB >= typeBudget.totalTransferUnderKB) {
      misses.push(`${path}: ${(result.bytes.total / KB).toFixed(1)} KB transferred, budget under ${typeBudget.totalTransferUnderKB} KB`);
    }
    if (typeBudget.jsUnderKB !== undefined && result.bytes.js / KB >= typeBudget.jsUnderKB) {
      misses.push(`${path}: ${(result.bytes.js / KB).toFixed(1)} KB of JavaScript, budget under ${typeBudget.jsUnderKB} KB`);
    }
    const peer = results.find((other) => other.path === `/naive${path}`);
    if (peer && result.lcpMs >= peer.lcpMs) {
      misses.push(`${path}: LCP ${(result.lcpMs / 1000).toFixed(2)} s, not below its naive d3 peer's ${(peer.lcpMs / 1000).toFixed(2)} s`);
    }
  }
  return misses;
}

const kb = (bytes) => (bytes / KB).toFixed(1);

function formatRange(values) {
  const [low, high] = [Math.min(...values), Math.max(...values)].map((value) => value.toFixed(1));
  return low === high ? low : `${low}–${high}`;
}

function report({ results, misses, buildSeconds, cpuSeconds, how, runs, chromium, pageCount, machine, slowdownMode }) {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).stdout.trim() ? ' + uncommitted changes' : '';
  const lines = [
    '',
    `## Run of ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} (commit ${commit}${dirty})`,
    '',
    `Machine: ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), Node ${process.version}, ${chromium}, Lighthouse ${lighthouseVersion()}, ` +
      'mobile emulation with simulated throttling (Lighthouse\'s network settings). Files served precompressed (brotli) from localhost.',
    `Machine load while measuring: 1-minute load average ${machine.loadBefore.toFixed(1)} before, ${machine.loadAfter.toFixed(1)} after; ` +
      `Lighthouse benchmark index ${machine.benchmarkIndex} (CPU-bound figures such as TBT grow as this falls).`,
    slowdownMode === 'calibrated'
      ? `CPU slowdown calibrated to the benchmark index before each page, as Lighthouse's throttling guide advises (bench/lib/cpu-slowdown.mjs; stricter than 4× while the machine is fast, milder while it is busy): ${formatRange(results.map((result) => result.cpuSlowdown))}×. "TBT at 4×" is the same trace simulated at Lighthouse's fixed default.`
      : `CPU slowdown fixed at ${slowdownMode}× (--cpu-slowdown).`,
    '',
    `Clean build of the whole site (${pageCount} pages, no cache): **${buildSeconds.toFixed(1)} s** wall time (budget under ${budgets.buildUnderSeconds} s)${cpuSeconds === null ? '' : `, ${cpuSeconds.toFixed(1)} s of CPU time`}. Pages measured: ${how}; ${runs} Lighthouse run(s) per page, each page judged on its median run (Lighthouse's computeMedianRun); "TBT of each run" shows the spread.`,
    '',
    '| Page | Type | Perf | A11y | BP | SEO | LCP | TBT | TBT of each run | CPU × | TBT at 4× | CLS | HTML KB | CSS KB | JS KB | Fonts KB | Images KB | Total KB |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map((result) => {
      const score = (id) => {
        const shown = Math.round(result.scores[id] * 100);
        const judged = Math.round(result.judgedScores[id] * 100);
        return shown === judged ? `${shown}` : `${shown} (${judged}\\*)`;
      };
      return `| ${result.path} | ${result.type} | ${CATEGORIES.map(score).join(' | ')} | ${(result.lcpMs / 1000).toFixed(2)} s | ${Math.round(result.tbtMs)} ms | ${result.tbtRuns.map((ms) => Math.round(ms)).join(', ')} | ${result.cpuSlowdown.toFixed(1)} | ${Math.round(result.tbtAtDefaultMs)} ms | ${result.cls.toFixed(3)} | ${kb(result.bytes.html)} | ${kb(result.bytes.css)} | ${kb(result.bytes.js)} | ${kb(result.bytes.fonts)} | ${kb(result.bytes.images)} | ${kb(result.bytes.total)} |`;
    }),
    '',
    ...(results.some((result) => result.noindex)
      ? ['\\* Score without `is-crawlable`: the page is noindex on purpose (see `exceptions` in bench/budgets.json).', '']
      : []),
    misses.length ? `**Budgets missed (${misses.length}):**` : '**All budgets met.**',
    '',
    ...misses.map((miss) => `- ${miss}`),
    ...(misses.length ? [''] : []),
  ];
  if (!existsSync(resultsFile)) {
    writeFileSync(
      resultsFile,
      '# Lighthouse benchmark\n\nWritten by `npm run bench` (bench/run.mjs); each run appends a section. Budgets: bench/budgets.json.\n',
    );
  }
  appendFileSync(resultsFile, `${lines.join('\n')}\n`);
  return lines.join('\n');
}

/** The run's TBT had Lighthouse simulated its trace at its fixed default slowdown. */
async function tbtAtDefaultSlowdown(artifacts) {
  const { data, context } = metricInputs(artifacts, LIGHTHOUSE_DEFAULT_SLOWDOWN);
  const { timing } = await TotalBlockingTime.request(data, context);
  return timing;
}

function lighthouseVersion() {
  return JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version;
}

async function main() {
  const { values: options } = parseArgs({
    options: { runs: { type: 'string' }, 'cpu-slowdown': { type: 'string' }, pages: { type: 'string' }, all: { type: 'boolean' }, 'per-type': { type: 'boolean' } },
  });
  const runsArg = options.runs;
  const runs = Math.max(1, Number(runsArg ?? 5));
  const slowdownArg = options['cpu-slowdown'] ?? String(LIGHTHOUSE_DEFAULT_SLOWDOWN);
  const fixedSlowdown = slowdownArg === 'calibrated' ? null : Number(slowdownArg);
  if (fixedSlowdown !== null && !(fixedSlowdown >= 1)) throw new Error(`--cpu-slowdown wants "calibrated" or a number from 1 up, not ${slowdownArg}`);
  const mode = options.all ? 'all' : options['per-type'] ? 'per-type' : 'auto';
  console.log('Building the site…');
  const { seconds: buildSeconds, cpuSeconds } = build();
  // A charts page is measured beside its naive peer (bench/lib/naive-peer.mjs), in the same run.
  const chartsPages = listPages(outDir).filter((path) => pageType(path) === 'charts');
  const naivePeers = new Map(chartsPages.map((path) => [path, writeNaivePeer(outDir, path)]));
  precompress(outDir);
  const pages = listPages(outDir).filter((path) => pageType(path) !== 'naive peer');
  const only = options.pages;
  const picked = only
    ? { chosen: only.split(',').filter((path) => pages.includes(path)), how: `the pages asked for (${only})` }
    : choosePages(pages, mode);
  const chosen = picked.chosen.flatMap((path) => (naivePeers.has(path) ? [path, naivePeers.get(path)] : [path]));
  const { how } = picked;
  console.log(`Built ${pages.length} pages in ${buildSeconds.toFixed(1)} s; measuring ${how}.`);

  const server = await serveSite(outDir, await freePort(), '127.0.0.1', { precompressed: true });
  let chrome;
  const results = [];
  const benchmarkIndexes = [];
  const lhrDir = join(root, 'bench/.runs/lhr');
  rmSync(lhrDir, { recursive: true, force: true });
  mkdirSync(lhrDir, { recursive: true });
  const loadBefore = loadavg()[0];
  let chromium = 'Chromium';
  try {
    chrome = await launchChromium();
    if (fixedSlowdown === null) {
      // A first run (not counted) measures the machine before the first page is judged.
      const { lhr } = await lighthouseRun(`${server.origin}${chosen[0]}`, chrome.port, LIGHTHOUSE_DEFAULT_SLOWDOWN);
      benchmarkIndexes.push(lhr.environment.benchmarkIndex);
    }
    for (const path of chosen) {
      // Calibrated on the machine's speed over its latest runs: a busy spell neither fails a page nor a fast one passes it.
      const cpuSlowdown = fixedSlowdown ?? slowdownForBenchmarkIndex(median(benchmarkIndexes.slice(-runs)));
      process.stdout.write(`  ${path} (CPU ${cpuSlowdown.toFixed(1)}×) … `);
      const measured = [];
      for (let run = 1; run <= runs; run++) measured.push(await lighthouseRun(`${server.origin}${path}`, chrome.port, cpuSlowdown));
      const lhrs = measured.map(({ lhr }) => lhr);
      const medianRun = computeMedianRun(filterToValidRuns(lhrs));
      chromium = medianRun.environment.hostUserAgent.match(/(HeadlessChrome|Chrome)\/[\d.]+/)?.[0] ?? chromium;
      const result = {
        ...measure(path, medianRun),
        tbtRuns: lhrs.map((lhr) => lhr.audits['total-blocking-time'].numericValue),
        tbtAtDefaultMs: await tbtAtDefaultSlowdown(measured[lhrs.indexOf(medianRun)].artifacts),
        cpuSlowdown,
      };
      results.push(result);
      benchmarkIndexes.push(...lhrs.map((lhr) => lhr.environment.benchmarkIndex));
      writeFileSync(join(lhrDir, `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}.json`), JSON.stringify(medianRun));
      console.log(CATEGORIES.map((id) => Math.round(result.judgedScores[id] * 100)).join('/'), `${kb(result.bytes.total)} KB`);
    }
  } finally {
    chrome?.stop();
    await server.close();
  }
  const misses = checkBudgets(results, buildSeconds);
  const machine = { loadBefore, loadAfter: loadavg()[0], benchmarkIndex: Math.round(median(benchmarkIndexes)) };
  const slowdownMode = fixedSlowdown ?? 'calibrated';
  console.log(report({ results, misses, buildSeconds, cpuSeconds, how, runs, chromium: `Debian Chromium (${chromium})`, pageCount: pages.length, machine, slowdownMode }));
  console.log(`\nAppended to ${relative(root, resultsFile)}.`);
  process.exitCode = misses.length ? 1 : 0;
}

mkdirSync(join(root, 'bench/.runs'), { recursive: true });
main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
