// Where a page's Total Blocking Time comes from (a diagnostic, not a test). Runs Lighthouse on pages of a
// built site and lists, from Lighthouse's own simulation (Lantern), each main-thread task that counts
// towards TBT: when it ran in the simulation, how long, how much of it blocked after the simulated first
// contentful paint, and what it was (layout, HTML parsing, a script, the navigation's own set-up).
// Appends the lists to bench/results/tbt-breakdown.md.
//
//   npx node bench/tbt-breakdown.mjs /timeline/ /stories/x/claims/   pages of bench/.runs/site (npm run bench builds it)
//   npx node bench/tbt-breakdown.mjs --site DIR /timeline/           pages of a site built elsewhere
//   npx node bench/tbt-breakdown.mjs --cpu-slowdown 6 --runs 3 /timeline/   (defaults: 4×, 1 run)
//
// How Lighthouse counts (lantern/metrics/TotalBlockingTime.js, TBTUtils.js): TBT is the mean of two
// estimates; each simulates every task of the trace, slowed down by the CPU multiplier, and adds up the
// part over 50 ms of every task between the simulated FCP and TTI. The FCP it clips at comes from a
// smaller graph holding only what the first paint needed, so work outside that graph (the navigation's
// first task, for one) pushes the page's first layout past it. Lantern slows tasks that lay out by half
// the multiplier only (Simulator's layoutTaskMultiplier), so the simulated times below are not all
// the observed ones times the slowdown.
import { appendFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LanternFirstContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-first-contentful-paint.js';
import { LanternInteractive } from 'lighthouse/core/computed/metrics/lantern-interactive.js';
import { LanternTotalBlockingTime } from 'lighthouse/core/computed/metrics/lantern-total-blocking-time.js';
import { freePort, launchChromium, lighthouseRun, metricInputs, precompress } from './lib/lighthouse.mjs';
import { serveSite } from '../tests/support/server.ts';

const root = resolve(import.meta.dirname, '..');
const resultsFile = join(root, 'bench/results/tbt-breakdown.md');
const BLOCKING_THRESHOLD_MS = 50;

const { values: options, positionals: pages } = parseArgs({
  allowPositionals: true,
  options: { site: { type: 'string' }, 'cpu-slowdown': { type: 'string' }, runs: { type: 'string' } },
});
const site = resolve(options.site ?? join(root, 'bench/.runs/site'));
const slowdown = Number(options['cpu-slowdown'] ?? 4);
const runs = Math.max(1, Number(options.runs ?? 1));
if (!pages.length) throw new Error('Name the pages to look at, e.g. npx node bench/tbt-breakdown.mjs /timeline/');
if (!existsSync(join(site, 'index.html'))) throw new Error(`No built site in ${site}: run npm run bench once, or pass --site DIR`);
if (!(slowdown >= 1)) throw new Error(`--cpu-slowdown wants a number from 1 up, not ${options['cpu-slowdown']}`);

/** What a simulated task was, from the trace events inside it. */
function describe(node) {
  const names = new Set(node.childEvents.map((event) => event.name));
  const scripts = [...node.getEvaluateScriptURLs()].map((url) => new URL(url).pathname.split('/').pop());
  const parts = [];
  if (names.has('DocumentLoader::CommitNavigation')) parts.push('navigation set-up (JS contexts; the same on every page)');
  if (names.has('ParseHTML')) parts.push('HTML parsing');
  if (names.has('UpdateLayoutTree') || names.has('Layout')) parts.push('style and layout');
  if (names.has('Paint')) parts.push('paint');
  if (scripts.length) parts.push(`script ${scripts.join(', ')}`);
  if (names.has('v8.evaluateModule') || names.has('v8.compileModule')) parts.push('module scripts');
  if (parts.length) return parts.join(' + ');
  // Otherwise the longest events inside it, by trace name.
  const longest = node.childEvents
    .filter((event) => event.dur && event !== node.event)
    .sort((a, b) => b.dur - a.dur)
    .slice(0, 2)
    .map((event) => `${event.name} ${(event.dur / 1000).toFixed(1)} ms`);
  return `other (${longest.join(', ') || 'no detail in the trace'})`;
}

/** A task's blocking time as Lighthouse's calculateTbtImpactForEvent counts it. */
function blockingMs(timing, fcpMs, ttiMs) {
  if (timing.endTime < fcpMs || timing.startTime > ttiMs || timing.duration < BLOCKING_THRESHOLD_MS) return 0;
  const clipped = Math.min(timing.endTime, ttiMs) - Math.max(timing.startTime, fcpMs);
  return Math.max(0, clipped - BLOCKING_THRESHOLD_MS);
}

async function breakdown(artifacts) {
  const { data, context } = metricInputs(artifacts);
  const fcp = await LanternFirstContentfulPaint.request(data, context);
  const tti = await LanternInteractive.request(data, context);
  const tbt = await LanternTotalBlockingTime.request(data, context);
  // As Lantern does: the optimistic TBT clips at the pessimistic FCP and optimistic TTI, and the other way round.
  const estimates = [
    { name: 'optimistic', result: tbt.optimisticEstimate, fcpMs: fcp.pessimisticEstimate.timeInMs, ttiMs: tti.optimisticEstimate.timeInMs },
    { name: 'pessimistic', result: tbt.pessimisticEstimate, fcpMs: fcp.optimisticEstimate.timeInMs, ttiMs: tti.pessimisticEstimate.timeInMs },
  ];
  const tasks = new Map();
  for (const { name, result, fcpMs, ttiMs } of estimates) {
    for (const [node, timing] of result.nodeTimings) {
      if (node.type !== 'cpu') continue;
      const blocking = blockingMs(timing, fcpMs, ttiMs);
      const observedMs = node.duration / 1000;
      if (!blocking && observedMs < 10) continue;
      const row = tasks.get(node) ?? { node, observedMs, what: describe(node) };
      row[name] = { ...timing, blocking };
      tasks.set(node, row);
    }
  }
  return { tbtMs: tbt.timing, estimates, tasks: [...tasks.values()].sort((a, b) => a.node.startTime - b.node.startTime) };
}

const ms = (value) => `${Math.round(value)}`;
function report(path, run, lhr, { tbtMs, estimates, tasks }) {
  const lines = [
    `### ${path} (run ${run}, benchmark index ${Math.round(lhr.environment.benchmarkIndex)})`,
    '',
    `TBT ${ms(tbtMs)} ms (mean of the estimates). ` +
      estimates.map(({ name, result, fcpMs, ttiMs }) => `${name}: ${ms(result.timeInMs)} ms, counted from FCP ${ms(fcpMs)} to TTI ${ms(ttiMs)} ms`).join('; ') +
      '.',
    '',
    '| Task (main thread) | Observed ms | Simulated, optimistic | Blocking | Simulated, pessimistic | Blocking |',
    '|---|---:|---:|---:|---:|---:|',
    ...tasks.map(({ what, observedMs, optimistic, pessimistic }) => {
      const span = (timing) => (timing ? `${ms(timing.startTime)}–${ms(timing.endTime)} (${ms(timing.duration)})` : '–');
      return `| ${what} | ${observedMs.toFixed(1)} | ${span(optimistic)} | ${ms(optimistic?.blocking ?? 0)} | ${span(pessimistic)} | ${ms(pessimistic?.blocking ?? 0)} |`;
    }),
    '',
  ];
  return lines.join('\n');
}

precompress(site);
const server = await serveSite(site, await freePort(), '127.0.0.1', { precompressed: true });
const chrome = await launchChromium();
const sections = [`## Run of ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} at ${slowdown}× CPU slowdown`, ''];
try {
  for (const path of pages) {
    for (let run = 1; run <= runs; run++) {
      const { lhr, artifacts } = await lighthouseRun(`${server.origin}${path}`, chrome.port, slowdown, ['performance']);
      const section = report(path, run, lhr, await breakdown(artifacts));
      console.log(section);
      sections.push(section);
    }
  }
} finally {
  chrome.stop();
  await server.close();
}
if (!existsSync(resultsFile)) {
  appendFileSync(resultsFile, '# Where TBT comes from\n\nWritten by `node bench/tbt-breakdown.mjs`; each run appends a section. Tasks listed: those that block, and any over 10 ms observed.\n\n');
}
appendFileSync(resultsFile, `${sections.join('\n')}\n`);
