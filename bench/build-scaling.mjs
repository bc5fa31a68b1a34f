// Build scaling (not part of the tests): times the build of the whole site with 1, 10, 50 and 100
// stories, the extra ones being copies of the first story (distinct slugs, fixture: false) in a content
// root of their own (EXTRA_CONTENT_ROOTS). Says whether build time grows no worse than linearly and
// appends a dated section to bench/results/build-scaling.md.
//
//   npx node bench/build-scaling.mjs [--sizes 1,10,50,100] [--note "conditions of the run"]
//   (npx: the project's Node 22)
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeCopies } from './lib/story-copies.mjs';

const root = resolve(import.meta.dirname, '..');
// Inside the project: Astro then stages its pages in <outDir>/.prerender, apart from other builds.
const work = join(root, 'bench/.runs/scaling');
const resultsFile = join(root, 'bench/results/build-scaling.md');
/** `--note "…"`: a line about the run's conditions, printed under its heading. */
const { values: { sizes: sizesArg, note } } = parseArgs({ options: { sizes: { type: 'string' }, note: { type: 'string' } } });
const SIZES = (sizesArg ?? '1,10,50,100').split(',').map(Number);
/** How much the cost of one more story may rise between the ranges before growth counts as worse than linear. */
const TOLERANCE = 1.25;
const GNU_TIME = '/usr/bin/time';

function countPages(dir) {
  let count = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) count += countPages(path);
    else if (name.endsWith('.html')) count += 1;
  }
  return count;
}

function timeBuild(stories) {
  // A folder per size, with its own build cache (BUILD_CACHE_DIR), so no build reuses another's.
  const folder = join(work, `size-${stories}`);
  const content = join(folder, 'content');
  const out = join(folder, 'out');
  rmSync(folder, { recursive: true, force: true });
  makeCopies(content, stories - 1);
  const timeFile = join(folder, 'time.txt');
  const astro = [process.execPath, join(root, 'node_modules/astro/bin/astro.mjs'), 'build'];
  // GNU time adds the CPU time of the build and its child processes: unlike wall time, it hardly changes
  // with what else the machine is doing.
  const command = existsSync(GNU_TIME) ? [GNU_TIME, '-f', '%U %S', '-o', timeFile, ...astro] : astro;
  const started = performance.now();
  const result = spawnSync(command[0], command.slice(1), {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_OUT_DIR: out, EXTRA_CONTENT_ROOTS: content, BUILD_CACHE_DIR: join(folder, 'build-cache') },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`The build with ${stories} stories failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  }
  const pages = countPages(out);
  const cpu = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number) : null;
  rmSync(folder, { recursive: true, force: true });
  return { stories, seconds, cpuSeconds: cpu ? cpu[0] + cpu[1] : null, pages };
}

/** Judged on CPU time when it was measured (wall time swings with the machine's load), else wall time. */
function verdict(runs) {
  const cost = (run) => run.cpuSeconds ?? run.seconds;
  const marginal = [];
  for (let index = 1; index < runs.length; index++) {
    const [a, b] = [runs[index - 1], runs[index]];
    marginal.push({ from: a.stories, to: b.stories, perStory: (cost(b) - cost(a)) / (b.stories - a.stories) });
  }
  // The cost of one more story must not keep rising: compare each range with the one before it.
  const rising = marginal.slice(1).filter((range, index) => range.perStory > TOLERANCE * marginal[index].perStory);
  const first = runs.find((run) => run.stories >= 10) ?? runs[0];
  const last = runs.at(-1);
  const slope = Math.log(cost(last) / cost(first)) / Math.log(last.stories / first.stories);
  return { marginal, rising, slope, linear: rising.length === 0, measure: runs.every((run) => run.cpuSeconds !== null) ? 'CPU time' : 'wall time' };
}

function main() {
  mkdirSync(work, { recursive: true });
  const loadBefore = loadavg()[0];
  const runs = [];
  for (const stories of SIZES) {
    process.stdout.write(`Building with ${stories} stories… `);
    const run = timeBuild(stories);
    runs.push(run);
    console.log(`${run.seconds.toFixed(1)} s (CPU ${run.cpuSeconds?.toFixed(1) ?? '?'} s), ${run.pages} pages`);
  }
  const { marginal, rising, slope, linear, measure } = verdict(runs);
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).stdout.trim() ? ' + uncommitted changes' : '';
  const lines = [
    '',
    `## Run of ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} (commit ${commit || 'unknown'}${dirty})`,
    '',
    ...(note ? [note, ''] : []),
    `Machine: ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), Node ${process.version}; 1-minute load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after. ` +
      `Each build is a clean \`astro build\` (no content, Vite or build cache) of the site with the story and ${SIZES.map((n) => n - 1).join(' / ')} copies of it.`,
    '',
    '| Stories | Pages | Build time (wall) | CPU time (user + sys) | CPU seconds per story | CPU seconds per page |',
    '|---:|---:|---:|---:|---:|---:|',
    ...runs.map((run) => {
      const cpu = run.cpuSeconds ?? Number.NaN;
      return `| ${run.stories} | ${run.pages} | ${run.seconds.toFixed(1)} s | ${cpu.toFixed(1)} s | ${(cpu / run.stories).toFixed(2)} | ${(cpu / run.pages).toFixed(3)} |`;
    }),
    '',
    `Judged on ${measure}. Cost of one more story between sizes: ` + marginal.map((range) => `${range.from}→${range.to}: ${range.perStory.toFixed(2)} s`).join('; ') + '.',
    `Slope of log(${measure}) over log(stories) from ${runs.find((run) => run.stories >= 10)?.stories ?? runs[0].stories} to ${runs.at(-1).stories} stories: ${slope.toFixed(2)} (1 = linear; the fixed start-up cost pulls it below 1).`,
    '',
    linear
      ? `**Growth is no worse than linear**: the cost of one more story does not rise by more than ${Math.round((TOLERANCE - 1) * 100)} % from one range to the next.`
      : `**Growth is worse than linear**: the cost of one more story rises ${rising.map((range) => `in ${range.from}→${range.to}`).join(', ')} by more than ${Math.round((TOLERANCE - 1) * 100)} % over the range before.`,
    '',
  ];
  if (!existsSync(resultsFile)) {
    writeFileSync(resultsFile, '# Build scaling\n\nWritten by `npx node bench/build-scaling.mjs`; each run appends a section.\n');
  }
  appendFileSync(resultsFile, `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
  console.log(`Appended to ${relative(root, resultsFile)}.`);
  rmSync(work, { recursive: true, force: true });
  process.exitCode = linear ? 0 : 1;
}

main();
