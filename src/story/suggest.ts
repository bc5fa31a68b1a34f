/**
 * Suggestions for a content mistake, so an editor fixes it without opening another file: the ids nearest
 * to a mistyped one, and the article's passage nearest to a misquoted excerpt.
 */
import { distance } from 'fastest-levenshtein';
import { normalizeText } from './text';

/** Up to `count` of `known`, nearest to `id` first (edit distance, then alphabetical). */
export function nearestIds(id: string, known: Iterable<string>, count = 3): string[] {
  return [...new Set(known)]
    .map((candidate) => ({ candidate, far: distance(id, candidate) }))
    .sort((a, b) => a.far - b.far || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

/** `; nearest: "a", "b", "c"` for an unknown id, or nothing when no id is known. */
export function nearestIdsHint(id: string, known: Iterable<string>): string {
  const nearest = nearestIds(id, known);
  return nearest.length ? `; nearest: ${nearest.map((candidate) => `"${candidate}"`).join(', ')}` : '';
}

export interface Passage {
  /** The words, as normalised for matching. */
  text: string;
  blockId: string;
}

/** Each distinct word (case and punctuation aside) as one character, so edit distance counts whole words. */
function wordCoder(): (words: string[]) => string {
  const codes = new Map<string, string>();
  return (words) =>
    words
      .map((word) => {
        const key = word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') || word;
        if (!codes.has(key)) codes.set(key, String.fromCodePoint(0x4e00 + codes.size));
        return codes.get(key)!;
      })
      .join('');
}

/**
 * The run of words in `blocks` most like `excerpt`: every window of about as many words as the excerpt
 * (two fewer to two more), compared word by word (fewest words changed, added or left out; ties go to the
 * nearer spelling). Returns nothing when even the best changes more than half the excerpt's words, since
 * a far-off passage would send the editor the wrong way.
 */
export function closestPassage(blocks: readonly { id: string; text: string }[], excerpt: string): Passage | undefined {
  const code = wordCoder();
  const needleWords = normalizeText(excerpt).split(' ');
  const needle = code(needleWords);
  const needleText = needleWords.join(' ');
  let best: (Passage & { words: number; letters: number }) | undefined;
  for (const block of blocks) {
    const words = normalizeText(block.text).split(' ');
    for (let size = Math.max(1, needleWords.length - 2); size <= needleWords.length + 2; size += 1) {
      for (let start = 0; start <= Math.max(0, words.length - size); start += 1) {
        const window = words.slice(start, start + size);
        const wordEdits = distance(code(window), needle);
        if (best && wordEdits > best.words) continue;
        const text = window.join(' ');
        const letters = distance(text, needleText);
        if (!best || wordEdits < best.words || letters < best.letters) best = { text, blockId: block.id, words: wordEdits, letters };
      }
    }
  }
  return best && best.words <= needleWords.length / 2 ? { text: best.text, blockId: best.blockId } : undefined;
}
