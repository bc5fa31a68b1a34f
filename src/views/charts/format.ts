/** Number and date wording for charts, tables and downloads; always UTC and en-GB, so builds agree. */

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const shortDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "1,000" from 1000. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "6 Jan 2022" from "2022-01-06", with no-break spaces: short enough for a chart label, never split. */
export function formatShortDay(isoDate: string): string {
  return shortDay.format(new Date(`${isoDate}T00:00:00Z`)).replace(/ /g, '\u00a0');
}
