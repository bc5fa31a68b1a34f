/**
 * What the actors pages show, as plain data from the story model: actors grouped by kind, and for one
 * actor its affiliations, mentions, claims, figures, events and relations. Pure (no DOM, no I/O), so the
 * pages stay glue and the build tests can check the same numbers.
 */

import type { Actor, ArticleReport, Claim, ExternalReport, Figure, Mention, Relation, Story, StoryEvent } from '../../story/types';
import { kindGroups, type KindGroup } from '../graph/vocabulary';

export interface ActorGroup {
  group: KindGroup;
  actors: Actor[];
}

/**
 * The index's groups in reading order, empty groups left out. Within a group the most often named come
 * first (Tokayev before Biden), then by name.
 */
export function actorGroups(actors: Actor[], mentions: Mention[] = []): ActorGroup[] {
  const count = (id: string) => mentions.filter((mention) => mention.actorId === id).length;
  const order = (a: Actor, b: Actor) => count(b.id) - count(a.id) || a.name.localeCompare(b.name, 'en');
  return kindGroups
    .map((group) => ({ group, actors: actors.filter((actor) => group.kinds.includes(actor.kind)).sort(order) }))
    .filter(({ actors: members }) => members.length > 0);
}

/** A sentence of the article with the actor's mentions in it marked. */
export interface MentionSentence {
  blockId: string;
  blockKind: string;
  section: string | null;
  /** The sentence cut into plain runs and mentions, in order. */
  parts: { text: string; mention: boolean }[];
  mentions: Mention[];
}

/** Where `sentence` starts in `text`: the occurrence that holds offset `at`. */
function sentenceStart(text: string, sentence: string, at: number): number {
  for (let index = text.indexOf(sentence); index !== -1; index = text.indexOf(sentence, index + 1)) {
    if (at >= index && at < index + sentence.length) return index;
  }
  return -1;
}

/** Groups mentions by the sentence they stand in, marking each mention inside its sentence. */
function mentionSentences(story: Pick<Story, 'blocks'>, mentions: Mention[]): MentionSentence[] {
  const blocks = new Map(story.blocks.map((block) => [block.id, block]));
  const sentences: MentionSentence[] = [];
  for (const mention of mentions) {
    const block = blocks.get(mention.blockId)!;
    const last = sentences.at(-1);
    if (last && last.blockId === mention.blockId && last.mentions[0].sentence === mention.sentence) last.mentions.push(mention);
    else sentences.push({ blockId: block.id, blockKind: block.kind, section: mention.section, parts: [], mentions: [mention] });
  }
  for (const entry of sentences) {
    const text = blocks.get(entry.blockId)!.text;
    const { sentence } = entry.mentions[0];
    const offset = sentenceStart(text, sentence, entry.mentions[0].start);
    let cursor = 0;
    for (const mention of entry.mentions) {
      const from = offset === -1 ? sentence.indexOf(mention.text, cursor) : mention.start - offset;
      if (from < cursor || from === -1) continue;
      if (from > cursor) entry.parts.push({ text: sentence.slice(cursor, from), mention: false });
      entry.parts.push({ text: sentence.slice(from, from + mention.text.length), mention: true });
      cursor = from + mention.text.length;
    }
    if (cursor < sentence.length) entry.parts.push({ text: sentence.slice(cursor), mention: false });
  }
  return sentences;
}

export interface ReportOf {
  figure: Figure;
  report: ArticleReport;
  /** How the actor stands to the number. */
  as: 'claimant' | 'via';
  /** Outside reports of the same figure, for comparison. */
  later: ExternalReport[];
}

interface RelationOf {
  relation: Relation;
  /** The actor at the other end. */
  other: Actor;
  direction: 'out' | 'in';
}

export interface ActorProfile {
  actor: Actor;
  /** Actors this one belongs to, and actors that belong to it. */
  memberOf: Actor[];
  members: Actor[];
  mentions: Mention[];
  sentences: MentionSentence[];
  said: Claim[];
  carried: Claim[];
  reports: ReportOf[];
  events: StoryEvent[];
  relations: RelationOf[];
}

export function actorProfile(story: Story, actorId: string): ActorProfile {
  const byId = new Map(story.actors.map((actor) => [actor.id, actor]));
  const actor = byId.get(actorId);
  if (!actor) throw new Error(`No actor "${actorId}" in story "${story.slug}"`);
  const own = story.mentions.filter((mention) => mention.actorId === actorId);
  return {
    actor,
    memberOf: actor.affiliations.map((id) => byId.get(id)!),
    members: story.actors.filter((other) => other.affiliations.includes(actorId)),
    mentions: own,
    sentences: mentionSentences(story, own),
    said: story.claims.filter((claim) => claim.speaker === actorId),
    carried: story.claims.filter((claim) => claim.via === actorId && claim.speaker !== actorId),
    reports: story.figures.flatMap((figure) =>
      figure.reports
        .filter((report): report is ArticleReport => report.origin === 'article' && (report.claimant === actorId || report.via === actorId))
        .map((report) => ({
          figure,
          report,
          as: report.claimant === actorId ? ('claimant' as const) : ('via' as const),
          later: figure.reports.filter((other): other is ExternalReport => other.origin === 'external'),
        })),
    ),
    events: story.events.filter((event) => event.actors.includes(actorId)),
    relations: story.relations
      .filter((relation) => relation.from === actorId || relation.to === actorId)
      .map((relation) => ({
        relation,
        direction: relation.from === actorId ? ('out' as const) : ('in' as const),
        other: byId.get(relation.from === actorId ? relation.to : relation.from)!,
      })),
  };
}

/** A page title of at most `max` characters: as many of `parts`, joined by dashes, as fit (the first always). */
export function pageTitle(parts: string[], max = 70): string {
  let title = parts[0];
  for (const part of parts.slice(1)) {
    if (`${title} — ${part}`.length > max) break;
    title = `${title} — ${part}`;
  }
  return title;
}
