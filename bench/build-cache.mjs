// What the build cache saves (not part of the tests): times `astro build` of the real site and of 10
// stories (the first and 9 copies) cold (empty build cache and Astro cache), warm (both kept, nothing
// changed) and, for 10 stories, after a one-word fix in one story's article. Writes
// bench/results/build-cache.md.
//
//   npx node bench/build-cache.mjs [--note "conditions of the run"]
//   (npx: the project's Node 22)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeCopies } from './lib/story-copies.mjs';
import { astroBuild } from './lib/astro-build.mjs';

const root = resolve(import.meta.dirname, '..');
// Inside the project (tmp/ is git-ignored): Astro stages its pages beside the output folder.
const work = join(root, 'tmp/build-cache-bench');
const resultsFile = join(root, 'bench/results/build-cache.md');
const { values: { note } } = parseArgs({ options: { note: { type: 'string' } } });

function build(folder, env) {
  const timeFile = join(folder, 'time.txt');
  const load = loadavg()[0];
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S', '-o', timeFile, ...astroBuild()], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_OUT_DIR: join(folder, 'out'), BUILD_CACHE_DIR: join(folder, 'build-cache'), ...env },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`build failed:\n${output.slice(-4000)}`);
  const [wall, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  const [, reused, computed] = /build cache: (\d+) entries reused, (\d+) computed/.exec(output) ?? [];
  const pages = /(\d+) page\(s\) built/.exec(output)?.[1];
  return { wall, cpu: user + sys, reused, computed, pages, load };
}

function series(name, copies, changeOne) {
  const folder = join(work, name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const env = {};
  let slugs = [];
  if (copies > 0) {
    env.EXTRA_CONTENT_ROOTS = join(folder, 'content');
    slugs = makeCopies(env.EXTRA_CONTENT_ROOTS, copies);
  }
  const runs = [];
  process.stdout.write(`${name}: cold… `);
  runs.push({ name, kind: 'cold (empty caches)', ...build(folder, env) });
  process.stdout.write('warm… ');
  runs.push({ name, kind: 'warm (nothing changed)', ...build(folder, env) });
  if (changeOne) {
    // A typo fix in the reporter's text of one story: its pages change, its graph (actors, relations) does not.
    const article = join(env.EXTRA_CONTENT_ROOTS, 'articles', `${slugs[0]}.md`);
    const text = readFileSync(article, 'utf8');
    const fixed = text.replace('the standoff over Ukraine.', 'the stand-off over Ukraine.');
    if (fixed === text) throw new Error('the sentence to edit is not in the article');
    writeFileSync(article, fixed);
    process.stdout.write('one story changed… ');
    runs.push({ name, kind: 'one story’s article edited', ...build(folder, env) });
  }
  console.log('done');
  rmSync(folder, { recursive: true, force: true });
  return runs;
}

const runs = [...series('real site', 0, false), ...series('10 stories', 9, true)];
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
const lines = [
  '# What the build cache saves',
  '',
  `Written by \`npx node bench/build-cache.mjs\` (run ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}, commit ${commit}).`,
  ...(note ? ['', note] : []),
  '',
  `Machine: ${cpus().length} CPUs shared with other jobs (mutation testing, other builds), Node ${process.version}. ` +
    'CPU time is user + sys of the build and its children (/usr/bin/time), the figure that moves least with the load; ' +
    'wall time swings with it. "10 stories" is the real site plus 9 copies of its first story (bench/lib/story-copies.mjs). ' +
    'Cold: an empty BUILD_CACHE_DIR and Astro cache; warm: both kept from the build before.',
  '',
  '| Site | Build | Pages | Wall | CPU (user + sys) | Cache entries reused / computed | 1-min load average at start |',
  '|---|---|---:|---:|---:|---:|---:|',
  ...runs.map((run) => `| ${run.name} | ${run.kind} | ${run.pages} | ${run.wall.toFixed(1)} s | ${run.cpu.toFixed(1)} s | ${run.reused} / ${run.computed} | ${run.load.toFixed(1)} |`),
  '',
];
writeFileSync(resultsFile, lines.join('\n'));
console.log(lines.join('\n'));
