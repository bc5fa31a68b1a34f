/** Shared chart vocabulary: panels, themes, render options and what a rendered chart hands back. */
import { VOCABULARY } from '../../story/vocabulary';

/** Every chart panel a story may use, in page order (content/vocabulary.yaml and the stories' additions). */
export const CHART_PANELS: string[] = [...VOCABULARY.panels.keys()];
/** A chart panel's id, such as "casualties". */
export type ChartPanel = string;
export type ChartTheme = 'light' | 'dark';

export interface RenderOptions {
  /** Width in pixels the SVG is laid out for (its viewBox); it scales with CSS from there. */
  width: number;
  /** Prefix for ids inside the SVG, unique per instance on a page. */
  idPrefix?: string;
  /** Origin to make links absolute (downloads); pages keep site-relative links. */
  origin?: string;
  /**
   * Id prefix of the chart's sprite on the page (its land drawn once, see `panelSprites`): each layout
   * places it instead of drawing its own. Without it the SVG is self-contained (downloads, share images).
   */
  spriteId?: string;
  /** Where the marks' links open: an embed sends them to a new tab, never into its own frame. */
  linkTarget?: '_blank';
}

/** A label's estimated box, kept so tests can check placement without a browser. */
export interface LabelBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RenderedChart {
  /** The chart's kind: "casualties", "troops" or "map". */
  name: string;
  width: number;
  height: number;
  title: string;
  description: string;
  /** The complete <svg> element, styled only by class names (see src/site/styles/charts.css). */
  svg: string;
  labels: LabelBox[];
  /** The site's notes on how to read the chart (its axes and why), for the notes beside it. */
  readingNotes: string[];
}

/** A width a chart is laid out for, named for the CSS that shows it in the container widths it fits. */
export interface ChartLayout {
  name: string;
  width: number;
}

/** One chart per width a responsive page ships: each shows in the container widths it was laid out for. */
export const CHART_VARIANTS: readonly ChartLayout[] = [
  { name: 'narrow', width: 340 },
  { name: 'medium', width: 640 },
  { name: 'wide', width: 960 },
];
