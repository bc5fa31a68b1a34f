// Where a large build's memory goes (not part of the tests): builds the site cold from generated stories
// (bench/lib/generated-stories.mjs) and samples the resident memory of every process of the build (Node
// and the tools it starts, such as Pagefind's indexer) once a second, with the build's phase at that moment
// (the last step Astro or an integration logged). Appends a dated section to bench/results/build-memory.md:
// the peak of the whole tree and, for each phase, the largest resident set seen in it, by process.
//
//   npx node bench/build-memory.mjs [--stories 1000] [--note "conditions of the run"]
//   (npx: the project's Node 22)
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { plainLog, withoutNumbers } from './lib/build-log.mjs';
import { makeStories } from './lib/generated-stories.mjs';
import { astroBuild } from './lib/astro-build.mjs';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: { stories: { type: 'string' }, note: { type: 'string' } } });
const STORIES = Number(args.stories ?? 1000);
const work = join(root, 'bench/.runs/memory');
const resultsFile = join(root, 'bench/results/build-memory.md');
const PAGE_SIZE_KB = 4;

/** Every process below `pid` (its children, theirs, …) with `pid` itself. */
function processTree(pid) {
  const parents = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces; the parent's pid is the second field after it.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(name), parent);
    } catch {
      // The process ended while the table was read.
    }
  }
  const tree = [pid];
  for (let index = 0; index < tree.length; index++) {
    for (const [child, parent] of parents) if (parent === tree[index]) tree.push(child);
  }
  return tree;
}

/** A process's resident memory in GB and its command's name, or undefined once it has ended. */
function resident(pid) {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    const name = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    return { name, gb: (pages * PAGE_SIZE_KB) / 1024 / 1024 };
  } catch {
    return undefined;
  }
}

/** The phase a build log line starts, or undefined: Astro's and the integrations' `[name] message` lines. */
function phaseOf(line) {
  const match = /\[([\w:-]+)\]\s+(.*)$/.exec(plainLog(line));
  if (!match) return undefined;
  const [, name, message] = match;
  return `${name}: ${withoutNumbers(message).slice(0, 60)}`;
}

async function main() {
  const folder = join(work, `stories-${STORIES}`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const content = join(folder, 'content');
  makeStories(content, STORIES);
  const loadBefore = loadavg()[0];
  const started = performance.now();
  const [node, ...args] = astroBuild();
  const child = spawn(node, args, {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_OUT_DIR: join(folder, 'out'), CONTENT_ROOTS: content, BUILD_CACHE_DIR: join(folder, 'build-cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let phase = 'start-up';
  let tail = '';
  const read = (chunk) => {
    const lines = (tail + chunk).split('\n');
    tail = lines.pop();
    for (const line of lines) phase = phaseOf(line) ?? phase;
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  /** Per phase, the largest resident set of each kind of process and of the whole tree. */
  const phases = new Map();
  let peak = { gb: 0, phase: '', seconds: 0 };
  const sample = () => {
    const seen = processTree(child.pid).map(resident).filter(Boolean);
    const total = seen.reduce((sum, process) => sum + process.gb, 0);
    const entry = phases.get(phase) ?? { first: (performance.now() - started) / 1000, total: 0, byProcess: {} };
    entry.total = Math.max(entry.total, total);
    for (const process of seen) entry.byProcess[process.name] = Math.max(entry.byProcess[process.name] ?? 0, process.gb);
    phases.set(phase, entry);
    if (total > peak.gb) peak = { gb: total, phase, seconds: (performance.now() - started) / 1000 };
  };
  const timer = setInterval(sample, 1000);
  const status = await new Promise((settle) => child.on('close', settle));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`The build of ${STORIES} stories failed with status ${status}`);

  const gb = (value) => `${value.toFixed(2)} GB`;
  const rows = [...phases].map(([name, entry]) => {
    const processes = Object.entries(entry.byProcess)
      .sort((a, b) => b[1] - a[1])
      .map(([process, value]) => `${process} ${gb(value)}`)
      .join(', ');
    return `| ${entry.first.toFixed(0)} s | ${name.replace(/\|/g, '\\|')} | ${gb(entry.total)} | ${processes} |`;
  });
  const section = [
    `## Run of ${new Date().toISOString().slice(0, 19)}Z`,
    '',
    ...(args.note ? [args.note, ''] : []),
    `Machine: ${cpus().length} CPUs, Node ${process.version}; 1-minute load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after. A cold \`astro build\` of ${STORIES} generated stories (bench/lib/generated-stories.mjs) in ${seconds.toFixed(0)} s; the resident memory of every process of the build sampled once a second.`,
    '',
    `**Peak of the whole build: ${gb(peak.gb)}**, ${peak.seconds.toFixed(0)} s in, during "${peak.phase}".`,
    '',
    '| From | Phase (the last line logged) | Largest total | Largest by process |',
    '|---:|---|---:|---|',
    ...rows,
    '',
    '',
  ].join('\n');
  if (!existsSync(resultsFile)) appendFileSync(resultsFile, '# Where a large build\'s memory goes\n\nWritten by `npx node bench/build-memory.mjs`; each run appends a section.\n\n');
  appendFileSync(resultsFile, section);
  rmSync(folder, { recursive: true, force: true });
  console.log(section);
}

await main();
