/**
 * Dates with the precision the article allows. An event dated "this week" is a span of seven days, not a
 * day: these helpers turn each kind of date into the span it covers, the words a reader sees and the
 * machine-readable value of its <time> element. Everything is UTC, so any build prints the same dates.
 */
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { eventStatuses, givenOn, type DateQualifier } from '../vocabulary';

export type DatePrecision = 'day' | 'week' | 'month' | 'year';
export type DateStatus = 'reported' | 'scheduled' | 'expected';

/** A calendar date as the content writes it: its first day and how precise it is. */
export interface PreciseDate {
  /** YYYY-MM-DD; for a week, its Monday. */
  start: string;
  precision: DatePrecision;
}

/** The span of days a date can mean, end exclusive. */
export interface DateSpan {
  start: Date;
  end: Date;
}

const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Midnight UTC of a YYYY-MM-DD date. */
export function parseDay(isoDate: string): Date {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(isoDate)) throw new Error(`Not a calendar date: "${isoDate}"`);
  return date;
}

/** YYYY-MM-DD of a UTC date. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The days a date covers: one day, the seven days from its Monday, its month or its year. */
export function dateSpan({ start, precision }: PreciseDate): DateSpan {
  const first = parseDay(start);
  switch (precision) {
    case 'day':
      return { start: first, end: utcDay.offset(first, 1) };
    case 'week':
      if (first.getUTCDay() !== 1) throw new Error(`A week must start on its Monday: "${start}" is not a Monday`);
      return { start: first, end: utcDay.offset(first, 7) };
    case 'month':
      return { start: utcMonth.floor(first), end: utcMonth.offset(utcMonth.floor(first), 1) };
    case 'year':
      return { start: utcYear.floor(first), end: utcYear.offset(utcYear.floor(first), 1) };
  }
}

/** The date in words, no more precise than the article: "5 January 2022", "the week of 3 January 2022", "2019". */
function formatPreciseDate({ start, precision }: PreciseDate): string {
  const first = parseDay(start);
  switch (precision) {
    case 'day':
      return dayMonthYear.format(first);
    case 'week':
      return `the week of ${dayMonthYear.format(first)}`;
    case 'month':
      return monthYear.format(first);
    case 'year':
      return String(first.getUTCFullYear());
  }
}

/** The date as a reader sees it, saying when the event had not happened yet at the time of the report. */
export function formatEventDate(date: PreciseDate, status: DateStatus = 'reported'): string {
  const words = formatPreciseDate(date);
  // The status in the vocabulary's word, lower case as it opens a phrase the page capitalises where it starts.
  if (status === 'scheduled') return `${eventStatuses.scheduled.label.toLowerCase()} for ${words}`;
  if (status === 'expected') return `${eventStatuses.expected.label.toLowerCase()} ${date.precision === 'day' ? 'on' : 'in'} ${words}`;
  return words;
}

/** A date given by an outside source, which may only say "before" its own date (the vocabulary's wording). */
export function formatReportedDay(isoDate: string, qualifier: DateQualifier = 'on'): string {
  return givenOn(isoDate, qualifier, (day) => dayMonthYear.format(parseDay(day)));
}

/** ISO 8601 week of a Monday, as HTML's <time datetime> accepts it: "2022-W01". */
export function isoWeek(monday: Date): string {
  // The ISO week belongs to the year of its Thursday.
  const thursday = utcDay.offset(monday, 3);
  const year = thursday.getUTCFullYear();
  const firstThursday = utcDay.offset(new Date(Date.UTC(year, 0, 1)), (4 - new Date(Date.UTC(year, 0, 1)).getUTCDay() + 7) % 7);
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The `datetime` value of a <time> element, as precise as the date: "2022-01-05", "2022-W01", "2022-01", "2019". */
export function datetimeAttribute({ start, precision }: PreciseDate): string {
  const first = parseDay(start);
  switch (precision) {
    case 'day':
      return start;
    case 'week':
      return isoWeek(first);
    case 'month':
      return start.slice(0, 7);
    case 'year':
      return start.slice(0, 4);
  }
}

/** A stretch of skipped time in rounded words: "6 days", "8 weeks", "23 months", "2 years". */
export function formatDuration(days: number): string {
  const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
  if (days < 14) return plural(Math.round(days), 'day');
  if (days < 91) return plural(Math.round(days / 7), 'week');
  if (days < 547) return plural(Math.round(days / 30.44), 'month');
  return plural(Math.round(days / 365.25), 'year');
}
