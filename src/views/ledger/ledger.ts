/**
 * The claims ledger as plain data: one row per claim and per figure report, with the three ways of
 * grouping them. Pure (no DOM, no I/O), so the page, the client regrouping and the tests agree.
 */
import { anchors } from '../anchors';
import { routes } from '../routes';
import { capitalise } from '../format/text';
import { statusLabel, statusOrder, valueTypeLabel, type Status, outsideReportsNoun, outsideTiming, type OutsideTiming } from '../vocabulary';
import type { Actor, Claim, Figure, FigureReport, Story } from '../../story/types';

export const groupings = ['speaker', 'topic', 'status'] as const;
export type Grouping = (typeof groupings)[number];
export const defaultGrouping: Grouping = 'speaker';
/**
 * How many rows of a group a phone shows before "Show all" (about a screen); the rest are one tap away.
 * ledger.css hides rows from the (1 + ROWS_SHOWN_ON_PHONES + 1)th child of a group on, so keep them in step.
 */
export const ROWS_SHOWN_ON_PHONES = 2;

export const groupingLabels: Record<Grouping, string> = {
  speaker: 'who said it',
  topic: 'topic',
  status: 'status',
};

/**
 * A claim topic's label, from the story's own words: a key that is an actor's id is that actor's name
 * ("nato" → "NATO"), "<actor>-role" is "<name>’s role", and any other key is spelled out
 * ("unrest-cause" → "Unrest cause").
 */
function topicLabel(key: string, actors: Map<string, Actor>): string {
  const actor = actors.get(key);
  if (actor) return actor.name;
  const role = key.match(/^(.+)-role$/);
  const player = role && actors.get(role[1]);
  if (player) return `${player.name}’s role`;
  return capitalise(key.replace(/-/g, ' '));
}

interface LinkRef {
  label: string;
  href: string;
}

interface RowBase {
  /** The element id, also the fragment other pages link to. */
  id: string;
  /** Position in the ledger's reading order: the article's order, later reports after. */
  order: number;
  topic: string;
  status: Status;
  date?: string;
  events: LinkRef[];
  figures: LinkRef[];
}

interface ArticleRow extends RowBase {
  origin: 'article';
  kind: 'claim' | 'figure-report';
  speaker: LinkRef & { id: string };
  via?: LinkRef & { id: string };
  /** The reporter's words, verbatim. */
  quote: string;
  paragraph: LinkRef & { blockId: string };
  /** The site's one line: a claim's summary, or a figure's label and reported number. */
  summary: string;
  /** For figure reports: the number as worded and how precise it is. */
  value?: { text: string; precision: string };
  /** What it is about: a claim's topic, a figure's subject. */
  subject: string;
  statusNote: string;
}

interface ExternalRow extends RowBase {
  origin: 'external';
  kind: 'figure-report';
  /** Who gave the figure, as the outside source names them (not an actor of the article). */
  claimantName: string;
  dateQualifier: 'on' | 'before';
  value: { text: string; precision: string };
  /** The site's paraphrase of the outside report. */
  summary: string;
  subject: string;
  outlet: { name: string; title: string; url: string; publishedDate: string };
  /** Whether the outside report came out before the article or after it. */
  timing: OutsideTiming;
}

export type LedgerRow = ArticleRow | ExternalRow;

export interface LedgerGroup {
  key: string;
  label: string;
  /** The actor page for speaker groups. */
  href?: string;
}

export interface Ledger {
  rows: LedgerRow[];
  groups: Record<Grouping, LedgerGroup[]>;
}

/** The group key of a row: external reports have no speaker among the actors, so they group apart. */
const laterReportsGroup = 'later-reports';
export function groupKey(row: LedgerRow, grouping: Grouping): string {
  if (grouping === 'topic') return row.topic;
  if (grouping === 'status') return row.status;
  return row.origin === 'article' ? row.speaker.id : laterReportsGroup;
}

/** Rows of one group in reading order. */
export function rowsOf(ledger: Ledger, grouping: Grouping, key: string): LedgerRow[] {
  return ledger.rows.filter((row) => groupKey(row, grouping) === key);
}

export function buildLedger(story: Story): Ledger {
  const { slug } = story;
  const actors = new Map(story.actors.map((actor) => [actor.id, actor]));
  const blockOrder = new Map(story.blocks.map((block, index) => [block.id, index]));
  const actorRef = (id: string): LinkRef & { id: string } => {
    const actor = actors.get(id) as Actor;
    return { id, label: actor.name, href: routes.actor(slug, id) };
  };
  const eventRefs = (ids: string[]): LinkRef[] =>
    ids.map((id) => {
      const event = story.events.find((candidate) => candidate.id === id);
      return { label: event?.title ?? id, href: routes.event(slug, id) };
    });
  const figureRefs = (ids: string[]): LinkRef[] =>
    ids.map((id) => {
      const figure = story.figures.find((candidate) => candidate.id === id);
      return { label: figure?.label ?? id, href: routes.figure(slug, id) };
    });
  const paragraphRef = (blockId: string) => ({ blockId, label: 'The paragraph in the article', href: routes.paragraph(slug, blockId) });

  const claimRow = (claim: Claim): ArticleRow => ({
    id: anchors.claim(claim.id),
    order: 0,
    origin: 'article',
    kind: 'claim',
    speaker: actorRef(claim.speaker),
    via: claim.via ? actorRef(claim.via) : undefined,
    quote: claim.citation.articleText,
    paragraph: paragraphRef(claim.citation.blockId),
    summary: claim.summary,
    subject: topicLabel(claim.topic, actors),
    topic: claim.topic,
    status: claim.status,
    statusNote: claim.statusNote,
    date: claim.date,
    events: eventRefs(claim.events),
    figures: figureRefs(claim.figures),
  });

  const reportRow = (figure: Figure, report: FigureReport): LedgerRow => {
    const value = { text: report.value.text, precision: valueTypeLabel(report.value.type).toLowerCase() };
    const base = {
      id: anchors.claimFigureReport(figure.id, report.id),
      order: 0,
      kind: 'figure-report' as const,
      topic: figure.panel,
      status: report.confirmation,
      date: report.date,
      subject: figure.subject,
      value,
      figures: figureRefs([figure.id]),
    };
    if (report.origin === 'external') {
      return {
        ...base,
        origin: 'external',
        claimantName: report.claimantName,
        dateQualifier: report.dateQualifier,
        summary: report.summary,
        events: [],
        outlet: { name: report.outlet, title: report.title, url: report.url, publishedDate: report.publishedDate },
        timing: outsideTiming(report.publishedDate, story.meta.published),
      };
    }
    const events = story.events.filter((event) => event.figures.includes(figure.id)).map((event) => event.id);
    return {
      ...base,
      origin: 'article',
      speaker: actorRef(report.claimant),
      via: report.via ? actorRef(report.via) : undefined,
      quote: report.citation.articleText,
      paragraph: paragraphRef(report.citation.blockId),
      summary: `${figure.label}: ${report.value.text}`,
      statusNote: report.confirmationNote,
      events: eventRefs(events),
    };
  };

  const unordered: LedgerRow[] = [
    ...story.claims.map(claimRow),
    ...story.figures.flatMap((figure) => figure.reports.map((report) => reportRow(figure, report))),
  ];
  assertUniqueRowIds(unordered, slug);

  // Reading order: the article's paragraphs first (claims before figures within one), then later
  // reports by date. Array.prototype.sort is stable, so ties keep the data files' order.
  const position = (row: LedgerRow) =>
    row.origin === 'article' ? (blockOrder.get(row.paragraph.blockId) ?? 0) : Number.MAX_SAFE_INTEGER;
  const rows = [...unordered]
    .sort(
      (a, b) =>
        position(a) - position(b) ||
        (a.origin === 'external' && b.origin === 'external' ? (a.date ?? '').localeCompare(b.date ?? '') : 0),
    )
    .map((row, order) => ({ ...row, order }));

  return { rows, groups: groupsOf(rows, actors, slug) };
}

function assertUniqueRowIds(rows: LedgerRow[], slug: string): void {
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.id)) throw new Error(`Claims ledger of "${slug}": two rows would share the id "${row.id}"; rename the claim`);
    seen.add(row.id);
  }
}

function groupsOf(rows: LedgerRow[], actors: Map<string, Actor>, slug: string): Record<Grouping, LedgerGroup[]> {
  const present = (grouping: Grouping) => new Set(rows.map((row) => groupKey(row, grouping)));
  const byLabel = (a: LedgerGroup, b: LedgerGroup) => a.label.localeCompare(b.label, 'en');

  const speakers: LedgerGroup[] = [...present('speaker')]
    .filter((key) => key !== laterReportsGroup)
    .map((key) => ({ key, label: actors.get(key)?.name ?? key, href: routes.actor(slug, key) }))
    .sort(byLabel);
  const outside = outsideReportsNoun(rows.flatMap((row) => (row.origin === 'external' ? [row.timing] : [])));
  if (present('speaker').has(laterReportsGroup)) speakers.push({ key: laterReportsGroup, label: `${capitalise(outside.many)} from outside the article` });

  const topics = [...present('topic')].map((key) => ({ key, label: topicLabel(key, actors) })).sort(byLabel);
  const statuses = statusOrder.filter((key) => present('status').has(key)).map((key) => ({ key, label: statusLabel(key) }));
  return { speaker: speakers, topic: topics, status: statuses };
}
