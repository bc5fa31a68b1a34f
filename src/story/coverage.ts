/**
 * Coverage of the article by the data: every number about people or troops should be a figure, every
 * named person, state or organisation an actor, every dated occurrence an event. This lists the
 * article's numerals and capitalised names that no datum accounts for, so a test can demand that each
 * is modelled or explicitly ignored with a reason.
 */
import { normalizeText } from './text';

import type { Story } from './types';

export interface Term {
  kind: 'number' | 'name';
  text: string;
  blockId: string;
}

const NUMBER = /\d[\d,./]*\d|\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|thousands)\b/gi;
// Initialisms ("U.S.") and runs of capitalised words, with "of" allowed inside ("Prosecutor of the …").
const NAME = /(?:\b[A-Z]\.){2,}|\b[A-Z][\p{L}’'-]*(?:\s+(?:of\s+)?[A-Z][\p{L}’'-]*)*/gu;

/** Whether the text before a match ends a sentence (or is the start of the block, or an opening quote). */
const opensSentence = (before: string) => /(?:^|[.!?:]["”’]?\s+|^["“‘]|\s["“‘])$/.test(before);

export function articleTerms(story: Story): Term[] {
  const blocks = story.blocks.filter((block) => block.kind !== 'heading');
  const found = blocks.flatMap((block) =>
    [...block.text.matchAll(NAME)].map((match) => ({
      block,
      name: match[0].replace(/^The /, '').replace(/’s$/, ''),
      single: !/\s/.test(match[0]),
      atStart: opensSentence(block.text.slice(0, match.index)),
    })),
  );
  // A lone capitalised word that only ever opens a sentence ("Smoke rose…", "Most of…") is an ordinary word;
  // one the article also capitalises mid-sentence is a name.
  const midSentence = new Set(found.filter((term) => !term.atStart).map((term) => term.name));
  const terms: Term[] = [];
  for (const block of blocks) {
    for (const match of block.text.matchAll(NUMBER)) terms.push({ kind: 'number', text: match[0], blockId: block.id });
    for (const term of found.filter((candidate) => candidate.block === block)) {
      if (term.single && term.atStart && !midSentence.has(term.name)) continue;
      terms.push({ kind: 'name', text: term.name, blockId: block.id });
    }
  }
  return terms;
}

/** The texts that data entries account for: excerpts, figures as worded, actor names, places, mentions. */
function accountedTexts(story: Story): string[] {
  return [
    ...story.figures.flatMap((figure) =>
      figure.reports.flatMap((report) => (report.origin === 'article' ? [report.citation.excerpt, report.value.text] : [])),
    ),
    ...story.events.flatMap((event) => [event.citation.excerpt, event.date.phrase, event.place ?? '']),
    ...story.actors.flatMap((actor) => [actor.name, ...actor.aliases]),
    ...story.mentions.map((mention) => mention.text),
  ]
    .filter(Boolean)
    .map(normalizeText);
}

export function uncoveredTerms(story: Story, ignored: string[]): Term[] {
  const accounted = accountedTexts(story);
  const ignore = new Set(ignored.map(normalizeText));
  return articleTerms(story).filter((term) => {
    const text = normalizeText(term.text);
    if (ignore.has(text)) return false;
    return !accounted.some((covered) => covered.includes(text));
  });
}
