// Timeline page weight (a benchmark, not a test): reads the built timeline pages, follows every
// stylesheet and script they load (and the modules those scripts import), and reports bytes by type,
// raw and gzip-compressed. Writes the figures to bench/results/timeline-bytes.md beside the peer,
// Knight Lab's TimelineJS.
//
//   node bench/timeline-bytes.mjs                    build the site into a temporary folder first
//   node bench/timeline-bytes.mjs --site /tmp/out    use a site already built there
//   TIMELINEJS_DIR=/path/to/package node bench/timeline-bytes.mjs
//       also measure TimelineJS from an unpacked copy of its npm package (`npm pack @knight-lab/timelinejs`
//       then `tar xzf`); it is never a dependency of this project. Without it the peer row is an estimate.
//
// Budget: the page's own JavaScript stays under 10 KB gzip. Exit status 1 when it does not.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzip, pageAssets } from './lib/page-assets.mjs';
import { astroBuild } from './lib/astro-build.mjs';

const root = resolve(import.meta.dirname, '..');
const resultsFile = join(root, 'bench/results/timeline-bytes.md');
const JS_BUDGET_GZIP = 10 * 1024;
const PAGES = ['/stories/putin-sends-troops-kazakhstan-unrest/timeline/', '/timeline/'];

const args = process.argv.slice(2);
const siteArg = args.includes('--site') ? args[args.indexOf('--site') + 1] : undefined;

function buildSite() {
  const outDir = mkdtempSync(join(tmpdir(), 'timeline-bytes-'));
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



function measure(site, page) {
  const file = join(site, page, 'index.html');
  if (!existsSync(file)) throw new Error(`No built page ${page} in ${site}`);
  const html = readFileSync(file);
  const { styles, scripts } = pageAssets(site, html.toString('utf8'));
  const sum = (paths) =>
    paths.reduce(
      (total, path) => {
        const buffer = readFileSync(join(site, path));
        return { files: total.files + 1, raw: total.raw + buffer.length, gzip: total.gzip + gzip(buffer) };
      },
      { files: 0, raw: 0, gzip: 0 },
    );
  const own = scripts.filter((path) => /timeline|Timeline/.test(path));
  return {
    page,
    html: { files: 1, raw: html.length, gzip: gzip(html) },
    css: sum(styles),
    js: sum(scripts),
    ownJs: sum(own),
    scripts,
  };
}

/** TimelineJS as its npm package ships it: the script, the stylesheet and the icon font a modern browser takes. */
function measurePeer(dir) {
  const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  const part = (path) => {
    const buffer = readFileSync(join(dir, path));
    return { files: 1, raw: buffer.length, gzip: gzip(buffer) };
  };
  return { version, js: part('dist/js/timeline.js'), css: part('dist/css/timeline.css'), font: part('dist/css/icons/tl-icons.woff2') };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (label, value) => `| ${label} | ${value.files} | ${kb(value.raw)} | ${kb(value.gzip)} |`;

const site = siteArg ? resolve(siteArg) : buildSite();
const results = PAGES.map((page) => measure(site, page));
const peerDir = process.env.TIMELINEJS_DIR;
const peer = peerDir && existsSync(join(peerDir, 'package.json')) ? measurePeer(peerDir) : undefined;

const lines = [
  '# Timeline page weight',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} by \`node bench/timeline-bytes.mjs\` from the built site (gzip level 9, every`,
  'file the page loads, including modules imported by its scripts). Fonts are system fonts: no font files.',
  '',
];
for (const result of results) {
  const total = ['html', 'css', 'js'].reduce((sum, type) => ({ files: sum.files + result[type].files, raw: sum.raw + result[type].raw, gzip: sum.gzip + result[type].gzip }), { files: 0, raw: 0, gzip: 0 });
  lines.push(
    `## ${result.page}`,
    '',
    '| type | files | raw | gzip |',
    '|---|---:|---:|---:|',
    row('HTML (text, list and SVG axis)', result.html),
    row('CSS (site-wide and timeline)', result.css),
    row('JS (all)', result.js),
    row('JS (timeline filters only)', result.ownJs),
    row('**total**', total),
    '',
    `Scripts: ${result.scripts.map((path) => `\`${path.replace(/^\/_astro\//, '')}\``).join(', ')}.`,
    `JavaScript budget (under ${kb(JS_BUDGET_GZIP)} gzip): ${result.js.gzip < JS_BUDGET_GZIP ? 'met' : '**missed**'} (${kb(result.js.gzip)}).`,
    'The page is readable before any script runs: the list, the excerpts and the axis are in the HTML.',
    '',
  );
}
lines.push('## The peer: Knight Lab’s TimelineJS', '');
if (peer) {
  const total = { files: 3, raw: peer.js.raw + peer.css.raw + peer.font.raw, gzip: peer.js.gzip + peer.css.gzip + peer.font.gzip };
  lines.push(
    `Measured here from its npm package \`@knight-lab/timelinejs@${peer.version}\` (unpacked with \`npm pack\`; not a`,
    'dependency of this project). It is what a page embedding TimelineJS downloads before it can show anything, not',
    'counting the page itself, the timeline data (a Google Sheet or JSON), web fonts of the themes or media embeds.',
    '',
    '| TimelineJS | files | raw | gzip |',
    '|---|---:|---:|---:|',
    row('JS `dist/js/timeline.js`', peer.js),
    row('CSS `dist/css/timeline.css`', peer.css),
    row('icon font `tl-icons.woff2`', peer.font),
    row('**total**', total),
    '',
    `This timeline's JavaScript is ${kb(results[0].js.gzip)} gzip against TimelineJS's ${kb(peer.js.gzip)}; TimelineJS draws nothing`,
    'until its script has run, and its content is not in the HTML.',
  );
} else {
  lines.push(
    'Not measured here (set TIMELINEJS_DIR to an unpacked copy of its npm package to measure it). The figure is an',
    'estimate from its published bundle sizes: TimelineJS 3 loads several hundred KB of JavaScript and CSS (roughly',
    '220 KB of script and 95 KB of stylesheet uncompressed) before it can show anything.',
  );
}
lines.push('');

writeFileSync(resultsFile, lines.join('\n'));
console.log(lines.join('\n'));
console.log(`\nWritten to ${resultsFile}`);
if (results.some((result) => result.js.gzip >= JS_BUDGET_GZIP)) process.exitCode = 1;
