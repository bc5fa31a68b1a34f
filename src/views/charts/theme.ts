/**
 * The chart colours as plain values, for files that must carry their own style (the SVG and PNG
 * downloads). On pages the same tokens come from CSS variables (src/site/styles/global.css and
 * src/site/styles/charts.css); a unit test checks the two agree and that every pair passes contrast.
 */
import type { ChartTheme } from './types';

export interface Palette {
  '--chart-paper': string;
  '--chart-ink': string;
  '--chart-muted': string;
  '--chart-grid': string;
  '--chart-article': string;
  '--chart-article-bg': string;
  '--chart-later': string;
  '--chart-later-bg': string;
  '--chart-site': string;
  '--chart-focus': string;
  '--chart-land': string;
  '--chart-land-edge': string;
  '--chart-member': string;
  '--chart-member-edge': string;
  '--chart-font': string;
}

/** Fonts a file can count on: DejaVu Sans (most Linux systems, and the metrics labels are measured with), then common system faces. */
const FILE_FONT = "'DejaVu Sans', Verdana, 'Segoe UI', Roboto, Arial, sans-serif";

export const PALETTES: Record<ChartTheme, Palette> = {
  light: {
    '--chart-paper': '#fdfcf8',
    '--chart-ink': '#1b1b1b',
    '--chart-muted': '#54534e',
    '--chart-grid': '#d6d3c8',
    '--chart-article': '#9b1c1c',
    '--chart-article-bg': '#f8e6e3',
    '--chart-later': '#7a4100',
    '--chart-later-bg': '#fbf1e3',
    '--chart-site': '#3f3a82',
    '--chart-focus': '#124e8c',
    '--chart-land': '#ebe8df',
    '--chart-land-edge': '#7a766a',
    '--chart-member': '#c5e3df',
    '--chart-member-edge': '#1c5c57',
    '--chart-font': FILE_FONT,
  },
  dark: {
    '--chart-paper': '#14151a',
    '--chart-ink': '#ecebe6',
    '--chart-muted': '#b3b1a9',
    '--chart-grid': '#3b3c44',
    '--chart-article': '#ff8f8f',
    '--chart-article-bg': '#3a2224',
    '--chart-later': '#ffc27a',
    '--chart-later-bg': '#2e2416',
    '--chart-site': '#c4c0ff',
    '--chart-focus': '#8cc2ff',
    '--chart-land': '#262730',
    '--chart-land-edge': '#7d7f8a',
    '--chart-member': '#1f4744',
    '--chart-member-edge': '#8fd6ce',
    '--chart-font': FILE_FONT,
  },
};
