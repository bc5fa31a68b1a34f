/**
 * Cross-story lists that stay bounded as stories accumulate: the front page and the feed show the latest
 * few, and the archive lists every story, newest first, under year and month headings whose anchors
 * (`month-2022-01`, anchors.ts) depend only on the month, so a link to one keeps its meaning as later
 * stories arrive.
 */
import { formatMonth } from './format/dates';

/** Feed items: feed readers poll the whole file often, and 50 covers weeks of a busy newsroom's output. */
export const FEED_ITEMS = 50;

/** Stories on the front page: a screenful or two of headlines; the rest are one link away in the archive. */
export const HOME_STORIES = 20;

/** What the lists read of a story. */
export interface Listed {
  slug: string;
  meta: { published: string };
}

/** Newest first; stories of one day by slug, as src/story/stories.ts orders them. */
export function newestFirst<T extends Listed>(stories: readonly T[]): T[] {
  return [...stories].sort((a, b) => b.meta.published.localeCompare(a.meta.published) || a.slug.localeCompare(b.slug));
}

/** The latest `count` stories, newest first. */
export function latest<T extends Listed>(stories: readonly T[], count: number): T[] {
  return newestFirst(stories).slice(0, Math.max(0, count));
}

/** The month of a story's publication date, which names its archive anchor: "2022-01" from "2022-01-06". */
export const monthOf = (published: string): string => published.slice(0, 7);

interface ArchiveMonth<T> {
  /** "2022-01": the month, which names its anchor on the archive page. */
  month: string;
  /** "January 2022". */
  label: string;
  stories: T[];
}

export interface ArchiveYear<T> {
  /** "2022": the year, which names its anchor on the archive page. */
  year: string;
  months: ArchiveMonth<T>[];
}

/** Every story grouped by year, then month, newest first at each level. */
export function archiveYears<T extends Listed>(stories: readonly T[]): ArchiveYear<T>[] {
  const years: ArchiveYear<T>[] = [];
  for (const story of newestFirst(stories)) {
    const month = monthOf(story.meta.published);
    const year = month.slice(0, 4);
    if (years.at(-1)?.year !== year) years.push({ year, months: [] });
    const { months } = years.at(-1)!;
    if (months.at(-1)?.month !== month) months.push({ month, label: formatMonth(month), stories: [] });
    months.at(-1)!.stories.push(story);
  }
  return years;
}

/** The archive month holding the newest story the front page leaves out, or undefined when it shows them all. */
export function firstMonthLeftOut<T extends Listed>(stories: readonly T[], shown: number): string | undefined {
  const left = newestFirst(stories)[shown];
  return left ? monthOf(left.meta.published) : undefined;
}
