/**
 * Embed pages are compact guests: the chart, its key, a source line and a link back; every link leaves
 * the frame; light unless the host picks otherwise; small; discoverable through oEmbed. Every embed of
 * every story in the build is checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EMBED_PAGES } from '../../src/views/charts/embed';
import { listPages, loadPage, readPage, siteDir } from '../support/site';

/** `/embed/<story>/<panel>/` for every panel of every story (the plain address; themes are below it). */
const embeds = listPages()
  .filter((path) => /^\/embed\/[^/]+\/[^/]+\/$/.test(path))
  .map((path) => {
    const [, , slug, panel] = path.split('/');
    return { path, slug, panel, chartPage: `/stories/${slug}/charts/` };
  });

it('the build has embeds to check', () => {
  expect(embeds.length).toBeGreaterThan(0);
});

describe.each(embeds)('the embed $path', ({ path, slug, panel, chartPage }) => {
  it('shows the chart, its title, a one-line dek, a source line and a link back, and no site furniture', () => {
    const $ = loadPage(path);
    expect($('svg.chart-svg').length).toBeGreaterThan(0);
    expect($('figure[data-chart-figure] figcaption h2').text().length).toBeGreaterThan(5);
    expect($('figure[data-chart-figure] figcaption .chart-dek').text().length).toBeGreaterThan(20);
    expect($('.embed-source').text()).toMatch(/^\s*Source: “/);
    expect($('header, nav, footer, .chart-downloads, .chart-notes, .chart-table, .site-words, [data-chart-toolbar]').length).toBe(0);
  });

  it('has no permalink or copy controls (the frame’s own address is not for sharing)', () => {
    const $ = loadPage(path);
    expect($('.permalink, [data-copy-link], [data-copy-text-from], button').length).toBe(0);
    expect($('a[href^="#"]').length).toBe(0);
  });

  it('sends every link out of the frame: sources to a new tab, the chart page to the top level', () => {
    const $ = loadPage(path);
    const links = $('a[href]').toArray().map((element) => ({ href: $(element).attr('href')!, target: $(element).attr('target') }));
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) {
      expect(['_blank', '_top'], link.href).toContain(link.target);
      expect(new URL(link.href, 'https://site.example').pathname, link.href).not.toMatch(/^\/embed\//);
    }
    const top = links.filter((link) => link.target === '_top');
    expect(top.map((link) => new URL(link.href, 'https://site.example').pathname)).toEqual([chartPage]);
    // Marks link to their sources: the article's paragraphs on this site, later reports on their outlets'.
    expect(links.filter((link) => link.target === '_blank').length).toBe(links.length - 1);
  });

  it('is not indexed and names the chart page as canonical', () => {
    const $ = loadPage(path);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(new URL($('link[rel="canonical"]').attr('href')!).pathname).toBe(chartPage);
  });

  it.each(EMBED_PAGES)('has the page $path built in $theme colours, with the same chart', ({ path: themePath, theme }) => {
    const page = loadPage(`${path}${themePath ? `${themePath}/` : ''}`);
    const plain = loadPage(path);
    expect(page('html').attr('data-theme')).toBe(theme === 'auto' ? undefined : theme);
    expect(page('figure[data-chart-figure]').html()).toBe(plain('figure[data-chart-figure]').html());
    expect(page('meta[name="robots"]').attr('content')).toBe('noindex');
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

  it('draws the map’s land once, placed by every layout of the map', () => {
    const $ = loadPage(path);
    const maps = $('svg.chart-map');
    expect(maps.length === 0 || $('svg.chart-sprite symbol').length > 0).toBe(true);
    maps.each((_, map) => {
      expect($(map).find('path.map-land').length).toBe(0);
      expect($(map).find('use').length).toBeGreaterThan(0);
    });
  });

  it('has an oEmbed response the chart page points to', () => {
    const oembed = JSON.parse(readFileSync(join(siteDir(), `oembed/${slug}/${panel}.json`), 'utf8'));
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
    expect(oembed.html).toContain(`/embed/${slug}/${panel}/`);
    const discovery = loadPage(chartPage)(`link[rel="alternate"][type="application/json+oembed"][href$="/oembed/${slug}/${panel}.json"]`);
    expect(discovery.length).toBe(1);
  });
});

describe.each([...new Set(embeds.map((embed) => embed.chartPage))])('the chart page %s', (chartPage) => {
  it('offers each panel’s snippet in light (the default), dark and following the reader, with a preview of each', () => {
    const $ = loadPage(chartPage);
    const panels = embeds.filter((embed) => embed.chartPage === chartPage);
    expect(panels.length).toBeGreaterThan(0);
    for (const { panel, path } of panels) {
      const choice = (theme: string) => $(`#embed-${panel} .embed-choice[data-embed-theme="${theme}"]`);
      expect($(`#embed-${panel} input[type="radio"]:checked`).attr('value')).toBe('light');
      expect(choice('light').find('textarea').text()).toMatch(new RegExp(`^<iframe src="https?://[^"]+${path}"`));
      expect(choice('dark').find('textarea').text()).toContain(`${path}dark/"`);
      expect(choice('auto').find('textarea').text()).toContain(`${path}auto/"`);
      for (const theme of ['light', 'dark', 'auto']) {
        expect(choice(theme).find('textarea').text()).toContain('/embed.js');
        expect(choice(theme).find('a[target="_blank"]').attr('href')).toMatch(new RegExp(`^${path}`));
      }
    }
  });
});
