/** The frame every drawn chart shares: its credit line, the <svg> root with its title and desc, and what a renderer hands back. */
import { FONTS, frame, TextWriter, type Frame } from './layout';
import { paintIds, type PaintIds } from './marks';
import { el, escapeXml, type Attributes } from './svg';
import type { RenderedChart, RenderOptions } from './types';

export interface ChartDrawing {
  name: string;
  width: number;
  /** Prefix of the ids inside (title, desc, paints), unique per instance on a page. */
  prefix: string;
  title: string;
  description: string;
  defs: string;
  /** Everything drawn, in paint order. */
  content: string[];
  credit: string;
  /** Where the credit line starts: under everything drawn. */
  creditTop: number;
  writer: TextWriter;
  readingNotes: string[];
  /** Extra data attributes on the root, for tests and scripts. */
  data?: Attributes;
}

export function finishChart(drawing: ChartDrawing): RenderedChart {
  const { name, width, prefix, title, description, writer } = drawing;
  const credit = writer.block(drawing.credit, 4, drawing.creditTop, width - 8, FONTS.small, 'chart-credit');
  const height = Math.ceil(drawing.creditTop + credit.height + 6);
  const svg = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: `chart-svg chart-${name}`,
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'group',
      'aria-labelledby': `${prefix}title`,
      'aria-describedby': `${prefix}desc`,
      'data-chart': name,
      ...drawing.data,
    },
    el('title', { id: `${prefix}title` }, escapeXml(title)),
    el('desc', { id: `${prefix}desc` }, escapeXml(description)),
    drawing.defs ? el('defs', {}, drawing.defs) : '',
    ...drawing.content,
    credit.svg,
  );
  return { name, width, height, title, description, svg, labels: writer.labels, readingNotes: drawing.readingNotes };
}

/** What the parts of one chart draw with, and the one place that closes the chart around them. */
export interface ChartCanvas {
  box: Frame;
  writer: TextWriter;
  paints: PaintIds;
  linkTarget?: '_blank';
  /** Puts what was drawn into the chart's <svg>, under its title and description, over its credit. */
  finish: (drawing: Omit<ChartDrawing, 'name' | 'width' | 'prefix' | 'writer'>) => RenderedChart;
}

/** A new chart at one width: its frame, a writer that records its labels, and ids unique to this instance. */
export function startChart(name: string, options: RenderOptions): ChartCanvas {
  const { width } = options;
  const prefix = options.idPrefix ?? `chart-${name}-${width}-`;
  const writer = new TextWriter();
  return {
    box: frame(width),
    writer,
    paints: paintIds(prefix),
    linkTarget: options.linkTarget,
    finish: (drawing) => finishChart({ ...drawing, name, width, prefix, writer }),
  };
}
