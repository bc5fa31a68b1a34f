/**
 * The site's one vocabulary: one label and one meaning for each value of every enum a reader sees (a
 * status, a kind of number, a category, a relation type, an actor kind…), and the one wording of a date
 * an outside source gives only as "before" a day. Every view, table, tooltip, download and search record
 * words a fact from here, so a fact reads the same on every page.
 *
 * The open lists (kinds of event, figure, relation, actor and claim, and units) are content: the site's in
 * content/vocabulary.yaml, a story's additions in its own vocabulary.yaml (src/story/vocabulary.ts). The
 * closed scales the site reasons with (statuses, kinds of number, origins, date precision) are here.
 *
 * These are the site's words, never the reporter's: the article's own wording of a number stays in
 * `value.text` and is quoted as it is.
 */
import type { ActorInput } from '../story/schemas/actor';
import type { ArticleFrontmatter } from '../story/schemas/article';
import type { ClaimInput } from '../story/schemas/claim';
import type { EventInput } from '../story/schemas/event';
import type { FigureReportInput, ReportedValue } from '../story/schemas/figure';
import type { RelationInput } from '../story/schemas/relation';
import { VOCABULARY } from '../story/vocabulary';
import type { VocabularyList } from '../story/schemas/vocabulary';
import type { Figure, Story } from '../story/types';
import { formatDay } from './format/dates';
import { capitalise } from './format/text';

/** One value's words: the label a reader sees, and what it means in the site's words. */
export interface Term {
  label: string;
  meaning: string;
}

type Terms<K extends string, Extra = object> = Record<K, Term & Extra>;

/** An open list's values as terms by id, in the list's order. */
function listTerms<L extends VocabularyList>(list: L) {
  return Object.fromEntries(VOCABULARY[list]) as Record<string, (typeof VOCABULARY)[L] extends Map<string, infer T> ? T : never>;
}

// ——— Statuses: a claim's status and a figure report's confirmation share one scale ———

export type Confirmation = FigureReportInput['confirmation'];
type ClaimStatus = ClaimInput['status'];
export type Status = Confirmation | ClaimStatus;

/**
 * Most settled first. The site confirms nothing itself: every status says what the report (the article,
 * or a later outside report) itself shows about the fact. `confirmed` is worded as what the data means
 * (content marks a report's own assertion so, even when it names no source), not as a verdict.
 */
export const statuses: Terms<Status> = {
  confirmed: {
    label: 'Stated as fact by the report',
    meaning: 'The report states it in its own voice, not as someone’s claim (for a number, it may also show what it counts).',
  },
  unconfirmed: {
    label: 'Unconfirmed',
    meaning: 'Attributed to someone, or given without a source; the report gives no confirmation.',
  },
  'not-confirmed-by-named-party': {
    label: 'Not confirmed by a named party',
    meaning: 'A party the report names declined or failed to confirm it.',
  },
  disputed: { label: 'Disputed', meaning: 'Sources give different numbers for the same thing.' },
  contradicted: { label: 'Contradicted', meaning: 'The report gives something that contradicts it.' },
  opinion: { label: 'Opinion or position', meaning: 'Analysis, a demand or a position: nothing to confirm.' },
};

/** The statuses in reading order, most settled first. */
export const statusOrder = Object.keys(statuses) as Status[];

/** "Stated as fact by the report". */
export function statusLabel(status: Status): string {
  return statuses[status].label;
}

// ——— Kinds of number ———

export type ValueType = ReportedValue['type'];

export const valueTypes: Terms<ValueType, { key: string }> = {
  exact: {
    label: 'Exact number',
    meaning: 'One number, such as “12”.',
    key: 'Exact number',
  },
  'lower-bound': {
    label: 'Lower bound',
    meaning: 'A floor, such as “more than 1,000”: no upper limit given.',
    key: 'Lower bound: “more than”, open above',
  },
  'upper-bound': {
    label: 'Upper bound',
    meaning: 'A ceiling, such as “as many as 3,000”: no lower limit given.',
    key: 'Upper bound: “as many as”, open below',
  },
  vague: {
    label: 'Vague quantity',
    meaning: 'A word such as “dozens” and no number; the range drawn is the site’s reading of the word.',
    key: 'Vague quantity, such as “dozens” (faint range: the site’s reading)',
  },
};

/** "Lower bound". */
export function valueTypeLabel(type: ValueType): string {
  return valueTypes[type].label;
}

// ——— Figures ———


/**
 * What a figure counts; also the title of the chart axis that draws it (one axis per kind), the phrase a
 * panel's title names it by ("Killed and injured: …"; a count of states names no panel), and what a map
 * mark of it shows ("The map marks … where the troops were sent").
 */
export const figureKinds = listTerms('figureKinds');

export const figureUnits = listTerms('units');

/** The two chart panels, by what they show. */
export const panels = listTerms('panels');

export type Origin = FigureReportInput['origin'];

export const origins: Terms<Origin> = {
  article: { label: 'In the article', meaning: 'The article reports it; its words are quoted.' },
  external: { label: 'Reported later, outside the article', meaning: 'Published later, outside the article; never quoted as the article.' },
};

// ——— Reports from outside the article: before it or after it ———

/** When an outside report came out, against the article's own date. */
export type OutsideTiming = 'earlier' | 'later';

/** An outside report published before the article is an earlier report; one from its day or after, a later one. */
export function outsideTiming(publishedDate: string, articlePublished: string): OutsideTiming {
  return publishedDate < articlePublished ? 'earlier' : 'later';
}

/** "Later report", "Earlier report": the label of one report from outside the article. */
export const outsideReportLabels: Record<OutsideTiming, string> = { earlier: 'Earlier report', later: 'Later report' };

/**
 * How a page names a set of outside reports, from when they came out: "later reports" when all came after
 * the article, "earlier reports" when all came before, "earlier and later reports" when some of each.
 */
export function outsideReportsNoun(timings: OutsideTiming[]): { one: string; many: string } {
  const kinds = [...new Set(timings)];
  if (kinds.length === 1) return { one: `${kinds[0]} report`, many: `${kinds[0]} reports` };
  return { one: 'earlier or later report', many: 'earlier and later reports' };
}

/** The key's words for outside reports: "Reported later, outside the article" (or earlier, or both). */
export function outsideOriginLabel(timings: OutsideTiming[]): string {
  const kinds = [...new Set(timings)];
  if (kinds.length !== 1) return 'Reported earlier or later, outside the article';
  return kinds[0] === 'later' ? origins.external.label : 'Reported earlier, outside the article';
}

/** When the outside reports of some figures came out, against the article's date. */
export function figuresOutsideTimings(figures: Figure[], articlePublished: string): OutsideTiming[] {
  return figures.flatMap((figure) => figure.reports.flatMap((report) => (report.origin === 'external' ? [outsideTiming(report.publishedDate, articlePublished)] : [])));
}

/** When each of a story's outside reports came out (its figures' outside reports and its later events). */
export function outsideTimings(story: Story): OutsideTiming[] {
  return [
    ...figuresOutsideTimings(story.figures, story.meta.published),
    ...story.laterEvents.map((later) => outsideTiming(later.publishedDate, story.meta.published)),
  ];
}

/** The timeline's category of outside reports, named from when they came out: "Later reports", "Earlier reports"… */
export function outsideCategoryLabel(timings: OutsideTiming[]): string {
  return capitalise(outsideReportsNoun(timings).many);
}

/** "published after it", "published before it", "published before or after it". */
export function publishedAround(timings: OutsideTiming[]): string {
  const kinds = new Set(timings);
  if (kinds.size !== 1) return 'published before or after it';
  return kinds.has('earlier') ? 'published before it' : 'published after it';
}

/** "Reported later by Reuters"; "reported later by Reuters" inside a sentence. */
export function reportedBy(outlet: string, timing: OutsideTiming, { inSentence = false } = {}): string {
  return `${inSentence ? 'r' : 'R'}eported ${timing} by ${outlet}`;
}

// ——— "before ⟨date⟩" ———

export type DateQualifier = Extract<FigureReportInput, { origin: 'external' }>['dateQualifier'];

export const dateQualifiers: Terms<DateQualifier, { prefix: string }> = {
  on: { label: 'On', meaning: 'The number was given on this date.', prefix: '' },
  before: { label: 'Before', meaning: 'The source only says the number was given before this date.', prefix: 'before ' },
};

/** When a number was given, in words: "before 15 January 2022", or just the day. */
export function givenOn(isoDate: string, qualifier: DateQualifier = 'on', format: (isoDate: string) => string = formatDay): string {
  return `${dateQualifiers[qualifier].prefix}${format(isoDate)}`;
}

// ——— Claims ———

export const claimKinds = listTerms('claimKinds');

// ——— Events and dates ———

type EventCategory = EventInput['category'];
export type EventStatus = EventInput['status'];
export type DatePrecision = EventInput['date']['precision'];

export const LATER_REPORTS = 'later-reports' as const;
export type TimelineCategory = EventCategory | typeof LATER_REPORTS;

/** The timeline's categories in filter and legend order: the article's kinds of event, then outside reports. */
export const eventCategories: Terms<TimelineCategory> = {
  ...listTerms('eventCategories'),
  [LATER_REPORTS]: { label: 'Later reports', meaning: 'Reports published later, outside the article.' },
};

export const eventStatuses: Terms<EventStatus> = {
  reported: { label: 'Reported', meaning: 'The report tells it as having happened.' },
  scheduled: { label: 'Scheduled', meaning: 'Not yet happened at the time of the report: set for a date.' },
  expected: { label: 'Expected', meaning: 'Not yet happened at the time of the report: expected to happen.' },
};

/** How precise a date is; the article's own publication date is at most as precise as a month. */
export const datePrecisions: Terms<DatePrecision | ArticleFrontmatter['publishedPrecision']> = {
  day: { label: 'Day', meaning: 'The article gives the day.' },
  week: { label: 'Week', meaning: 'The article gives only the week (“this week”).' },
  month: { label: 'Month', meaning: 'The article gives only the month.' },
  year: { label: 'Year', meaning: 'The article gives only the year.' },
};

// ——— Actors and relations ———

export type ActorKind = ActorInput['kind'];
export type RelationType = RelationInput['type'];

export const actorKinds = listTerms('actorKinds');

/** "Security force". */
export function actorKindLabel(kind: ActorKind): string {
  return actorKinds[kind].label;
}

/** A relation's label is how it reads between two names ("Nazarbayev — mentor of → Tokayev"); `heading` groups a list. */
export const relationTypes = listTerms('relationTypes');

/** "mentor of". */
export function relationLabel(type: RelationType): string {
  return relationTypes[type].label;
}
