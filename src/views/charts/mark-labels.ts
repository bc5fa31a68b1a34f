/** The words drawn at a lane's mark: its number beside it, and under a vague band the site's reading of its ends. */
import type { ReportedValue } from '../../story/schemas/figure';
import { markSpan, type MarkGeometry } from './encoding';
import { formatNumber } from './format';
import { FONTS, LEADING, type DrawnLine, type Frame, type TextWriter } from './layout';
import { DOT_RADIUS } from './marks';
import { shownValue } from './report-words';
import type { ChartRow } from './rows';
import { textWidth } from './text-metrics';

/**
 * The label beside a mark: the number in its source's words ("dozens", "as many as 3,000"), quoted when
 * they are the article's; the site's numeric reading stays in the tooltip, table and notes. After the mark
 * if there is room, else before it, else left out.
 */
export function valueLabel(writer: TextWriter, mark: MarkGeometry, y: number, row: ChartRow, box: Frame): DrawnLine[] {
  const label = shownValue(row);
  const width = textWidth(label, FONTS.value);
  const [left, right] = markSpan(mark, DOT_RADIUS);
  const top = y - (FONTS.value.size * LEADING) / 2;
  if (right + 6 + width <= box.width - 4) return [writer.shownLine(label, right + 6, top, FONTS.value, 'chart-value')];
  // Never into the label column of a wide chart.
  if (left - 6 - width >= (box.wide ? box.labelX + box.labelWidth + 8 : 2)) return [writer.shownLine(label, left - 6, top, FONTS.value, 'chart-value', 'end')];
  // A word for a wide range sits on its faint band, which is drawn light enough to read it over.
  if (mark.kind === 'vague' && right - left >= width + 8) return [writer.shownLine(label, (left + right) / 2, top, FONTS.value, 'chart-value', 'middle')];
  return [];
}

/** Small words under a vague mark's faint band: its ends, as the site reads the word. */
export function readingLabel(writer: TextWriter, mark: MarkGeometry, value: ReportedValue, top: number, box: Frame): DrawnLine[] {
  if (mark.kind !== 'vague' || value.type !== 'vague') return [];
  const low = formatNumber(value.min);
  const high = formatNumber(value.max);
  const both = `site’s reading: ${low} to ${high}`;
  const ends = textWidth(low, FONTS.small) + textWidth(high, FONTS.small) + 12;
  if (mark.x1 - mark.x0 >= ends + textWidth('site’s reading', FONTS.small) + 12) {
    return [
      writer.shownLine(low, mark.x0, top, FONTS.small, 'chart-reading'),
      writer.shownLine('site’s reading', (mark.x0 + mark.x1) / 2, top, FONTS.small, 'chart-reading', 'middle'),
      writer.shownLine(high, mark.x1, top, FONTS.small, 'chart-reading', 'end'),
    ];
  }
  const width = textWidth(both, FONTS.small);
  if (mark.x0 + width <= box.width - 4) return [writer.shownLine(both, mark.x0, top, FONTS.small, 'chart-reading')];
  return [writer.shownLine(both, Math.max(mark.x1, box.labelX + width), top, FONTS.small, 'chart-reading', 'end')];
}
