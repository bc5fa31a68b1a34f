/**
 * The built charts page and its downloads: every figure report of the data is in the chart (at every
 * width the page ships), in the table and in the CSV and JSON; article and later reports never share a
 * style or a link; the chart is complete HTML and SVG before any script; and the script stays small.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { panelCharts, storyPanels } from '../../src/views/charts/registry';
import { CHART_VARIANTS } from '../../src/views/charts/types';
import { routes } from '../../src/views/routes';
import { csvRecords } from '../support/csv';
import { loadPage, readPage, siteDir } from '../support/site';
import { statusLabel, statusOrder } from '../../src/views/vocabulary';
import { siteStories } from '../support/site-stories';

function readFile(path: string): Buffer {
  const file = join(siteDir(), path);
  if (!existsSync(file)) throw new Error(`Not built: ${path}`);
  return readFileSync(file);
}

const stories = siteStories().filter((story) => storyPanels(story).length > 0);
/** An outside report's credit: "Reported later by <outlet>", or "earlier" for one published before the article. */
const reportedBy = (outlet: string) => new RegExp(`Reported (?:earlier|later) by ${outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

it('finds stories with charts to check', () => {
  expect(stories.length).toBeGreaterThan(0);
});

describe.each(stories.map((story) => [story.slug, story] as const))('the charts of %s', (slug, story) => {
  const PAGE = routes.charts(slug);
  const panels = storyPanels(story);
  const reports = story.figures.flatMap((figure) => figure.reports.map((report) => ({ figure, report })));


  let $: CheerioAPI;
  beforeAll(() => {
    $ = loadPage(PAGE);
  });

  describe('every figure report appears in the chart, the table and the downloads', () => {
    it('has a panel for each figure, and each figure’s anchor (#figure-<id>) once', () => {
      for (const panel of panels) expect($(`figure#chart-${panel}[data-chart-figure="${panel}"]`)).toHaveLength(1);
      for (const figure of story.figures) {
        expect($(`[id="figure-${figure.id}"]`), figure.id).toHaveLength(1);
        expect($(`#figure-${figure.id}`).closest(`[data-chart-figure="${figure.panel}"]`)).toHaveLength(1);
      }
    });

    it('draws every report as a mark in every width the page ships', () => {
      const variants = $('.chart-variant').toArray();
      expect(variants.length).toBeGreaterThanOrEqual(panels.flatMap((panel) => panelCharts(panel, story)).length * CHART_VARIANTS.length);
      for (const { figure, report } of reports) {
        const panel = $(`figure#chart-${figure.panel}`);
        for (const name of ['narrow', 'medium', 'wide']) {
          const marks = panel.find(`.chart-variant-${name} a.chart-mark[data-figure="${figure.id}"][data-report="${report.id}"]`);
          expect(marks.length, `${figure.id}/${report.id} in ${name}`).toBeGreaterThanOrEqual(1);
        }
      }
    });

    it('lists every report as a row of the table, with its value', () => {
      for (const { figure, report } of reports) {
        const row = $(`figure#chart-${figure.panel} [data-chart-table] tr[data-report="${report.id}"]`).filter((_, element) => $(element).closest('tbody').attr('data-figure') === figure.id);
        expect(row, `${figure.id}/${report.id}`).toHaveLength(1);
        expect(row.attr('data-origin')).toBe(report.origin);
        expect(row.find('th').text()).toContain(report.value.text);
      }
    });

    it('carries every report in the CSV and the JSON, with sources and excerpts', () => {
      for (const panel of panels) {
        const csv = csvRecords(readFile(`${routes.chartFile(slug, panel, 'csv')}`).toString('utf8'));
        const json = JSON.parse(readFile(routes.chartFile(slug, panel, 'json')).toString('utf8')) as { rows: Record<string, unknown>[] };
        const expected = reports.filter(({ figure }) => figure.panel === panel);
        expect(csv).toHaveLength(expected.length);
        expect(json.rows).toHaveLength(expected.length);
        for (const { figure, report } of expected) {
          const line = csv.find((row) => row.figureId === figure.id && row.reportId === report.id);
          const entry = json.rows.find((row) => row.figureId === figure.id && row.reportId === report.id);
          expect(line, `${figure.id}/${report.id}`).toBeDefined();
          expect(entry).toMatchObject({ origin: report.origin, valueText: report.value.text, confirmation: report.confirmation });
          if (report.origin === 'article') {
            expect(line!.excerpt).toBe(report.excerpt);
            expect(line!.paragraphUrl).toMatch(new RegExp(`^https?://[^/]+/stories/${slug}/#p-`));
            expect(line!.source.length).toBeGreaterThan(2);
          } else {
            expect(line).toMatchObject({ outlet: report.outlet, title: report.title, url: report.url, excerpt: '', paragraphUrl: '' });
          }
        }
      }
    });

    it('serves the chart as a standalone SVG with its own style, and builds no PNG (the browser draws it)', () => {
      for (const panel of panels) {
        const svg = readFile(routes.chartFile(slug, panel, 'svg')).toString('utf8');
        expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        expect(svg).toContain('<style>');
        expect(svg).not.toMatch(/var\(--/);
        for (const { figure, report } of reports.filter((entry) => entry.figure.panel === panel)) {
          expect(svg, `${figure.id}/${report.id}`).toContain(`data-report="${report.id}"`);
        }
        expect(existsSync(join(siteDir(), routes.chartFile(slug, panel, 'svg').replace(/\.svg$/, '.png'))), `${panel}.png`).toBe(false);
      }
    });

    it('links each download from beside its chart, and offers the PNG only where scripting can draw it', () => {
      for (const panel of panels) {
        for (const ext of ['csv', 'json', 'svg'] as const) {
          expect($(`figure#chart-${panel} .chart-downloads a[href="${routes.chartFile(slug, panel, ext)}"][download]`), `${panel}.${ext}`).toHaveLength(1);
        }
        const png = $(`figure#chart-${panel} .chart-downloads button[data-chart-png="${routes.chartFile(slug, panel, 'svg')}"]`);
        expect(png, `${panel}: PNG button`).toHaveLength(1);
        expect(png.closest('[data-needs-js]'), `${panel}: hidden without scripting`).toHaveLength(1);
        expect(png.attr('data-file-name')).toBe(`${slug}-${panel}.png`);
      }
    });
  });

  describe('the article’s reports and later ones stay apart', () => {
    it('never share an origin class: solid article marks, dashed later ones, apart in the table too', () => {
      const origins = $('[data-origin]').toArray().map((element) => ({ origin: $(element).attr('data-origin'), classes: ($(element).attr('class') ?? '').split(/\s+/) }));
      expect(origins.length).toBeGreaterThan(reports.length);
      for (const { origin, classes } of origins) {
        if (origin === 'article') expect(classes.some((name) => /external|later/.test(name)), classes.join(' ')).toBe(false);
        else {
          expect(origin).toBe('external');
          expect(classes.some((name) => /origin-article|article-report/.test(name)), classes.join(' ')).toBe(false);
        }
      }
      expect($('a.chart-mark.origin-article.origin-external, tr.article-report-row.later-report-row')).toHaveLength(0);
    });

    const external = reports.filter(({ report }) => report.origin === 'external');
    if (external.length > 0) it('links no later report to the article: its marks go to the outlet, its rows hold no excerpt', () => {
      for (const { figure, report } of external) {
        if (report.origin !== 'external') continue;
        for (const mark of $(`a.chart-mark[data-figure="${figure.id}"][data-report="${report.id}"]`).toArray()) {
          expect($(mark).attr('href')).toBe(report.url);
          expect($(mark).attr('aria-label')).toMatch(reportedBy(report.outlet));
          // Each later report shows its outlet: on its own lane, or over its group in an over-time chart's list.
          const chart = $(mark).closest('svg');
          const shown = (chart.attr('data-chart') === 'over-time' ? chart : $(mark)).find('text').toArray().map((line) => $(line).text()).join(' ').replace(/\s+/g, ' ');
          expect(shown).toMatch(reportedBy(report.outlet));
        }
        const row = $(`tr[data-origin="external"][data-report="${report.id}"]`);
        expect(row.find(`a[href^="${routes.story(slug)}"]`)).toHaveLength(0);
        expect(row.find('q')).toHaveLength(0);
        expect(row.find(`a[href="${report.url}"]`).text()).toBe(report.outlet);
      }
    });

    it('links every number of the article to the paragraph it comes from, which exists', () => {
      const article = loadPage(routes.story(slug));
      for (const { figure, report } of reports) {
        if (report.origin !== 'article') continue;
        const href = routes.paragraph(slug, report.citation.blockId);
        const marks = $(`a.chart-mark[data-figure="${figure.id}"][data-report="${report.id}"]`);
        expect(marks.length).toBeGreaterThan(0);
        marks.each((_, mark) => expect($(mark).attr('href')).toBe(href));
        expect($(`tr[data-report="${report.id}"] th a`).attr('href')).toBe(href);
        expect(article(`[id="${report.citation.blockId}"]`).text().replace(/\s+/g, ' ')).toContain(report.citation.articleText);
      }
    });

    const laterOnly = story.figures.filter((figure) => figure.reports.every((report) => report.origin === 'external'));
    if (laterOnly.length > 0) {
      it('shows each figure with only later reports as one the article gives no number for', () => {
        for (const figure of laterOnly) {
          const group = $(`.chart-variant-wide .chart-group-heading[data-figure="${figure.id}"]`);
          expect(group, figure.id).toHaveLength(1);
          expect(group.closest('svg').text()).toContain('The article gives no number for this.');
        }
      });
    }
  });

  describe('the page works before and without scripts, for everyone', () => {
    it('names and describes every chart SVG with its own title and desc', () => {
      const svgs = $('svg.chart-svg').toArray();
      const charts = panels.flatMap((panel) => panelCharts(panel, story));
      expect(svgs.length).toBe(charts.length * CHART_VARIANTS.length);
      for (const svg of svgs) {
        const title = $(`[id="${$(svg).attr('aria-labelledby')}"]`);
        const desc = $(`[id="${$(svg).attr('aria-describedby')}"]`);
        expect(title.is('title') && title.parent().is(svg)).toBe(true);
        expect(desc.is('desc') && desc.text().length).toBeGreaterThan(40);
      }
    });

    it('gives every mark an accessible name with its value, source and status', () => {
      for (const mark of $('a.chart-mark').toArray()) {
        const label = $(mark).attr('aria-label') ?? '';
        expect(label, $(mark).attr('data-report')).toMatch(/: .+\. /);
        if ($(mark).attr('data-report')) expect(label).toMatch(new RegExp(`Source: .+\\. (${statusOrder.map(statusLabel).join('|')})\\.`));
        expect($(mark).attr('href')).toBeTruthy();
      }
    });

    it('keeps to the Content-Security-Policy: no inline style, no style element, no inline script', () => {
      const html = readPage(PAGE);
      expect(html).not.toMatch(/\sstyle="/);
      expect($('style')).toHaveLength(0);
      for (const script of $('script').toArray()) expect($(script).attr('src'), 'inline script').toBeTruthy();
    });

    it('requests nothing from another origin', () => {
      const fetched = 'link[rel~="stylesheet"], link[rel~="icon"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="manifest"]';
      for (const element of $(`[src], ${fetched}`).toArray()) {
        const url = $(element).attr('src') ?? $(element).attr('href') ?? '';
        expect(url, url).not.toMatch(/^(https?:)?\/\//);
      }
    });

    it('ships less than 25 KB of compressed JavaScript to the charts page', () => {
      const seen = new Set<string>();
      const queue = $('script[src]').toArray().map((script) => $(script).attr('src')!);
      let bytes = 0;
      while (queue.length) {
        const src = queue.shift()!;
        if (seen.has(src)) continue;
        seen.add(src);
        const code = readFile(src).toString('utf8');
        bytes += gzipSync(code).length;
        for (const [, path] of code.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) {
          queue.push(path.startsWith('/') ? path : new URL(path, `http://x${src}`).pathname);
        }
      }
      expect(seen.size).toBeGreaterThan(0);
      expect(bytes).toBeLessThan(25 * 1024);
    });
  });
});
