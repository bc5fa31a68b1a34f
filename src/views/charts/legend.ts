/**
 * A chart's key: one row for the kinds of number drawn (each with its mark), one for where the reports
 * come from (solid: the article; dashed: later, outside it). Rows wrap to the chart's width.
 */
import type { MarkGeometry } from './encoding';
import { FONTS, LEADING, type Frame, type TextWriter } from './layout';
import { markSvg, type Origin, type PaintIds } from './marks';
import { el } from './svg';
import { textWidth, wrapText } from './text-metrics';
import { origins as originTerms, outsideOriginLabel, valueTypes, type OutsideTiming, type ValueType } from '../vocabulary';

const KIND_ORDER: ValueType[] = ['exact', 'lower-bound', 'upper-bound', 'vague'];

interface LegendItem {
  swatch: (x: number, y: number) => string;
  text: string;
  origin: Origin;
}

/** The key: one row for the kinds of number drawn, one for where the reports come from; each wraps. */
export function legend(writer: TextWriter, kinds: ValueType[], origins: Origin[], outside: OutsideTiming[], box: Pick<Frame, 'labelX' | 'width'>, top: number, ids: PaintIds): { svg: string; height: number } {
  const sample: Record<ValueType, (x: number) => MarkGeometry> = {
    exact: (x) => ({ kind: 'exact', x: x + 15 }),
    'lower-bound': (x) => ({ kind: 'lower-bound', x: x + 3, to: x + 30 }),
    'upper-bound': (x) => ({ kind: 'upper-bound', x: x + 30, to: x + 3 }),
    vague: (x) => ({ kind: 'vague', x0: x + 2, x1: x + 30 }),
  };
  const kindItems: LegendItem[] = KIND_ORDER.filter((kind) => kinds.includes(kind)).map((kind) => ({
    swatch: (x, y) => markSvg(sample[kind](x), y, 'article', ids),
    text: valueTypes[kind].key,
    origin: 'article',
  }));
  const originItems: LegendItem[] = [];
  if (origins.includes('article')) originItems.push({ swatch: (x, y) => markSvg(sample.exact(x), y, 'article', ids), text: `${originTerms.article.label} (solid)`, origin: 'article' });
  if (origins.includes('external')) {
    originItems.push({ swatch: (x, y) => markSvg(sample.exact(x), y, 'external', ids), text: `${outsideOriginLabel(outside)} (dashed)`, origin: 'external' });
  }
  const rowHeight = 22;
  const parts: string[] = [];
  let y = top;
  for (const [lead, items] of [['Kind of number:', kindItems], ['Reported:', originItems]] as const) {
    if (items.length === 0) continue;
    const lineTop = (rowY: number) => rowY + (rowHeight - FONTS.small.size * LEADING) / 2;
    parts.push(writer.line(lead, box.labelX, lineTop(y), { ...FONTS.small, bold: true }, 'chart-legend-lead'));
    let x = box.labelX + textWidth(lead, { ...FONTS.small, bold: true }) + 12;
    let rowBottom = y + rowHeight;
    for (const item of items) {
      const width = 38 + textWidth(item.text, FONTS.small);
      if (x + width > box.width - 4) {
        x = box.labelX;
        y = rowBottom;
        rowBottom = y + rowHeight;
      }
      // An item wider than a whole row wraps its words under themselves.
      const lines = wrapText(item.text, box.width - 4 - x - 38, FONTS.small);
      const lineHeight = FONTS.small.size * LEADING;
      const textTop = lines.length === 1 ? lineTop(y) : y + 3;
      parts.push(
        el(
          'g',
          { class: `chart-legend-item origin-${item.origin}`, 'data-origin': item.origin },
          item.swatch(x, y + rowHeight / 2),
          ...lines.map((line, index) => writer.line(line, x + 38, textTop + index * lineHeight, FONTS.small, 'chart-legend-text')),
        ),
      );
      rowBottom = Math.max(rowBottom, textTop + lines.length * lineHeight + 3);
      x += Math.max(...lines.map((line) => textWidth(line, FONTS.small))) + 38 + 16;
    }
    y = rowBottom;
  }
  return { svg: el('g', { class: 'chart-legend' }, ...parts), height: y - top };
}

