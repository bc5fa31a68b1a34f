/** The timeline in words: the count line above the list and the description of the axis drawing. */
import { utcDay } from 'd3-time';
import type { AxisLayout } from './axis';
import { capitalise } from '../format/text';
import { outsideReportsNoun } from '../vocabulary';
import type { ExternalEntry, TimelineEntry } from './entries';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
/** How the timeline names its outside reports: "later reports", "earlier reports", or both. */
export const outsideNoun = (entries: TimelineEntry[]) =>
  outsideReportsNoun(entries.filter((entry): entry is ExternalEntry => entry.origin === 'external').map((entry) => entry.timing));
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "19 events the article reports and 12 later reports from outside it"; a kind with no entry is left out. */
function entryKinds(entries: TimelineEntry[]): string {
  const article = entries.filter((entry) => entry.origin === 'article').length;
  const external = entries.length - article;
  const noun = outsideNoun(entries);
  const parts = [
    ...(article > 0 || external === 0 ? [plural(article, 'event the article reports', 'events the article reports')] : []),
    ...(external > 0 ? [plural(external, `${noun.one} from outside ${article > 0 ? 'it' : 'the article'}`, `${noun.many} from outside ${article > 0 ? 'it' : 'the article'}`)] : []),
  ];
  return parts.join(' and ');
}

/** "31 entries: 19 events the article reports and 12 later reports from outside it." */
export function describeCount(entries: TimelineEntry[]): string {
  return `${plural(entries.length, 'entry', 'entries')}: ${entryKinds(entries)}.`;
}

/** A month of the timeline of all stories: "21 entries from one report: 15 events the article reports and 6 later reports from outside it." */
export function describeMonth(entries: TimelineEntry[]): string {
  const stories = new Set(entries.map((entry) => entry.story.slug)).size;
  return `${plural(entries.length, 'entry', 'entries')} from ${stories === 1 ? 'one report' : `${stories} reports`}: ${entryKinds(entries)}.`;
}

/** What the axis shows, for its SVG description. */
export function describeAxis(entries: TimelineEntry[], layout: AxisLayout): string {
  const stretches = layout.segments.map((segment) => {
    const last = utcDay.offset(segment.end, -1);
    const [from, to] = [dayFormat.format(segment.start), dayFormat.format(last)];
    // A stretch of one day is that day, not "15 January 2022 to 15 January 2022".
    return from === to ? from : `${from} to ${to}`;
  });
  const breaks = layout.breaks.map((gap) => gap.skipped);
  const external = entries.some((entry) => entry.origin === 'external');
  return [
    `A vertical time axis, oldest at the top, in ${plural(stretches.length, 'stretch', 'stretches')}: ${stretches.join('; ')}.`,
    breaks.length > 0 ? `Breaks skip ${breaks.join(' and ')} with nothing in them; each stretch has its own scale.` : '',
    `Each of the ${plural(entries.length, 'entry', 'entries')} of the list below is a mark: a dot for a day, a bar for a week or a year.`,
    external ? `${capitalise(outsideNoun(entries).many)} from outside the article are diamonds in a column of their own.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
