/**
 * The rendered charts, without a browser: at every width a page ships, every report has its mark and
 * its label boxes neither collide nor leave the SVG; every SVG is named and described; and article and
 * later marks never share a style or a link.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { overlaps } from '../../src/views/charts/labels';
import { panelCharts, renderPanel, storyPanels } from '../../src/views/charts/registry';
import { chartRows } from '../../src/views/charts/rows';
import { CHART_VARIANTS } from '../../src/views/charts/types';
import { projectRoot } from '../support/build-site';
import { storyFromFiles } from '../support/story-from-files';
import { REPORT } from '../support/fixture-stories';

const slug = REPORT.slug;
const story = storyFromFiles(resolve(projectRoot, REPORT.root), slug);
const widths = [...CHART_VARIANTS.map((variant) => variant.width), 300, 480, 1200];

describe.each(storyPanels(story))('the %s panel', (panel) => {
  it.each(widths)('keeps every label clear of the others and inside the chart at %i px', (width) => {
    for (const chart of renderPanel(story, panel, { width })) {
      const { labels } = chart;
      expect(labels.length).toBeGreaterThan(5);
      for (const label of labels) {
        expect(label.x, `${chart.name} "${label.text}"`).toBeGreaterThanOrEqual(0);
        expect(label.x + label.width, `${chart.name} "${label.text}"`).toBeLessThanOrEqual(width);
        expect(label.y + label.height).toBeLessThanOrEqual(chart.height);
      }
      for (let i = 0; i < labels.length; i += 1) {
        for (let j = i + 1; j < labels.length; j += 1) {
          expect(overlaps(labels[i], labels[j], -0.5), `${chart.name} at ${width}px: "${labels[i].text}" and "${labels[j].text}"`).toBe(false);
        }
      }
    }
  });

  it('draws a mark for every report, linked and named with its value, source and status', () => {
    const rows = chartRows(story, panel);
    const charts = renderPanel(story, panel, { width: 640 });
    const $ = load(charts.map((chart) => chart.svg).join(''), { xml: true });
    for (const row of rows) {
      const mark = $(`a.chart-mark[data-report="${row.reportId}"][data-figure="${row.figureId}"]`).first();
      expect(mark.length, `${row.figureId}/${row.reportId}`).toBe(1);
      const label = mark.attr('aria-label') ?? '';
      expect(label).toContain(row.valueText);
      expect(label).toContain(row.source);
      expect(label).toContain(row.confirmationLabel);
      expect(mark.attr('data-origin')).toBe(row.origin);
      if (row.origin === 'article') {
        expect(mark.attr('href')).toBe(row.paragraphUrl);
        expect(mark.hasClass('origin-article') && !mark.hasClass('origin-external')).toBe(true);
      } else {
        expect(mark.attr('href')).toBe(row.url);
        expect(mark.hasClass('origin-external') && !mark.hasClass('origin-article')).toBe(true);
        expect(label).toContain(`Reported later by ${row.outlet}`);
      }
    }
  });

  it.each([340, 960])('names each mark starting from the words it shows, so speech users can say them (%i px)', (width) => {
    const $ = load(renderPanel(story, panel, { width }).map((chart) => chart.svg).join(''), { xml: true });
    const marks = $('a.chart-mark').toArray();
    expect(marks.length).toBeGreaterThan(3);
    for (const mark of marks) {
      const shown = $(mark).find('text').toArray().map((text) => $(text).text()).join(' ').replace(/\s+/g, ' ').trim();
      const name = ($(mark).attr('aria-label') ?? '').replace(/\s+/g, ' ');
      expect(shown.length).toBeGreaterThan(0);
      expect(name, name).toContain(shown);
    }
  });

  it('names and describes every SVG, with ids unique to the width', () => {
    const a = renderPanel(story, panel, { width: 340, idPrefix: 'a-' });
    const b = renderPanel(story, panel, { width: 960, idPrefix: 'b-' });
    for (const chart of [...a, ...b]) {
      const $ = load(chart.svg, { xml: true });
      const svg = $('svg').first();
      const title = $(`#${svg.attr('aria-labelledby')}`);
      const desc = $(`#${svg.attr('aria-describedby')}`);
      expect(title.is('title') && title.text().length > 10).toBe(true);
      expect(desc.is('desc') && desc.text().length > 40).toBe(true);
    }
    const ids = (charts: typeof a) => charts.flatMap((chart) => [...chart.svg.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    const all = [...ids(a), ...ids(b)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('colours nothing inline: fills and strokes come from classes, except pattern and gradient references', () => {
    for (const chart of renderPanel(story, panel, { width: 640 })) {
      expect(chart.svg).not.toMatch(/ style="/);
      const fills = [...chart.svg.matchAll(/ (?:fill|stroke)="([^"]+)"/g)].map((match) => match[1]);
      for (const fill of fills) expect(fill).toMatch(/^url\(#/);
    }
  });
});

describe('the uncertainty a reader sees', () => {
  const $ = load(renderPanel(story, 'casualties', { width: 960 })[0].svg, { xml: true });
  const kindOf = (report: string) => $(`a[data-report="${report}"] .mark`).attr('class');

  it('draws “dozens” as a faint band with its ends labelled as the site’s reading, 12 as a dot and “more than 1,000” as an open floor', () => {
    expect(kindOf('almaty-police-dozens')).toContain('mark-vague');
    const dozens = $('a[data-report="almaty-police-dozens"]');
    expect(dozens.find('.mark-band').attr('fill')).toBeUndefined();
    expect(dozens.find('.chart-reading').toArray().map((text) => $(text).text())).toEqual(['24', 'site’s reading', '99']);
    expect(dozens.find('.chart-value').text()).toBe('“dozens”');
    expect(kindOf('state-tv-12')).toContain('mark-exact');
    expect(kindOf('health-officials-1000')).toContain('mark-lower-bound');
    expect($('a[data-report="health-officials-1000"] .mark-arrow').length).toBe(1);
  });

  it('gives each kind of count its own linear axis from zero, instead of one log axis', () => {
    expect($('svg').attr('data-scale')).toBe('linear');
    expect($('.chart-axis-label').toArray().map((label) => $(label).text())).toEqual(['People killed, from zero', 'People injured, from zero']);
  });
});

describe('the chart registry', () => {
  it('knows each panel’s charts and fails loudly on an unknown panel', () => {
    expect(panelCharts('casualties').map((chart) => chart.name)).toEqual(['casualties', 'over-time', 'map']);
    expect(panelCharts('deployment').map((chart) => chart.name)).toEqual(['deployment', 'over-time', 'map']);
    expect(() => renderPanel(story, 'weather', { width: 640 })).toThrow(/Unknown chart panel "weather"/);
  });
});

describe('panels a story has data for', () => {
  it('has both panels, and the map, for the first story', () => {
    expect(storyPanels(story)).toEqual(['casualties', 'deployment']);
    expect(panelCharts('deployment', story).map((chart) => chart.name)).toEqual(['deployment', 'map']);
  });

  it('leaves out a panel with no figures, and a map the story has not set up, rather than draw them empty', () => {
    const noCasualties = { ...story, figures: story.figures.filter((figure) => figure.panel !== 'casualties') };
    expect(storyPanels(noCasualties)).toEqual(['deployment']);
    expect(() => renderPanel(noCasualties, 'casualties', { width: 640 })).toThrow(/nothing to chart in the casualties panel/);
    const noMap = { ...story, maps: [] };
    expect(panelCharts('deployment', noMap).map((chart) => chart.name)).toEqual(['deployment']);
    expect(renderPanel(noMap, 'deployment', { width: 640 }).map((chart) => chart.name)).toEqual(['deployment']);
  });
});
