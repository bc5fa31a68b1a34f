/** Embed pages carry only the chart, stay small, and are discoverable through oEmbed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHART_PANELS } from '../../src/charts/types';
import { loadPage, readPage, siteDir } from '../support/site';

const SLUG = 'putin-sends-troops-kazakhstan-unrest';

describe.each(CHART_PANELS)('the %s embed', (panel) => {
  const path = `/embed/${SLUG}/${panel}/`;

  it('shows the chart, its title, a source line and a link back, and no site furniture', () => {
    const $ = loadPage(path);
    expect($('svg.chart-svg').length).toBeGreaterThan(0);
    expect($('figure[data-chart-figure] figcaption h2').text().length).toBeGreaterThan(5);
    expect($('.embed-source').text()).toContain('yahoo.com');
    expect($(`.embed-source a[href$="/stories/${SLUG}/charts/"]`).attr('target')).toBe('_blank');
    expect($('header, nav[aria-label="Site"], footer, .chart-downloads').length).toBe(0);
  });

  it('is not indexed and names the chart page as canonical', () => {
    const $ = loadPage(path);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(new URL($('link[rel="canonical"]').attr('href')!).pathname).toBe(`/stories/${SLUG}/charts/`);
  });

  it.each(['light', 'dark'])('has a page built in %s colours, with the same chart, not indexed, canonical to the chart page', (theme) => {
    const fixed = loadPage(`${path}${theme}/`);
    const readersOwn = loadPage(path);
    expect(fixed('html').attr('data-theme')).toBe(theme);
    expect(readersOwn('html').attr('data-theme')).toBeUndefined();
    expect(fixed('figure[data-chart-figure]').html()).toBe(readersOwn('figure[data-chart-figure]').html());
    expect(fixed('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(new URL(fixed('link[rel="canonical"]').attr('href')!).pathname).toBe(`/stories/${SLUG}/charts/`);
  });

  it('weighs under 40 KB compressed, HTML, styles and scripts together', () => {
    const $ = loadPage(path);
    const assets = [
      ...$('link[rel="stylesheet"]').toArray().map((element) => $(element).attr('href')!),
      ...$('script[src]').toArray().map((element) => $(element).attr('src')!),
    ];
    const sizes = [readPage(path), ...assets.map((asset) => readFileSync(join(siteDir(), asset), 'utf8'))].map(
      (text) => gzipSync(text).length,
    );
    const total = sizes.reduce((sum, size) => sum + size, 0);
    console.info(`${path}: ${(total / 1024).toFixed(1)} KB compressed (${sizes.map((size) => size).join(' + ')} bytes)`);
    expect(total).toBeLessThan(40 * 1024);
  });

  it('has an oEmbed response the chart page points to', () => {
    const oembed = JSON.parse(readFileSync(join(siteDir(), `oembed/${SLUG}/${panel}.json`), 'utf8'));
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
    expect(oembed.html).toContain(`/embed/${SLUG}/${panel}/`);
    const chartPage = loadPage(`/stories/${SLUG}/charts/`);
    const discovery = chartPage(`link[rel="alternate"][type="application/json+oembed"][href$="/oembed/${SLUG}/${panel}.json"]`);
    expect(discovery.length).toBe(1);
  });
});

describe('the chart page', () => {
  it('offers a ready-to-copy iframe snippet for each panel', () => {
    const $ = loadPage(`/stories/${SLUG}/charts/`);
    for (const panel of CHART_PANELS) {
      const code = $(`#embed-${panel}-code`).text();
      expect(code).toMatch(new RegExp(`^<iframe src="https?://[^"]+/embed/${SLUG}/${panel}/"`));
      expect(code).toContain('/embed.js');
    }
  });
});
