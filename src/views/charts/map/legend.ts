/** The map's legend: one swatch and its words per kind of mark drawn, in rows that wrap to the width. */
import { FONTS, LEADING, type TextWriter } from '../layout';
import { el } from '../svg';
import { textWidth } from '../text-metrics';
import type { LegendSwatch } from './words';

const SWATCHES: Record<LegendSwatch, (x: number, y: number) => string> = {
  member: (x, y) => el('rect', { class: 'map-member', x, y: y - 7, width: 26, height: 14 }),
  arrow: (x, y) =>
    el('path', { class: 'map-arrow', d: `M${x},${y + 4}Q${x + 13},${y - 8} ${x + 22},${y}` }) +
    el('path', { class: 'map-arrowhead', d: `M${x + 20},${y - 5}L${x + 27},${y + 2}L${x + 18},${y + 4}Z` }),
  border: (x, y) => el('line', { class: 'map-massed', x1: x, y1: y, x2: x + 26, y2: y }),
  city: (x, y) => el('circle', { class: 'map-city', cx: x + 13, cy: y, r: 3.5 }),
};

const ROW = 22;

/** The legend's drawing (hidden from screen readers: the description says the same) and the y under it. */
export function drawLegend(entries: { swatch: LegendSwatch; text: string }[], width: number, writer: TextWriter): { svg: string; bottom: number } {
  const parts: string[] = [];
  let x = 4;
  let y = 6;
  for (const { swatch, text } of entries) {
    const itemWidth = 34 + textWidth(text, FONTS.small);
    if (x > 4 && x + itemWidth > width - 4) {
      x = 4;
      y += ROW;
    }
    parts.push(SWATCHES[swatch](x, y + 11), writer.line(text, x + 34, y + (ROW - FONTS.small.size * LEADING) / 2, FONTS.small, 'chart-legend-text'));
    x += itemWidth + 18;
  }
  return { svg: el('g', { class: 'chart-legend', 'aria-hidden': 'true' }, ...parts), bottom: y + ROW };
}
