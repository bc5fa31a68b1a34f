// Charts page weight and chart build time (a benchmark, not a test). Reads the built charts page, follows
// every stylesheet and script it loads (and the modules those import) and reports bytes by type, raw and
// gzip; measures the downloads; times the pure chart render functions (src/views/charts/),
// loaded through Vite as the build loads them. Writes the figures to bench/results/chart-bytes.md beside
// the peer: the same chart drawn naively in the browser with the whole d3 bundle.
//
//   node bench/chart-bytes.mjs                    build the site into a temporary folder first
//   node bench/chart-bytes.mjs --site /tmp/out    use a site already built there
//   node bench/chart-bytes.mjs --runs 50          render each chart 50 times (default 20)
//
// Budget: the charts page's JavaScript stays under 25 KB gzip. Exit status 1 when it does not.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzip, pageAssets } from './lib/page-assets.mjs';
import { brotliCompressSync } from 'node:zlib';
import { astroBuild } from './lib/astro-build.mjs';
import { sourceLoader } from '../scripts/source-loader.mjs';

const root = resolve(import.meta.dirname, '..');
const resultsFile = join(root, 'bench/results/chart-bytes.md');
const SLUG = 'putin-sends-troops-kazakhstan-unrest';
const PAGE = `/stories/${SLUG}/charts/`;
const PANELS = ['casualties', 'deployment'];
const WIDTHS = [340, 640, 960];
const JS_BUDGET_GZIP = 25 * 1024;
/** d3@7's d3.min.js as commonly published (about 280 KB raw, 90 KB gzip), used when d3 is not installed. */
const D3_PUBLISHED = { raw: 280 * 1024, gzip: 90 * 1024 };

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Number(option('--runs') ?? 20);

function buildSite() {
  const outDir = mkdtempSync(join(tmpdir(), 'chart-bytes-'));
  console.log(`Building the site into ${outDir} …`);
  const [node, ...buildArgs] = astroBuild();
  const result = spawnSync(node, buildArgs, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_OUT_DIR: outDir },
  });
  if (result.status !== 0) throw new Error('The site did not build');
  return outDir;
}

const size = (buffer) => ({ files: 1, raw: buffer.length, gzip: gzip(buffer) });
const add = (a, b) => ({ files: a.files + b.files, raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const none = { files: 0, raw: 0, gzip: 0 };


function measurePage(site) {
  const file = join(site, PAGE, 'index.html');
  if (!existsSync(file)) throw new Error(`No built page ${PAGE} in ${site}`);
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const { styles, scripts } = pageAssets(site, text);
  const sum = (paths) => paths.reduce((total, path) => add(total, size(readFileSync(join(site, path)))), none);
  const svgs = [...text.matchAll(/<svg\b[^>]*class="chart-svg[\s\S]*?<\/svg>/g)].map((match) => match[0]);
  const svg = Buffer.from(svgs.join(''));
  const sprite = Buffer.from(text.match(/<svg\b[^>]*class="chart-sprite[\s\S]*?<\/svg>/)?.[0] ?? '');
  const chartCss = styles.filter((path) => readFileSync(join(site, path), 'utf8').includes('chart-variant'));
  const ownJs = scripts.filter((path) => /ChartFigure|chart-interact/.test(path));
  const downloads = PANELS.flatMap((panel) =>
    ['csv', 'json', 'svg'].map((ext) => ({ name: `${panel}.${ext}`, ...size(readFileSync(join(site, `stories/${SLUG}/charts/${panel}.${ext}`))) })),
  );
  return { html: size(html), svg: { files: svgs.length, raw: svg.length, gzip: gzip(svg) }, sprite: { files: sprite.length ? 1 : 0, raw: sprite.length, gzip: sprite.length ? gzip(sprite) : 0 }, brotli: brotliCompressSync(html).length, css: sum(styles), chartCss: sum(chartCss), js: sum(scripts), ownJs: sum(ownJs), scripts, downloads };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Times the pure render functions as the build runs them, loaded through Vite like Astro loads them. */
async function timeRenders() {
  const server = await sourceLoader(root);
  try {
    const { renderPanel } = await server.ssrLoadModule('/src/views/charts/registry.ts');
    const { storyFromFiles } = await server.ssrLoadModule('/tests/support/story-from-files.ts');
    const story = storyFromFiles(join(root, 'content'), SLUG);
    const first = performance.now();
    renderPanel(story, 'deployment', { width: 640 });
    const cold = performance.now() - first;
    const rows = [];
    for (const panel of PANELS) {
      for (const width of WIDTHS) {
        const times = [];
        for (let run = 0; run < RUNS; run += 1) {
          const start = performance.now();
          renderPanel(story, panel, { width });
          times.push(performance.now() - start);
        }
        rows.push({ panel, width, median: median(times) });
      }
    }
    return { cold, rows };
  } finally {
    await server.close();
  }
}

/** The naive peer: d3's whole bundle, topojson-client and the world-atlas file, fetched by the browser. */
function measurePeer(site) {
  const require = createRequire(join(root, 'package.json'));
  const fileOf = (specifier) => {
    try {
      return require.resolve(specifier);
    } catch {
      return undefined;
    }
  };
  const d3Package = fileOf('d3/package.json');
  const d3File = d3Package && join(dirname(d3Package), 'dist/d3.min.js');
  const d3 = d3File && existsSync(d3File) ? { ...size(readFileSync(d3File)), measured: true } : { files: 1, ...D3_PUBLISHED, measured: false };
  const topojson = size(readFileSync(join(dirname(fileOf('topojson-client/package.json')), 'dist/topojson-client.min.js')));
  const atlasDir = dirname(fileOf('world-atlas/package.json'));
  const atlas50 = size(readFileSync(join(atlasDir, 'countries-50m.json')));
  const atlas110 = size(readFileSync(join(atlasDir, 'countries-110m.json')));
  const data = PANELS.reduce((total, panel) => add(total, size(readFileSync(join(site, `stories/${SLUG}/charts/${panel}.json`)))), none);
  return { d3, topojson, atlas50, atlas110, data };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (label, value) => `| ${label} | ${value.files} | ${kb(value.raw)} | ${kb(value.gzip)} |`;

const site = option('--site') ? resolve(option('--site')) : buildSite();
const page = measurePage(site);
const peer = measurePeer(site);
console.log(`Timing the chart renders (${RUNS} runs each) …`);
const timing = await timeRenders();

const total = [page.html, page.css, page.js].reduce(add, none);
const naiveScripts = add(add(peer.d3, peer.topojson), none);
const naive = [naiveScripts, peer.atlas110, peer.data].reduce(add, none);
const perBuild = timing.rows.reduce((sum, entry) => sum + entry.median, 0);
const lines = [
  '# Charts page weight and chart build time',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} by \`node bench/chart-bytes.mjs\` from the built site (gzip level 9, every file the`,
  'page loads, including modules imported by its scripts). Fonts are system fonts: no font files.',
  '',
  `## ${PAGE}`,
  '',
  '| type | files | raw | gzip |',
  '|---|---:|---:|---:|',
  row('HTML (text, tables, notes and the SVG charts)', page.html),
  row(`… of which chart SVG (${page.svg.files / 3} charts × 3 widths)`, page.svg),
  row('… of which the map’s land, drawn once for every width', page.sprite),
  row('CSS (site-wide and charts)', page.css),
  row('… of which charts.css', page.chartCss),
  row('JS (all)', page.js),
  row('JS (chart tooltips, keyboard and table toggle only)', page.ownJs),
  row('**total**', total),
  '',
  `Served with brotli, as most hosts serve it, the HTML is ${kb(page.brotli)} (gzip ${kb(page.html.gzip)}). The issue's goal of 20 KB`,
  `compressed for the whole page is ${total.gzip <= 20 * 1024 ? 'met' : '**not met**'}: the text, notes, the two tables and the embed panel alone are about as much.`,
  `The Lighthouse run (\`npm run bench\`) measures this page's LCP beside its naive d3 peer (bench/lib/naive-peer.mjs), in the same run.`,
  '',
  `Scripts: ${page.scripts.map((path) => `\`${path.replace(/^\/_astro\//, '')}\``).join(', ')}.`,
  `JavaScript budget (under ${kb(JS_BUDGET_GZIP)} gzip): ${page.js.gzip < JS_BUDGET_GZIP ? 'met' : '**missed**'} (${kb(page.js.gzip)}).`,
  'The charts are complete before any script runs: every mark, label and link is SVG in the HTML, and the table',
  'is always in the page. The page ships each chart laid out for three widths (CSS shows one), so its HTML carries',
  'the SVG three times; gzip takes most of the repetition out.',
  '',
  '## Downloads (static files beside each chart)',
  '',
  '| file | raw | gzip |',
  '|---|---:|---:|',
  ...page.downloads.map((file) => `| \`${file.name}\` | ${kb(file.raw)} | ${kb(file.gzip)} |`),
  '',
  '## Build time of the charts (pure render functions, no DOM)',
  '',
  `Median of ${RUNS} runs of \`renderPanel(story, panel, { width })\` on this machine, after one cold run; the map's`,
  `first render also turns the world-atlas TopoJSON into features (cold run: ${timing.cold.toFixed(0)} ms).`,
  '',
  '| panel | width | median |',
  '|---|---:|---:|',
  ...timing.rows.map((entry) => `| ${entry.panel} | ${entry.width} px | ${entry.median.toFixed(1)} ms |`),
  `| **all charts of the page, all widths** | | ${perBuild.toFixed(1)} ms |`,
  '',
  '',
  '## The peer: the same charts drawn in the browser with the whole d3 bundle',
  '',
  'A naive version loads d3 in full, topojson-client and a world-atlas file, fetches the data as JSON and draws',
  'in the browser. It shows nothing until all of that has arrived and run, and nothing at all without JavaScript.',
  '',
  '| naive chart | files | raw | gzip |',
  '|---|---:|---:|---:|',
  row(`d3 bundle \`d3.min.js\`${peer.d3.measured ? '' : ' (published figure, d3 not installed)'}`, peer.d3),
  row('`topojson-client.min.js` (measured)', peer.topojson),
  row('`countries-110m.json` (measured; the 50m file is bigger)', peer.atlas110),
  row('chart data (this site’s two JSON downloads)', peer.data),
  row('**total before the first mark**', naive),
  '',
  `With \`countries-50m.json\`, as this site's map uses, the atlas alone is ${kb(peer.atlas50.raw)} raw, ${kb(peer.atlas50.gzip)} gzip.`,
  `This page's JavaScript is ${kb(page.js.gzip)} gzip against the naive chart's ${kb(naiveScripts.gzip)} of script before any data;`,
  `its whole transfer (HTML, CSS and JS: ${kb(total.gzip)} gzip) is ${total.gzip < naive.gzip ? 'smaller' : 'larger'} than the naive chart's`,
  `scripts and data (${kb(naive.gzip)} gzip), and it is readable as soon as the HTML arrives.`,
  '',
];

writeFileSync(resultsFile, lines.join('\n'));
console.log(lines.join('\n'));
console.log(`\nWritten to ${resultsFile}`);
if (page.js.gzip >= JS_BUDGET_GZIP) process.exitCode = 1;
