/**
 * The timeline's entries, in date order: the events the article reports, each with its excerpt and the
 * paragraph it comes from, and, kept apart, the later reports from outside the article (external figure
 * reports and later events), each with its outlet, date and link and never with an excerpt.
 */
import { anchors } from '../anchors';
import { routes } from '../routes';
import type { StoryEvent, Story } from '../../story/types';
import { dateSpan, datetimeAttribute, formatEventDate, formatReportedDay, isoDay, parseDay, type DatePrecision, type DateStatus } from './dates';
import { utcDay } from 'd3-time';
import type { AxisItem } from './axis';
import { eventCategories, LATER_REPORTS, type Confirmation, type TimelineCategory, outsideCategoryLabel, outsideReportLabels, outsideTiming, outsideTimings, type OutsideTiming } from '../vocabulary';

/** Filter and legend order: the vocabulary's order of categories. */
const CATEGORY_ORDER = Object.keys(eventCategories) as TimelineCategory[];

interface Link {
  id: string;
  label: string;
  href: string;
}

interface EntryBase {
  /** The element id on the page: `event-<id>` for the article's events, `later-<id>` for outside reports. */
  anchor: string;
  story: { slug: string; title: string; href: string; published: string };
  category: TimelineCategory;
  categoryLabel: string;
  /** First day and day after the last that the date can mean (YYYY-MM-DD). */
  start: string;
  end: string;
  precision: DatePrecision;
  /** The date in words, as precise as the source allows. */
  dateText: string;
  /** The <time datetime> value. */
  datetime: string;
  /** Headline in the site's words. */
  title: string;
}

/** An event the article reports. */
export interface ArticleEntry extends EntryBase {
  origin: 'article';
  eventId: string;
  status: DateStatus;
  place?: string;
  /** The article's own words for the date. */
  datePhrase: string;
  /** How the site worked the date out, in its own words. */
  dateDerivation: string;
  actors: Link[];
  figures: (Link & { values: { text: string; claimant: string }[] })[];
  /** The site's annotation and notes aimed at this event. */
  notes: string[];
  /** The reporter's words, verbatim, and the paragraph they stand in. */
  excerpt: { text: string; blockId: string; href: string };
}

/** A report from outside the article: an external figure report or a later event. */
export interface ExternalEntry extends EntryBase {
  origin: 'external';
  qualifier: 'on' | 'before';
  claimantName: string;
  /** What the source said, paraphrased in the site's words (beyond the headline, which may open it). */
  summary: string;
  /** The figure the report gives a number for, if any. */
  figure?: Link & { value: string };
  confirmation?: Confirmation;
  source: { outlet: string; title: string | null; published: string; publishedText: string; url: string };
  /** Whether the source came out before the article or after it. */
  timing: OutsideTiming;
}

export type TimelineEntry = ArticleEntry | ExternalEntry;

/** A choice in a filter, with how many entries it keeps. */
export interface FilterOption {
  id: string;
  label: string;
  count: number;
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, week: 2, day: 3 };

/** Date order; a coarser date first when two start together, the article before outside reports. */
export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  // "before 15 January" belongs ahead of what happened on 15 January.
  const when = (entry: TimelineEntry) => parseDay(entry.start).getTime() - (entry.origin === 'external' && entry.qualifier === 'before' ? 1 : 0);
  return (
    when(a) - when(b) ||
    PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
    (a.origin === b.origin ? 0 : a.origin === 'article' ? -1 : 1)
  );
}

/** The first sentence of a summary, used as the headline of a later event that has no number. */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/.exec(text.trim());
  return match ? match[1] : text.trim();
}

function articleEntry(story: Story, event: StoryEvent, storyRef: EntryBase['story']): ArticleEntry {
  const actorName = (id: string) => story.actors.find((actor) => actor.id === id)?.name ?? id;
  const span = dateSpan(event.date);
  // What the report tells as done ("this week") happened by its own day: a coarse date is not drawn past it.
  const reportDayEnd = utcDay.offset(parseDay(story.meta.published), 1);
  const end = event.status === 'reported' && span.end > reportDayEnd && span.start < reportDayEnd ? reportDayEnd : span.end;
  const notes = [
    ...(event.annotation ? [event.annotation] : []),
    ...story.notes.flatMap((note) => ('event' in note.target && note.target.event === event.id ? [note.text] : [])),
  ];
  return {
    origin: 'article',
    anchor: anchors.event(event.id),
    eventId: event.id,
    story: storyRef,
    category: event.category,
    categoryLabel: eventCategories[event.category].label,
    start: event.date.start,
    end: isoDay(end),
    precision: event.date.precision,
    dateText: formatEventDate(event.date, event.status),
    datetime: datetimeAttribute(event.date),
    title: event.title,
    status: event.status,
    place: event.place,
    datePhrase: event.date.phrase,
    dateDerivation: event.date.derivation,
    actors: event.actors.map((id) => ({ id, label: actorName(id), href: routes.actor(story.slug, id) })),
    figures: event.figures.map((id) => {
      const figure = story.figures.find((candidate) => candidate.id === id);
      const values = (figure?.reports ?? []).flatMap((report) =>
        report.origin === 'article'
          ? [{ text: report.value.text, claimant: report.via ? `${actorName(report.claimant)} via ${actorName(report.via)}` : actorName(report.claimant) }]
          : [],
      );
      return { id, label: figure?.label ?? id, href: routes.figure(story.slug, id), values };
    }),
    notes,
    excerpt: { text: event.citation.articleText, blockId: event.citation.blockId, href: routes.paragraph(story.slug, event.citation.blockId) },
  };
}

function externalBase(storyRef: EntryBase['story'], date: string, qualifier: 'on' | 'before') {
  return {
    origin: 'external' as const,
    story: storyRef,
    category: LATER_REPORTS,
    categoryLabel: eventCategories[LATER_REPORTS].label,
    start: date,
    end: isoDay(dateSpan({ start: date, precision: 'day' }).end),
    precision: 'day' as const,
    dateText: formatReportedDay(date, qualifier),
    datetime: date,
    qualifier,
  };
}

const source = (report: { outlet: string; title?: string | null; publishedDate: string; url: string }) => ({
  outlet: report.outlet,
  title: report.title ?? null,
  published: report.publishedDate,
  publishedText: formatReportedDay(report.publishedDate),
  url: report.url,
});

/** Every entry of one story's timeline, in date order. */
export function storyEntries(story: Story): TimelineEntry[] {
  const storyRef = { slug: story.slug, title: story.meta.title, href: routes.story(story.slug), published: story.meta.published };
  const entries: TimelineEntry[] = story.events.map((event) => articleEntry(story, event, storyRef));
  for (const figure of story.figures) {
    for (const report of figure.reports) {
      if (report.origin !== 'external') continue;
      entries.push({
        ...externalBase(storyRef, report.date, report.dateQualifier),
        anchor: anchors.laterReport(figure.id, report.id),
        title: `${figure.label}: ${report.value.text}`,
        claimantName: report.claimantName,
        summary: report.summary,
        figure: { id: figure.id, label: figure.label, href: routes.figure(story.slug, figure.id), value: report.value.text },
        confirmation: report.confirmation,
        source: source(report),
        timing: outsideTiming(report.publishedDate, story.meta.published),
      });
    }
  }
  for (const later of story.laterEvents) {
    entries.push({
      ...externalBase(storyRef, later.date, 'on'),
      anchor: anchors.laterEvent(later.id),
      // A later event has no headline of its own: the paraphrase's first sentence serves, the rest follows it.
      title: firstSentence(later.summary),
      claimantName: later.claimantName,
      summary: later.summary.trim().slice(firstSentence(later.summary).length).trim(),
      source: source(later),
      timing: outsideTiming(later.publishedDate, story.meta.published),
    });
  }
  // The outside reports' chip and filter are named from when they came out ("Later reports", "Earlier reports").
  const outsideLabel = outsideCategoryLabel(outsideTimings(story));
  for (const entry of entries) if (entry.origin === 'external') entry.categoryLabel = outsideLabel;
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.anchor)) throw new Error(`${story.slug}: two timeline entries share the id "${entry.anchor}"`);
    seen.add(entry.anchor);
  }
  // Array.prototype.sort is stable: entries on the same date keep the data files' order.
  return entries.sort(compareEntries);
}

/** Entries of several stories on one line; anchors carry the story slug so they stay unique. */
export function combinedEntries(stories: Story[]): TimelineEntry[] {
  // One name for the outside reports of all the stories, from when all of them came out.
  const outsideLabel = outsideCategoryLabel(stories.flatMap(outsideTimings));
  return stories
    .flatMap((story) =>
      storyEntries(story).map((entry): TimelineEntry => {
        const anchor = anchors.inAllStories(story.slug, entry.anchor);
        return entry.origin === 'external' ? { ...entry, anchor, categoryLabel: outsideLabel } : { ...entry, anchor };
      }),
    )
    .sort(compareEntries);
}

/** What the axis needs of each entry. */
export function axisItems(entries: TimelineEntry[]): AxisItem[] {
  return entries.map((entry) => ({
    id: entry.anchor,
    origin: entry.origin,
    span: { start: parseDay(entry.start), end: parseDay(entry.end) },
    precision: entry.precision,
    qualifier: entry.origin === 'external' ? entry.qualifier : undefined,
    status: entry.origin === 'article' ? entry.status : undefined,
    label: `${entry.dateText}: ${entry.title}${entry.origin === 'external' ? ` (${outsideReportLabels[entry.timing].toLowerCase()}, ${entry.source.outlet})` : ''}`,
  }));
}

/** The categories and actors present, for the filters, in a stable order. */
export function filterOptions(entries: TimelineEntry[]): { categories: FilterOption[]; actors: FilterOption[] } {
  const categories = new Map<string, FilterOption>();
  const actors = new Map<string, FilterOption>();
  const count = (map: Map<string, FilterOption>, id: string, label: string) => {
    const option = map.get(id) ?? { id, label, count: 0 };
    option.count += 1;
    map.set(id, option);
  };
  for (const entry of entries) {
    count(categories, entry.category, entry.categoryLabel);
    if (entry.origin === 'article') for (const actor of entry.actors) count(actors, actor.id, actor.label);
  }
  return {
    categories: [...categories.values()].sort((a, b) => CATEGORY_ORDER.indexOf(a.id as TimelineCategory) - CATEGORY_ORDER.indexOf(b.id as TimelineCategory)),
    actors: [...actors.values()].sort((a, b) => a.label.localeCompare(b.label, 'en')),
  };
}
