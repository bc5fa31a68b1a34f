// The naive peer of a charts page, for the benchmark only: the same page with its charts drawn in the
// browser the way most d3 pages are made. d3 in full and topojson-client load in <head> (as d3's own
// examples do), then a script fetches the chart data (the page's JSON downloads) and the world atlas and
// draws a dot per report and the map. It is written next to the built site so both are served alike.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

const DRAW = `
const figures = [...document.querySelectorAll('[data-naive-chart]')];
const atlas = fetch('/naive/countries-50m.json').then((response) => response.json());
for (const holder of figures) {
  const data = await fetch(holder.dataset.src).then((response) => response.json());
  const rows = data.rows;
  const width = holder.clientWidth || 340;
  const height = 28 * rows.length + 40;
  const x = d3.scaleLog().domain([1, d3.max(rows, (row) => Math.max(row.drawnMax ?? row.drawnMin, row.drawnMin) * 2) || 10]).range([160, width - 20]).clamp(true);
  const svg = d3.select(holder).append('svg').attr('viewBox', [0, 0, width, height]).attr('width', width).attr('height', height);
  svg.append('g').attr('transform', 'translate(0,24)').call(d3.axisTop(x).ticks(4, '~s'));
  const row = svg.selectAll('g.row').data(rows).join('g').attr('transform', (_, i) => 'translate(0,' + (44 + i * 28) + ')');
  row.append('text').attr('x', 4).attr('dy', '0.32em').attr('font-size', 12).text((d) => d.figureLabel + ': ' + d.valueText);
  row.append('circle').attr('cx', (d) => x(Math.max(1, d.value ?? d.drawnMin))).attr('r', 5).attr('fill', (d) => (d.origin === 'article' ? '#9b1c1c' : '#7a4100'));
  if (data.panel === 'deployment') {
    const world = await atlas;
    const land = topojson.feature(world, world.objects.countries);
    const projection = d3.geoConicEqualArea().rotate([-60, 0]).parallels([40, 60]).fitSize([width, width * 0.55], { type: 'MultiPoint', coordinates: [[23, 40], [90, 60]] });
    d3.select(holder).append('svg').attr('viewBox', [0, 0, width, width * 0.55]).append('path').attr('d', d3.geoPath(projection)(land)).attr('fill', '#ebe8df').attr('stroke', '#7a766a');
  }
}
`;

/** Writes /naive/<the charts page's path> beside the built site; returns its path. */
export function writeNaivePeer(outDir, chartsPath) {
  const html = readFileSync(join(outDir, chartsPath, 'index.html'), 'utf8');
  const figures = [...html.matchAll(/<figure\b[^>]*data-chart-figure="([^"]+)"[\s\S]*?<\/figure>/g)];
  if (figures.length === 0) throw new Error(`No chart figure in ${chartsPath}`);
  let naive = html;
  for (const [figure, panel] of figures) {
    const title = figure.match(/<h[23][^>]*>([\s\S]*?)<\/h[23]>/)?.[1] ?? panel;
    naive = naive.replace(figure, `<figure><h2>${title}</h2><div data-naive-chart data-src="${chartsPath}${panel}.json"></div></figure>`);
  }
  naive = naive.replace('</head>', '<script src="/naive/d3.min.js"></script><script src="/naive/topojson-client.min.js"></script></head>');
  naive = naive.replace('</body>', '<script type="module" src="/naive/draw.js"></script></body>');
  const dir = join(outDir, 'naive');
  mkdirSync(join(dir, chartsPath), { recursive: true });
  writeFileSync(join(dir, chartsPath, 'index.html'), naive);
  writeFileSync(join(dir, 'draw.js'), DRAW);
  copyFileSync(join(root, 'node_modules/d3/dist/d3.min.js'), join(dir, 'd3.min.js'));
  copyFileSync(join(root, 'node_modules/topojson-client/dist/topojson-client.min.js'), join(dir, 'topojson-client.min.js'));
  copyFileSync(join(root, 'node_modules/world-atlas/countries-50m.json'), join(dir, 'countries-50m.json'));
  return `/naive${chartsPath}`;
}
