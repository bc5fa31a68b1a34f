/**
 * Calendar arithmetic on days written YYYY-MM-DD, counted in UTC so that no time zone moves a day, and
 * the site's way of writing them in a derivation ("Thursday 6 January 2022", "January 2022").
 * Weeks start on Monday, as the event schema's weeks do.
 */

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const DAY_MS = 86_400_000;
const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A calendar month: its year and its number, 1 to 12. */
export interface Month {
  year: number;
  month: number;
}

/** "2022-01-06" from year, month (1–12) and day; undefined when no such day exists (30 February). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth({ year, month })) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Year, month and day of an ISO day. */
export function partsOf(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const fromTime = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The day `days` after `iso` (before it when negative). */
export function addDays(iso: string, days: number): string {
  return fromTime(toTime(iso) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/** 0 for Monday … 6 for Sunday. */
export function weekdayOf(iso: string): number {
  return (new Date(toTime(iso)).getUTCDay() + 6) % 7;
}

/** The Monday of the week `iso` falls in. */
export function mondayOf(iso: string): string {
  return addDays(iso, -weekdayOf(iso));
}

export function daysInMonth({ year, month }: Month): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The month `months` after `from` (before it when negative). */
export function addMonths(from: Month, months: number): Month {
  const index = from.year * 12 + (from.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export const monthOf = (iso: string): Month => ({ year: partsOf(iso).year, month: partsOf(iso).month });

/** The first day of a month, as the schema starts a month-precision date. */
export const firstOfMonth = ({ year, month }: Month) => `${pad(year, 4)}-${pad(month)}-01`;

/** 1 January of a year, as the schema starts a year-precision date. */
export const firstOfYear = (year: number) => `${pad(year, 4)}-01-01`;

/**
 * The same day of the month `months` later (earlier when negative); the month's last day when it is
 * shorter (31 March less one month is 28 or 29 February).
 */
export function shiftMonths(iso: string, months: number): string {
  const { day } = partsOf(iso);
  const target = addMonths(monthOf(iso), months);
  return isoDate(target.year, target.month, Math.min(day, daysInMonth(target)))!;
}

/** "Thursday 6 January 2022". */
export function longDay(iso: string): string {
  return `${WEEKDAYS[weekdayOf(iso)]} ${shortDay(iso)}`;
}

/** "6 January 2022". */
export function shortDay(iso: string): string {
  const { year, month, day } = partsOf(iso);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "January 2022". */
export function monthName({ year, month }: Month): string {
  return `${MONTHS[month - 1]} ${year}`;
}
