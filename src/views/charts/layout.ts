/**
 * Shared layout for the lane charts: fonts, the label column and the plot, and a text writer that
 * records every label's box (tests check the boxes never collide at any width).
 */
import { text as textElement } from './svg';
import { textWidth, wrapText, type FontSpec } from './text-metrics';
import type { LabelBox } from './types';

export const FONTS = {
  heading: { size: 15, bold: true },
  label: { size: 13 },
  labelStrong: { size: 13, bold: true },
  small: { size: 12 },
  smallStrong: { size: 12, bold: true },
  value: { size: 12, bold: true },
} satisfies Record<string, FontSpec>;

/** Line height as a multiple of the font size. */
export const LEADING = 1.3;

export interface Frame {
  width: number;
  /** Labels beside the marks (wide) or above them (narrow). */
  wide: boolean;
  labelX: number;
  labelWidth: number;
  plot: [number, number];
}

/** Below this width labels go above their marks, so both get the full width. */
export const WIDE_FROM = 560;

export function frame(width: number): Frame {
  const wide = width >= WIDE_FROM;
  const labelX = 4;
  const labelWidth = wide ? Math.round(width * 0.4) - labelX : width - labelX - 6;
  const plot: [number, number] = wide ? [labelX + labelWidth + 24, width - 28] : [12, width - 28];
  return { width, wide, labelX, labelWidth, plot };
}

/** A line of text as drawn: its SVG, and its words, which a link around it is named from. */
export interface DrawnLine {
  text: string;
  svg: string;
}

/** Collects text lines as SVG and remembers each line's box. */
export class TextWriter {
  readonly labels: LabelBox[] = [];

  /** One line of text with its top at `top`. Returns the SVG. */
  line(content: string, x: number, top: number, font: FontSpec, className: string, anchor: 'start' | 'middle' | 'end' = 'start'): string {
    const width = textWidth(content, font);
    const height = font.size * LEADING;
    const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    this.labels.push({ text: content, x: left, y: top, width, height });
    // The baseline sits about 0.8 of the font size below the line's top for this leading.
    const baseline = top + (height - font.size) / 2 + font.size * 0.8;
    return textElement({ x, y: baseline, class: className, 'text-anchor': anchor === 'start' ? undefined : anchor }, content);
  }

  /** One line as `line` draws it, keeping its words with its SVG. */
  shownLine(content: string, x: number, top: number, font: FontSpec, className: string, anchor: 'start' | 'middle' | 'end' = 'start'): DrawnLine {
    return { text: content, svg: this.line(content, x, top, font, className, anchor) };
  }

  /** Wrapped text; returns the SVG, the height used and each line as drawn. */
  block(content: string, x: number, top: number, maxWidth: number, font: FontSpec, className: string): { svg: string; height: number; lines: DrawnLine[] } {
    const lineHeight = font.size * LEADING;
    const lines = wrapText(content, maxWidth, font).map((line, index) => this.shownLine(line, x, top + index * lineHeight, font, className));
    return { svg: lines.map((line) => line.svg).join(''), height: lines.length * lineHeight, lines };
  }
}
