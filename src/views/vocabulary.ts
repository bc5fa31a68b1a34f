/**
 * The site's one vocabulary: one label and one meaning for each value of every enum a reader sees (a
 * status, a kind of number, a category, a relation type, an actor kind…), and the one wording of a date
 * an outside source gives only as "before" a day. Every view, table, tooltip, download and search record
 * words a fact from here, so a fact reads the same on every page.
 *
 * These are the site's words, never the reporter's: the article's own wording of a number stays in
 * `value.text` and is quoted as it is.
 */
import type { ActorInput } from '../story/schemas/actor';
import type { ArticleFrontmatter } from '../story/schemas/article';
import type { ClaimInput } from '../story/schemas/claim';
import type { EventInput } from '../story/schemas/event';
import type { FigureInput, FigureReportInput, ReportedValue } from '../story/schemas/figure';
import type { RelationInput } from '../story/schemas/relation';
import { formatDay } from './format/dates';

/** One value's words: the label a reader sees, and what it means in the site's words. */
export interface Term {
  label: string;
  meaning: string;
}

type Terms<K extends string, Extra = object> = Record<K, Term & Extra>;

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

export type FigureKind = FigureInput['kind'];

/**
 * What a figure counts; also the title of the chart axis that draws it (one axis per kind), the phrase a
 * panel's title names it by ("Killed and injured: …"; a count of states names no panel), and what a map
 * mark of it shows ("The map marks … where the troops were sent").
 */
export const figureKinds: Terms<FigureKind, { phrase: string | null; onMap: string }> = {
  killed: { label: 'People killed', meaning: 'Deaths.', phrase: 'killed', onMap: 'where people were killed' },
  injured: { label: 'People injured', meaning: 'People hurt, not killed.', phrase: 'injured', onMap: 'where people were injured' },
  'troops-deployed': { label: 'Troops sent', meaning: 'Troops sent into a country.', phrase: 'troops sent', onMap: 'where the troops were sent' },
  'troops-massed': { label: 'Troops massed', meaning: 'Troops gathered near a border, not sent across it.', phrase: 'troops massed', onMap: 'where troops are massed' },
  'member-states': { label: 'Member states', meaning: 'States that belong to an alliance.', phrase: null, onMap: 'the member states' },
};

export const figureUnits: Terms<FigureInput['unit']> = {
  people: { label: 'People', meaning: 'A count of people.' },
  troops: { label: 'Troops', meaning: 'A count of soldiers.' },
  states: { label: 'States', meaning: 'A count of states.' },
};

/** The two chart panels, by what they show. */
export const panels: Terms<FigureInput['panel']> = {
  casualties: { label: 'Casualties', meaning: 'Counts of the dead and injured.' },
  deployment: { label: 'Troops', meaning: 'Counts of troops sent or massed, and the alliance they were sent under.' },
};

export type Origin = FigureReportInput['origin'];

export const origins: Terms<Origin> = {
  article: { label: 'In the article', meaning: 'The article reports it; its words are quoted.' },
  external: { label: 'Reported later, outside the article', meaning: 'Published later, outside the article; never quoted as the article.' },
};

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

export const claimKinds: Terms<ClaimInput['kind']> = {
  quote: { label: 'Quote', meaning: 'Words the article quotes directly.' },
  statement: { label: 'Statement', meaning: 'Something said, reported in the article’s words.' },
  accusation: { label: 'Accusation', meaning: 'Blame laid on someone.' },
  warning: { label: 'Warning', meaning: 'A threat or caution about what may happen.' },
  demand: { label: 'Demand', meaning: 'Something asked for.' },
  'stated-aim': { label: 'Stated aim', meaning: 'What someone says they intend.' },
  analysis: { label: 'Analysis', meaning: 'An interpretation, often by an analyst.' },
};

// ——— Events and dates ———

type EventCategory = EventInput['category'];
export type EventStatus = EventInput['status'];
export type DatePrecision = EventInput['date']['precision'];

export const LATER_REPORTS = 'later-reports' as const;
export type TimelineCategory = EventCategory | typeof LATER_REPORTS;

/** The timeline's categories in filter and legend order: the article's kinds of event, then outside reports. */
export const eventCategories: Terms<TimelineCategory> = {
  background: { label: 'Background', meaning: 'What happened before the events of the report.' },
  protest: { label: 'Protest', meaning: 'Protests and unrest.' },
  'security-crackdown': { label: 'Security crackdown', meaning: 'Force used by police, troops or security services.' },
  government: { label: 'Government', meaning: 'Decisions and changes in government.' },
  'military-deployment': { label: 'Military deployment', meaning: 'Troops sent, massed or withdrawn.' },
  diplomacy: { label: 'Diplomacy', meaning: 'Talks and dealings between states.' },
  statement: { label: 'Statement', meaning: 'Something said in public.' },
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

export const actorKinds: Terms<ActorKind> = {
  person: { label: 'Person', meaning: 'A person the article names.' },
  analyst: { label: 'Analyst', meaning: 'Someone quoted for their analysis.' },
  state: { label: 'State', meaning: 'A country.' },
  alliance: { label: 'Alliance', meaning: 'An alliance or bloc of states.' },
  'government-body': { label: 'Government body', meaning: 'A ministry, office or government.' },
  'security-force': { label: 'Security force', meaning: 'Police, an army or a security service.' },
  'official-source': { label: 'Official source', meaning: 'An official body the article cites for information.' },
  media: { label: 'Media', meaning: 'A news outlet.' },
  'think-tank': { label: 'Think tank', meaning: 'A research institute.' },
  group: { label: 'Group', meaning: 'People acting together without being one organisation.' },
};

/** "Security force". */
export function actorKindLabel(kind: ActorKind): string {
  return actorKinds[kind].label;
}

/** A relation's label is how it reads between two names ("Nazarbayev — mentor of → Tokayev"); `heading` groups a list. */
export const relationTypes: Terms<RelationType, { heading: string }> = {
  'member-of': { label: 'member of', heading: 'Membership', meaning: 'Belongs to an alliance or body.' },
  leads: { label: 'leads', heading: 'Leadership', meaning: 'Heads a state, body or group.' },
  'mentor-of': { label: 'mentor of', heading: 'Mentor', meaning: 'Raised or backed the other’s career.' },
  'predecessor-of': { label: 'predecessor of', heading: 'Succession', meaning: 'Held the office before the other.' },
  'ally-of': { label: 'ally of', heading: 'Alliance', meaning: 'Stands with the other.' },
  'requested-help-from': { label: 'asked for help from', heading: 'Requests for help', meaning: 'Asked the other for help.' },
  'deployed-to': { label: 'sent forces to', heading: 'Forces sent', meaning: 'Sent troops into the other.' },
  'negotiates-with': { label: 'in talks with', heading: 'Talks', meaning: 'Holds talks with the other.' },
  accuses: { label: 'accuses', heading: 'Accusations', meaning: 'Lays blame on the other.' },
  opposes: { label: 'opposes', heading: 'Opposition', meaning: 'Stands against the other.' },
  'works-at': { label: 'works at', heading: 'Workplace', meaning: 'Works for the other.' },
  'reported-to': { label: 'spoke to', heading: 'Reports to the media', meaning: 'Gave information to an outlet.' },
  removed: { label: 'removed', heading: 'Removals from office', meaning: 'Removed the other from office.' },
  threatens: { label: 'threatens', heading: 'Threats', meaning: 'Threatens the other.' },
};

/** "mentor of". */
export function relationLabel(type: RelationType): string {
  return relationTypes[type].label;
}
