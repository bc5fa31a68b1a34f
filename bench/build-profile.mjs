// Where a story's build time goes (not part of the tests): builds the site with the first story and
// `--stories - 1` copies of it under Node's --cpu-prof, then sums the main thread's self time by what
// the code does (share images, graph layout, charts, Pagefind, Astro's rendering…) and writes the table
// to bench/results/build-profile.md. The .cpuprofile stays in tmp/build-profile/ (git-ignored).
//
//   npx node bench/build-profile.mjs [--stories 10] [--generated] [--summarise-only]
//   (--generated: the varied stories of bench/lib/generated-stories.mjs, alone, as build-scaling builds them)
//   (npx: the project's Node 22; BUILD_CACHE_DIR is set to a fresh folder, so the build is cold)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeStories } from './lib/generated-stories.mjs';
import { makeCopies } from './lib/story-copies.mjs';
import { astroBuild } from './lib/astro-build.mjs';

const root = resolve(import.meta.dirname, '..');
const work = join(root, 'tmp/build-profile');
const profiles = join(work, 'profiles');
const resultsFile = join(root, 'bench/results/build-profile.md');
const { values } = parseArgs({ options: { stories: { type: 'string', default: '10' }, generated: { type: 'boolean' }, 'summarise-only': { type: 'boolean' } } });
const stories = Number(values.stories);

/** Categories, first match wins: [label, test on the script's path or URL]. */
const CATEGORIES = [
  ['Share images: satori (card layout)', (url) => /node_modules\/(satori|yoga|@shuding|css-to-react-native|emoji-regex|linebreak|opentype)/.test(url)],
  ['Share images: resvg (pixels, JS side)', (url) => /@resvg/.test(url)],
  ['Share images: integration', (url) => /integrations\/share-images/.test(url)],
  ['Pagefind (JS side)', (url) => /pagefind/.test(url)],
  ['Graph: force layout (d3-force)', (url) => /node_modules\/d3-(force|quadtree|dispatch|timer)/.test(url)],
  ['Graph: layout & SVG (src/views/graph)', (url) => /src\/views\/graph\//.test(url)],
  ['Charts (src/views/charts, d3-scale/geo/time)', (url) => /src\/views\/charts\/|node_modules\/d3-(scale|geo|time|array|interpolate|format|color)|topojson/.test(url)],
  ['Other views (src/views)', (url) => /src\/views\//.test(url)],
  ['Story ring (src/story)', (url) => /src\/story\//.test(url)],
  ['Markdown (unified/remark/rehype/micromark)', (url) => /node_modules\/(unified|remark|rehype|micromark|mdast|hast|unist|vfile|property-information|parse5|decode-named|character-entities|github-slugger)/.test(url)],
  ['Content parsing (yaml, zod)', (url) => /node_modules\/(yaml|zod)\//.test(url)],
  ['Astro page rendering (runtime)', (url) => /node_modules\/astro\/dist\/(runtime|core\/render|core\/app)/.test(url)],
  ['Astro build pipeline (core/build, content)', (url) => /node_modules\/astro\//.test(url)],
  ['CSS (Tailwind, lightningcss)', (url) => /tailwind|lightningcss/.test(url)],
  ['Bundling (Vite, Rollup, esbuild, Babel)', (url) => /node_modules\/(vite|rollup|@rollup|esbuild|@babel|magic-string|acorn|postcss|@jridgewell|es-module-lexer|@vitejs)/.test(url)],
  ['WebAssembly (satori\'s yoga layout)', (url) => /^wasm:/.test(url)],
  ['Other node_modules', (url) => /node_modules\//.test(url)],
  ['Node internals (fs, streams, modules)', (url) => /^node:|^internal\//.test(url)],
];

/** Function name → source files declaring it: bundled page chunks keep names but not paths. */
function sourceIndex() {
  const index = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      // The cached wrappers share the names of the views they wrap: the work is in the views.
      else if (/\.(ts|astro|mjs)$/.test(name) && name !== 'cached-views.ts') {
        const text = readFileSync(path, 'utf8');
        for (const match of text.matchAll(/(?:function\*?\s+|(?:const|let)\s+)([A-Za-z_$][\w$]*)\s*(?:[=(<:])/g)) {
          const files = index.get(match[1]) ?? new Set();
          files.add(relative(root, path));
          index.set(match[1], files);
        }
      }
    }
  };
  walk(join(root, 'src'));
  return index;
}

function categorise(node, index) {
  const { url, functionName } = node.callFrame;
  if (!url) {
    if (functionName === '(garbage collector)') return 'Garbage collection';
    if (functionName === '(idle)') return '(idle: waiting on threads, child processes, I/O)';
    if (functionName === '(program)') return '(program: native code, V8 compiling)';
    return 'Native / built-in functions';
  }
  const path = url.replace(/^file:\/\//, '');
  // Page code that Vite bundled into chunks: find the source file by the function's name.
  // (A source file under src/pages/ is the source itself, not a chunk.)
  if (/\/(\.prerender|chunks|pages|_astro)\//.test(path) && !path.includes('node_modules') && !path.startsWith(join(root, 'src/'))) {
    const files = index.get(functionName);
    const file = files && files.size === 1 ? [...files][0] : null;
    if (file) return categorise({ callFrame: { url: join(root, file), functionName } }, index);
    return 'Bundled page code (name not traced to one source file)';
  }
  return CATEGORIES.find(([, test]) => test(path))?.[0] ?? `Other: ${relative(root, path)}`;
}

/** Self time (ms) by category, from one .cpuprofile. */
function summarise(file, index) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map();
  const files = new Map();
  profile.samples.forEach((id, position) => {
    const ms = (profile.timeDeltas[position] ?? 0) / 1000;
    const node = byId.get(id);
    const category = categorise(node, index);
    totals.set(category, (totals.get(category) ?? 0) + ms);
    const url = node.callFrame.url.replace(/^file:\/\//, '').replace(`${root}/`, '');
    if (url) files.set(url, (files.get(url) ?? 0) + ms);
  });
  return { totals, files, wall: (profile.endTime - profile.startTime) / 1000 };
}

function build() {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(profiles, { recursive: true });
  const content = join(work, 'content');
  if (values.generated) makeStories(content, stories);
  else makeCopies(content, stories - 1);
  const timeFile = join(work, 'time.txt');
  const command = ['/usr/bin/time', '-f', '%e %U %S', '-o', timeFile, ...astroBuild('--cpu-prof', `--cpu-prof-dir=${profiles}`)];
  const result = spawnSync(command[0], command.slice(1), {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_OUT_DIR: join(work, 'out'), [values.generated ? 'CONTENT_ROOTS' : 'EXTRA_CONTENT_ROOTS']: content, BUILD_CACHE_DIR: join(work, 'build-cache') },
  });
  if (result.status !== 0) throw new Error(`The build failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  writeFileSync(join(work, 'build.log'), result.stdout + result.stderr);
  const [wall, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  writeFileSync(join(work, 'time.json'), JSON.stringify({ wall, cpu: user + sys, load: loadavg()[0] }));
}

function main() {
  const loadBefore = loadavg()[0];
  if (!values['summarise-only']) build();
  const time = JSON.parse(readFileSync(join(work, 'time.json'), 'utf8'));
  const index = sourceIndex();
  const totals = new Map();
  const files = new Map();
  let profiled = 0;
  for (const name of readdirSync(profiles).filter((name) => name.endsWith('.cpuprofile'))) {
    const summary = summarise(join(profiles, name), index);
    for (const [key, ms] of summary.totals) totals.set(key, (totals.get(key) ?? 0) + ms);
    for (const [key, ms] of summary.files) files.set(key, (files.get(key) ?? 0) + ms);
    profiled += summary.wall;
  }
  const busy = [...totals].filter(([key]) => !key.startsWith('(idle')).reduce((sum, [, ms]) => sum + ms, 0);
  const rows = [...totals].sort((a, b) => b[1] - a[1]);
  const topFiles = [...files].sort((a, b) => b[1] - a[1]).slice(0, 15);
  const lines = [
    `## Profile of ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
    '',
    `Written by \`npx node bench/build-profile.mjs --stories ${stories}${values.generated ? ' --generated' : ''}\`: a cold \`astro build\` ` +
      `(fresh BUILD_CACHE_DIR) of the site with ${stories} stories (${values.generated ? 'generated, bench/lib/generated-stories.mjs, as build-scaling builds them' : `the first and ${stories - 1} copies, bench/lib/story-copies.mjs`}) under \`node --cpu-prof\`; ` +
      'the profiles stay in tmp/build-profile/profiles/ (open one in Chrome DevTools → Performance).',
    '',
    `Machine: ${cpus().length} CPUs shared with other jobs, 1-minute load average ${loadBefore.toFixed(1)} before the run, ${time.load.toFixed(1)} at its end. ` +
      `Wall time ${time.wall.toFixed(1)} s; CPU time of the process tree (user + sys, /usr/bin/time) ${time.cpu.toFixed(1)} s; ` +
      `main-thread time sampled ${(busy / 1000).toFixed(1)} s busy of ${(profiled / 1000).toFixed(1)} s profiled. ` +
      'Samples measure wall time on the main thread, so on a loaded machine they include time the process waited for a CPU; ' +
      'the shares, not the seconds, are what to read. The rest of the CPU time is off the main thread: resvg renders on libuv\'s thread pool, Pagefind indexes in its own binary, esbuild and Tailwind\'s oxide in theirs, V8 collects garbage in helpers.',
    '',
    '| Category (main thread, self time) | Seconds | Share of busy time |',
    '|---|---:|---:|',
    ...rows.map(([key, ms]) => `| ${key} | ${(ms / 1000).toFixed(1)} | ${key.startsWith('(idle') ? '—' : `${((100 * ms) / busy).toFixed(1)} %`} |`),
    '',
    'Reading it: *Charts* is the lane, over-time and map charts laid out at three widths on every page and embed ' +
      'that shows them (d3-geo projects the map\'s land each time); *Graph* is d3-force run to convergence twice per story and attempt; ' +
      '*Share images* is satori\'s layout (its async work counts in `renderCard`) and resvg; *Content parsing* is the content check ' +
      'reading every story\'s YAML with positions (src/story/load), once per build; *Bundled page code* is page chunks whose function names ' +
      'match no single source file. Pagefind indexes in its own binary: only its JS wrapper is on the main thread.',
    '',
    'Heaviest files by self time:',
    '',
    '| File | Seconds |',
    '|---|---:|',
    ...topFiles.map(([file, ms]) => `| ${file} | ${(ms / 1000).toFixed(1)} |`),
    '',
  ];
  // Each run appends a section; the file's earlier profiles and notes written by hand stay.
  const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8').trimEnd() : '# Where a story\'s build time goes';
  writeFileSync(resultsFile, `${previous}\n\n${lines.join('\n')}`);
  console.log(lines.join('\n'));
}

main();
