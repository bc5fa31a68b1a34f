// Build scaling (not part of the tests): builds the site from generated stories (bench/lib/generated-stories.mjs:
// the site's story and the test fixtures in turn, dates spread over weeks) at each size, cold (empty build
// cache), and at one size also warm (nothing changed) and with one story's article edited. For each build:
// CPU and wall time, peak memory, pages, output size, the largest page compressed, the search index. Says
// whether each grows no worse than linearly with the number of stories, compares them with the budgets of
// issue 26, and appends a dated section to bench/results/build-scaling.md.
//
//   npx node bench/build-scaling.mjs [--sizes 1,10,100,1000] [--warm-at 100] [--note "conditions of the run"]
//   (npx: the project's Node 22)
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { plainLog, withoutNumbers } from './lib/build-log.mjs';
import { editOneStory, makeStories, STORIES_PER_WEEK } from './lib/generated-stories.mjs';
import { astroBuild } from './lib/astro-build.mjs';

const root = resolve(import.meta.dirname, '..');
// Inside the project: Astro then stages its pages in <outDir>/.prerender, apart from other builds.
const work = join(root, 'bench/.runs/scaling');
const resultsFile = join(root, 'bench/results/build-scaling.md');
const { values: args } = parseArgs({
  options: { sizes: { type: 'string' }, 'warm-at': { type: 'string' }, note: { type: 'string' } },
});
const SIZES = (args.sizes ?? '1,10,100,1000').split(',').map(Number);
const WARM_AT = Number(args['warm-at'] ?? 100);
/** How much faster than the number of stories a measure may grow between two sizes before it counts as worse than linear. */
const TOLERANCE = 1.25;
/** Issue 26's budgets. */
const BUDGET = { cpuPerStory: 0.5, oneChangedSeconds: 20, pageKB: 150, memoryGB: 4 };
const COMPRESSED = /\.(html|js|css|json|svg|xml|txt)$/;

/** Every file of the output: its path and its size raw and gzip-compressed (the pages and text files). */
function outputFiles(dir) {
  const files = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else files.push({ path: relative(dir, path), bytes: stat.size, gzip: COMPRESSED.test(name) ? gzipSync(readFileSync(path)).length : stat.size });
    }
  };
  walk(dir);
  return files;
}

/**
 * Where a build's wall time went, from the timestamps (to the second) of its log: each line's phase (a
 * page rendered or put back, or an `[integration] message` with its numbers left out) is given the time
 * until the next line. The longest phases first.
 */
function whereTimeWent(log) {
  const lines = [];
  for (const raw of plainLog(log).split('\n')) {
    const match = /^(\d\d):(\d\d):(\d\d) (.*)$/.exec(raw);
    if (!match) continue;
    const [, hours, minutes, seconds, text] = match;
    const at = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
    const page = /├─ \S+ \((restored|cached|\+)/.exec(text);
    const phase = page ? (page[1] === '+' ? 'pages rendered' : 'pages put back') : withoutNumbers(/\[[\w:@/-]+\] .*/.exec(text)?.[0] ?? text).slice(0, 70);
    lines.push({ at, phase });
  }
  const spent = new Map();
  for (let index = 0; index + 1 < lines.length; index++) {
    const { at, phase } = lines[index];
    // A clock that passes midnight goes round once.
    const gap = (lines[index + 1].at - at + 86_400) % 86_400;
    spent.set(phase, (spent.get(phase) ?? 0) + gap);
  }
  return [...spent].filter(([, seconds]) => seconds > 0).sort((a, b) => b[1] - a[1]);
}

function build(folder, contentRoot) {
  const out = join(folder, 'out');
  const timeFile = join(folder, 'time.txt');
  const astro = astroBuild();
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', timeFile, ...astro], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_OUT_DIR: out, CONTENT_ROOTS: contentRoot, BUILD_CACHE_DIR: join(folder, 'build-cache') },
  });
  const seconds = (performance.now() - started) / 1000;
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`The build in ${folder} failed:\n${log.slice(-4000)}`);
  const [user, sys, maxKB] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  const files = outputFiles(out);
  const pages = files.filter((file) => file.path.endsWith('.html'));
  const largestPage = pages.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const largestFile = files.filter((file) => COMPRESSED.test(file.path)).reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const searchBytes = files.filter((file) => file.path.startsWith('pagefind/')).reduce((sum, file) => sum + file.bytes, 0);
  const [, reused, computed] = /build cache: (\d+) entries reused, (\d+) computed/.exec(log) ?? [];
  return {
    seconds,
    cpu: user + sys,
    memoryGB: maxKB / 1024 / 1024,
    pages: pages.length,
    outputMB: files.reduce((sum, file) => sum + file.bytes, 0) / 1e6,
    largestPage,
    largestFile,
    searchMB: searchBytes / 1e6,
    cache: reused === undefined ? 'off' : `${reused} reused, ${computed} computed`,
    phases: whereTimeWent(log),
  };
}

/**
 * Each measure's cost of one more story between sizes, and whether it grows no worse than linearly: from one
 * size to the next it may grow at most as much as the number of stories does (with TOLERANCE to spare). A
 * measure that barely grows (the largest page) passes however its small per-story cost moves.
 */
function growth(runs, measure) {
  const marginal = [];
  const rising = [];
  for (let index = 1; index < runs.length; index++) {
    const [a, b] = [runs[index - 1], runs[index]];
    marginal.push({ from: a.stories, to: b.stories, perStory: (measure(b) - measure(a)) / (b.stories - a.stories) });
    if (measure(b) / measure(a) > TOLERANCE * (b.stories / a.stories)) rising.push({ from: a.stories, to: b.stories });
  }
  return { marginal, linear: rising.length === 0, rising };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const yes = (ok) => (ok ? 'yes' : '**no**');

function main() {
  mkdirSync(work, { recursive: true });
  const loadBefore = loadavg()[0];
  const runs = [];
  let rebuilds = null;
  for (const stories of SIZES) {
    const folder = join(work, `size-${stories}`);
    rmSync(folder, { recursive: true, force: true });
    const content = join(folder, 'content');
    const slugs = makeStories(content, stories);
    process.stdout.write(`${stories} stories: cold… `);
    const cold = build(folder, content);
    runs.push({ stories, ...cold });
    console.log(`${cold.seconds.toFixed(1)} s (CPU ${cold.cpu.toFixed(1)} s, ${cold.memoryGB.toFixed(2)} GB), ${cold.pages} pages`);
    if (stories === WARM_AT) {
      process.stdout.write('  warm… ');
      const warm = build(folder, content);
      console.log(`${warm.seconds.toFixed(1)} s`);
      editOneStory(content, slugs[Math.floor(slugs.length / 2)]);
      process.stdout.write('  one story changed… ');
      const changed = build(folder, content);
      console.log(`${changed.seconds.toFixed(1)} s`);
      rebuilds = { stories, warm, changed };
    }
    rmSync(folder, { recursive: true, force: true });
  }

  const cpu = growth(runs, (run) => run.cpu);
  const measures = [
    ['CPU time', cpu],
    ['peak memory', growth(runs, (run) => run.memoryGB)],
    ['output size', growth(runs, (run) => run.outputMB)],
    ['largest page', growth(runs, (run) => run.largestPage.gzip)],
    ['search index', growth(runs, (run) => run.searchMB)],
  ];
  const last = runs.at(-1);
  const coldPerStory = cpu.marginal.at(-1)?.perStory ?? Number.NaN;
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).stdout.trim() ? ' + uncommitted changes' : '';
  const lines = [
    '',
    `## Run of ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} (commit ${commit || 'unknown'}${dirty})`,
    '',
    ...(args.note ? [args.note, ''] : []),
    `Machine: ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), Node ${process.version}; 1-minute load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after. ` +
      `Each size is a clean \`astro build\` (empty build cache) of generated stories only (CONTENT_ROOTS; bench/lib/generated-stories.mjs: ` +
      `the site's story and the fixtures in turn, ${STORIES_PER_WEEK} a week). Peak memory is the build process's largest resident set; ` +
      'compressed sizes are gzip at its default level.',
    '',
    '| Stories | Pages | Wall | CPU (user + sys) | CPU s per story | Peak memory | Output | Largest page (gzip) | Largest text file (gzip) | Search index | Search index per 100 stories |',
    '|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|',
    ...runs.map(
      (run) =>
        `| ${run.stories} | ${run.pages} | ${run.seconds.toFixed(1)} s | ${run.cpu.toFixed(1)} s | ${(run.cpu / run.stories).toFixed(2)} | ${run.memoryGB.toFixed(2)} GB | ` +
        `${run.outputMB.toFixed(1)} MB | ${kb(run.largestPage.gzip)} \`${run.largestPage.path}\` | ${kb(run.largestFile.gzip)} \`${run.largestFile.path}\` | ` +
        `${run.searchMB.toFixed(2)} MB | ${((run.searchMB * 100) / run.stories).toFixed(2)} MB |`,
    ),
    '',
    ...(runs.length > 1
      ? [
          'Growth with the number of stories (the cost of one more story between sizes; worse than linear when, from one size to the next, ' +
            `a measure grows more than ${TOLERANCE} times as much as the number of stories does):`,
          '',
          ...measures.map(
            ([name, { marginal, linear }]) =>
              `- ${name}: ${marginal.map((range) => `${range.from}→${range.to}: ${range.perStory.toPrecision(3)}`).join('; ')} per story; ${linear ? 'no worse than linear' : '**worse than linear**'}.`,
          ),
          '',
        ]
      : ['Growth with the number of stories: one size only, so not measured.', '']),
    ...(rebuilds
      ? [
          `Rebuilds at ${rebuilds.stories} stories, build cache kept:`,
          '',
          '| Build | Wall | CPU | Build cache |',
          '|---|---:|---:|---|',
          `| warm, nothing changed | ${rebuilds.warm.seconds.toFixed(1)} s | ${rebuilds.warm.cpu.toFixed(1)} s | ${rebuilds.warm.cache} |`,
          `| one story's article edited | ${rebuilds.changed.seconds.toFixed(1)} s | ${rebuilds.changed.cpu.toFixed(1)} s | ${rebuilds.changed.cache} |`,
          '',
          "Where the one-changed build's wall time went, from its log's timestamps (each line's phase counts the time until the next line; the longest eight):",
          '',
          ...rebuilds.changed.phases.slice(0, 8).map(([phase, seconds]) => `- ${seconds} s: ${phase.replace(/\|/g, '\\|')}`),
          '',
        ]
      : []),
    'Budgets (issue 26):',
    '',
    '| Budget | Measured | Met |',
    '|---|---|---|',
    cpu.marginal.length > 0
      ? `| cold build: at most ${BUDGET.cpuPerStory} s CPU per additional story | ${coldPerStory.toFixed(2)} s (${cpu.marginal.at(-1).from}→${last.stories}) | ${yes(coldPerStory <= BUDGET.cpuPerStory)} |`
      : `| cold build: at most ${BUDGET.cpuPerStory} s CPU per additional story | not measured (one size) | — |`,
    rebuilds
      ? `| one story changed, ${rebuilds.stories} stories: at most ${BUDGET.oneChangedSeconds} s | ${rebuilds.changed.seconds.toFixed(1)} s wall | ${yes(rebuilds.stories === 100 && rebuilds.changed.seconds <= BUDGET.oneChangedSeconds)} |`
      : `| one story changed, 100 stories: at most ${BUDGET.oneChangedSeconds} s | not measured | — |`,
    `| no page over ${BUDGET.pageKB} KB compressed at 1,000 stories | ${kb(last.largestPage.gzip)} at ${last.stories} stories | ${last.stories >= 1000 ? yes(last.largestPage.gzip <= BUDGET.pageKB * 1024) : '— (not at 1,000)'} |`,
    `| peak memory under ${BUDGET.memoryGB} GB | ${last.memoryGB.toFixed(2)} GB at ${last.stories} stories | ${last.stories >= 1000 ? yes(last.memoryGB < BUDGET.memoryGB) : '— (not at 1,000)'} |`,
    '',
  ];
  if (!existsSync(resultsFile)) writeFileSync(resultsFile, '# Build scaling\n\nWritten by `npx node bench/build-scaling.mjs`; each run appends a section.\n');
  appendFileSync(resultsFile, `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
  console.log(`Appended to ${relative(root, resultsFile)}.`);
  rmSync(work, { recursive: true, force: true });
}

main();
