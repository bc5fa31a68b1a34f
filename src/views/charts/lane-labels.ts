/** The words beside a lane: the number and who gave it, its status, and where and when it was reported. */
import { formatShortDay } from './format';
import { FONTS, type DrawnLine, type TextWriter } from './layout';
import { reportedOutside, sourceLine } from './report-words';
import type { ChartRow } from './rows';
import type { FontSpec } from './text-metrics';

interface LabelLine {
  text: string;
  font: FontSpec;
  className: string;
}

/** An article's report leads with its words; a later one with its outlet, so the two never read alike. */
export function laneLines(row: ChartRow): LabelLine[] {
  if (row.origin === 'article') {
    return [
      { text: `“${row.valueText}” — ${row.source}`, font: FONTS.label, className: 'chart-label' },
      { text: `${row.confirmationLabel} · in the article, ${formatShortDay(row.date)}`, font: FONTS.small, className: 'chart-label-muted' },
    ];
  }
  return [
    { text: reportedOutside(row), font: FONTS.smallStrong, className: 'chart-label-later' },
    { text: sourceLine(row), font: FONTS.label, className: 'chart-label' },
  ];
}

/** Writes label lines one under another, each wrapped to `width`; returns them as drawn, and their height. */
export function writeLabels(writer: TextWriter, lines: LabelLine[], x: number, top: number, width: number): { lines: DrawnLine[]; height: number } {
  let y = top;
  const drawn: DrawnLine[] = [];
  for (const line of lines) {
    const block = writer.block(line.text, x, y, width, line.font, line.className);
    drawn.push(...block.lines);
    y += block.height;
  }
  return { lines: drawn, height: y - top };
}
