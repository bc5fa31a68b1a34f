/** The words a chart writes about one report, the same in the lane charts and the over-time chart. */
import { quoted } from '../format/text';
import { formatShortDay } from './format';
import { reportedBy } from '../vocabulary';
import type { ChartRow } from './rows';

/** The number in its source's words, in quotation marks when the words are the article's. */
export function shownValue(row: ChartRow): string {
  return row.origin === 'article' ? quoted(row.valueText) : row.valueText;
}

/** The heading of a report from outside the article: "Reported later by <outlet>, <day>" (or earlier). */
export function reportedOutside(row: ChartRow): string {
  return `${reportedBy(row.outlet!, row.timing!)}, ${formatShortDay(row.publishedDate ?? row.date)}`;
}

/** The number, who gave it (and whether it came before the report's date) and its status. */
export function sourceLine(row: ChartRow): string {
  return `${shownValue(row)} — ${row.source}${row.dateQualifier === 'before' ? ' (an earlier figure)' : ''} · ${row.confirmationLabel}`;
}
