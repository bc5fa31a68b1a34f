/** Wording the chart's table and downloads share for a row. */
import type { ChartRow } from './rows';
import { formatNumber } from './format';

/** What the chart draws for a row, in words: "Drawn as 24 to 99", "Drawn from 1,000 up, no ceiling". */
export function drawnRangeOf(row: ChartRow): string {
  if (row.drawnMax === null) return `Drawn from ${formatNumber(row.drawnMin)} up, with no ceiling`;
  if (row.drawnMax === row.drawnMin) return `Drawn at ${formatNumber(row.drawnMin)}`;
  return `Drawn as ${formatNumber(row.drawnMin)} to ${formatNumber(row.drawnMax)}`;
}
