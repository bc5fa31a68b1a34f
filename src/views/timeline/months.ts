/**
 * The timeline of all stories, one page per month, so that no page grows with the archive. An entry lives
 * on the page of the month its date starts in (a date known only to the year or the month starts on its
 * first day). That is a fact of the entry alone, so its address never moves when later stories arrive.
 */
import { monthOf } from '../archive';
import { formatMonth } from '../format/dates';
import { combinedEntries, type TimelineEntry } from './entries';
import type { Story } from '../../story/types';

export interface TimelineMonth {
  /** "2022-01": names the page's URL. */
  month: string;
  /** "January 2022". */
  label: string;
  /** In date order. */
  entries: TimelineEntry[];
  /** The stories with an entry this month, each once, oldest first. */
  stories: TimelineEntry['story'][];
}

/** The month page an entry lives on: the month its date starts in. */
export const timelineMonthOf = (entry: Pick<TimelineEntry, 'start'>): string => monthOf(entry.start);

/** Every month with at least one entry, oldest first, each with its entries in date order. */
export function timelineMonths(stories: Story[]): TimelineMonth[] {
  const byMonth = new Map<string, TimelineEntry[]>();
  for (const entry of combinedEntries(stories)) {
    const month = timelineMonthOf(entry);
    if (!byMonth.has(month)) byMonth.set(month, []);
    byMonth.get(month)!.push(entry);
  }
  return [...byMonth.keys()].sort().map((month) => {
    const entries = byMonth.get(month)!;
    const stories = new Map(entries.map((entry) => [entry.story.slug, entry.story]));
    return {
      month,
      label: formatMonth(month),
      entries,
      stories: [...stories.values()].sort((a, b) => a.published.localeCompare(b.published) || a.slug.localeCompare(b.slug)),
    };
  });
}

/** The months before and after one, for the month page's links; undefined at either end. */
export function neighbouringMonths(months: readonly Pick<TimelineMonth, 'month' | 'label'>[], month: string) {
  const index = months.findIndex((candidate) => candidate.month === month);
  if (index < 0) throw new Error(`The timeline has no month ${month}`);
  return { older: months[index - 1], newer: months[index + 1] };
}
