/**
 * Finds where the article mentions each actor, by the names and aliases the data gives ("the Kremlin",
 * "The Kazakh leader"). Matching is case-sensitive and whole-word; where aliases overlap the longest wins
 * ("Russia’s Foreign Ministry" is the ministry, not Russia; "Carnegie Moscow Center" is not Moscow); an
 * alias in lower case also matches with a capital first letter, as at the start of a sentence.
 * Not mentions: the dateline that opens the report ("Moscow — …") and hyphenated compounds
 * ("Moscow-led", "anti-government").
 */
import type { ArticleBlock } from './article/blocks';
import type { Actor, Mention } from './types';

interface MentionSource {
  blocks: ArticleBlock[];
  actors: Pick<Actor, 'id' | 'name' | 'aliases'>[];
  meta: { dateline?: string };
}

const WORD_OR_HYPHEN = /[\p{L}\p{N}_-]/u;
const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** "the Kremlin" also matches "The Kremlin" opening a sentence or a quotation. */
function withSentenceCase(term: string): string[] {
  const capitalised = term.charAt(0).toUpperCase() + term.slice(1);
  return capitalised === term ? [term] : [term, capitalised];
}

function isWholeWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return !(before && WORD_OR_HYPHEN.test(before)) && !(after && WORD_OR_HYPHEN.test(after));
}

function sentenceAround(text: string, start: number): string {
  for (const { segment, index } of sentenceSegmenter.segment(text)) {
    if (start >= index && start < index + segment.length) return segment.trim();
  }
  return text;
}

/** Length of the dateline ("Moscow — ") that opens the first paragraph, or 0. */
function datelineLength(block: ArticleBlock, isFirstParagraph: boolean, dateline?: string): number {
  if (!isFirstParagraph || !dateline) return 0;
  const match = new RegExp(`^${dateline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[—–-]\\s*`).exec(block.text);
  return match ? match[0].length : 0;
}

export function findMentions({ blocks, actors, meta }: MentionSource): Mention[] {
  const terms = actors
    .flatMap((actor) => [...new Set([actor.name, ...actor.aliases].flatMap(withSentenceCase))].map((term) => ({ actorId: actor.id, term })))
    .sort((a, b) => b.term.length - a.term.length);
  const firstParagraph = blocks.find((block) => block.kind === 'paragraph');
  const mentions: Mention[] = [];

  for (const block of blocks) {
    if (block.kind === 'heading') continue;
    const text = block.text;
    const taken: [number, number][] = [[0, datelineLength(block, block === firstParagraph, meta.dateline)]];
    const overlaps = (start: number, end: number) => taken.some(([from, to]) => start < to && end > from);
    for (const { actorId, term } of terms) {
      for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
        const end = at + term.length;
        if (!isWholeWord(text, at, end) || overlaps(at, end)) continue;
        taken.push([at, end]);
        mentions.push({ actorId, blockId: block.id, section: block.section, text: term, start: at, end, sentence: sentenceAround(text, at) });
      }
    }
  }
  const order = new Map(blocks.map((block, index) => [block.id, index]));
  return mentions.sort((a, b) => order.get(a.blockId)! - order.get(b.blockId)! || a.start - b.start);
}
