/**
 * Chart colours: the values the downloads carry (src/views/charts/theme.ts) are the ones pages take from CSS,
 * and every pair a reader has to tell apart passes WCAG contrast in light and dark.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transform } from 'lightningcss';
import { describe, expect, it } from 'vitest';
import { resolveTokens, svgRules } from '../../src/views/charts/standalone';
import { PALETTES, type Palette } from '../../src/views/charts/theme';
import { projectRoot } from '../support/build-site';

const globalCss = readFileSync(resolve(projectRoot, 'src/site/styles/global.css'), 'utf8');
const chartsCss = readFileSync(resolve(projectRoot, 'src/site/styles/charts.css'), 'utf8');

/** Custom properties declared in the first block `opening` starts, or in all of them (later ones win). */
function tokens(css: string, opening: RegExp, all = false): Record<string, string> {
  const found: Record<string, string> = {};
  const global = new RegExp(opening.source, `${opening.flags.replace('g', '')}g`);
  for (const match of css.matchAll(global)) {
    const start = match.index + match[0].length;
    const body = css.slice(start, css.indexOf('}', start));
    for (const [, name, value] of body.matchAll(/(--[a-z-]+):\s*([^;]+);/g)) found[name] = value.trim();
    if (!all) break;
  }
  if (Object.keys(found).length === 0) throw new Error(`No block ${opening}`);
  return found;
}

const SITE_TOKENS: Record<string, keyof Palette> = {
  '--paper': '--chart-paper',
  '--ink': '--chart-ink',
  '--muted': '--chart-muted',
  '--rule': '--chart-grid',
  '--accent': '--chart-article',
  '--later': '--chart-later',
  '--later-bg': '--chart-later-bg',
  '--site': '--chart-site',
  '--focus': '--chart-focus',
};
const CHART_ONLY = ['--chart-article-bg', '--chart-land', '--chart-land-edge', '--chart-member', '--chart-member-edge'] as const;

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

describe.each([
  ['light', /:root\s*\{/, /\.chart-root\s*\{/],
  ['dark', /@media screen and \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{/, /@media screen and \(prefers-color-scheme: dark\)\s*\{\s*\.chart-root\s*\{/],
] as const)('the %s palette', (theme, siteBlock, chartBlock) => {
  const palette = PALETTES[theme];

  it('matches the site’s colour tokens in global.css', () => {
    const site = tokens(globalCss, siteBlock);
    for (const [token, chartToken] of Object.entries(SITE_TOKENS)) expect(palette[chartToken], token).toBe(site[token]);
  });

  it('matches the chart-only tokens in charts.css, also where an embed forces the theme', () => {
    const page = tokens(chartsCss, chartBlock);
    const forced = tokens(chartsCss, new RegExp(`^\\s*\\.chart-root\\.chart-theme-${theme}\\s*\\{`, 'm'), true);
    const forcedAgain = tokens(chartsCss, new RegExp(`:root\\[data-theme='${theme}'\\] \\.chart-root,\\s*\\.chart-root\\.chart-theme-${theme}\\s*\\{`));
    for (const token of CHART_ONLY) {
      expect(page[token], token).toBe(palette[token]);
      expect(forcedAgain[token], token).toBe(palette[token]);
    }
    for (const [token, chartToken] of Object.entries(SITE_TOKENS)) expect(forced[token], `forced ${token}`).toBe(palette[chartToken]);
  });

  it('gives text at least 4.5:1 against the paper and the fills it sits on', () => {
    for (const token of ['--chart-ink', '--chart-muted', '--chart-article', '--chart-later', '--chart-site'] as const) {
      expect(contrast(palette[token], palette['--chart-paper']), token).toBeGreaterThanOrEqual(4.5);
    }
    for (const fill of ['--chart-land', '--chart-member'] as const) expect(contrast(palette['--chart-ink'], palette[fill]), fill).toBeGreaterThanOrEqual(4.5);
    expect(contrast(palette['--chart-later'], palette['--chart-later-bg'])).toBeGreaterThanOrEqual(4.5);
  });

  it('gives marks, hatching, borders and the focus ring at least 3:1 against what is behind them', () => {
    const pairs: [keyof Palette, keyof Palette][] = [
      ['--chart-article', '--chart-paper'],
      ['--chart-later', '--chart-paper'],
      ['--chart-article', '--chart-article-bg'],
      ['--chart-later', '--chart-later-bg'],
      ['--chart-article', '--chart-member'],
      ['--chart-member-edge', '--chart-member'],
      ['--chart-member-edge', '--chart-paper'],
      ['--chart-land-edge', '--chart-land'],
      ['--chart-focus', '--chart-paper'],
    ];
    for (const [front, back] of pairs) expect(contrast(palette[front], palette[back]), `${front} on ${back}`).toBeGreaterThanOrEqual(3);
  });

  it('resolves every colour variable the SVG rules use', () => {
    const resolved = resolveTokens(svgRules(chartsCss), palette);
    expect(resolved).not.toMatch(/var\(/);
  });
});

describe('the SVG rules shared with downloads', () => {
  it('sit in a stylesheet that parses (a broken rule would drop every chart style)', () => {
    expect(() => transform({ filename: 'charts.css', code: Buffer.from(chartsCss), minify: true })).not.toThrow();
  });

  it('hold only static selectors a file can use (no :hover, :focus or interaction)', () => {
    const rules = svgRules(chartsCss);
    expect(rules).not.toMatch(/:(hover|focus|focus-visible|active)\b/);
    expect(rules).toMatch(/\.origin-external \.mark-dot/);
  });

  it('fail loudly on a colour the palette does not define', () => {
    expect(() => resolveTokens('.x { fill: var(--chart-nowhere); }', PALETTES.light)).toThrow(/--chart-nowhere/);
  });
});
