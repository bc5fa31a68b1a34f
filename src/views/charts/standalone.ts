/**
 * A chart as a file of its own (the SVG download, the PNG's source): the page's SVG rules from
 * src/site/styles/charts.css with the colour variables replaced by one theme's values, a background, and
 * absolute links. Interactive rules (focus, hover) are left out; a file has nothing to focus.
 */
import { PALETTES, type Palette } from './theme';
import { el, escapeXml } from './svg';
import type { ChartTheme, RenderedChart } from './types';

const RULES_START = '/* chart-svg-rules:start */';
const RULES_END = '/* chart-svg-rules:end */';

/** The static SVG rules between the markers in charts.css. */
export function svgRules(css: string): string {
  const start = css.indexOf(RULES_START);
  const end = css.indexOf(RULES_END);
  if (start < 0 || end < start) throw new Error(`charts.css must mark its SVG rules with ${RULES_START} and ${RULES_END}`);
  return css.slice(start + RULES_START.length, end);
}

/** Replaces every var(--chart-…) with the palette's value; an unknown token is an error. */
export function resolveTokens(css: string, palette: Palette): string {
  return css.replace(/var\((--chart-[a-z-]+)\)/g, (_, token: string) => {
    const value = palette[token as keyof Palette];
    if (!value) throw new Error(`No value for ${token} in the chart palette (src/views/charts/theme.ts)`);
    return value;
  });
}

/** Minifies CSS enough for a file: comments and runs of whitespace go. */
function compact(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};:,>])\s*/g, '$1')
    .trim();
}

/** Strips the page-only attributes from a chart's <svg> and returns its inner markup. */
function innerOf(svg: string): string {
  return svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
}

/**
 * One standalone SVG holding the given charts stacked top to bottom, styled for one theme.
 * `css` is the text of src/site/styles/charts.css.
 */
export function standaloneSvg(charts: RenderedChart[], theme: ChartTheme, css: string, title: string): string {
  const palette = PALETTES[theme];
  const width = Math.max(...charts.map((chart) => chart.width));
  const gap = 16;
  let y = 0;
  const parts = charts.map((chart) => {
    const part = el(
      'svg',
      { x: 0, y, width: chart.width, height: chart.height, viewBox: `0 0 ${chart.width} ${chart.height}`, class: `chart-svg chart-${chart.name}` },
      innerOf(chart.svg),
    );
    y += chart.height + gap;
    return part;
  });
  const height = y - gap;
  const style = compact(`.chart-file{background:${palette['--chart-paper']}}${resolveTokens(svgRules(css), palette)}`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    el(
      'svg',
      { xmlns: 'http://www.w3.org/2000/svg', class: `chart-file chart-theme-${theme}`, width, height, viewBox: `0 0 ${width} ${height}` },
      el('title', {}, escapeXml(title)),
      `<style>${style}</style>`,
      el('rect', { width, height, fill: palette['--chart-paper'] }),
      ...parts,
    ),
    '\n',
  ].join('');
}
