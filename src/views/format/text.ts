/** How the site sets words it shows: excerpts in quotation marks, a phrase starting a sentence. */
import { holdsDoubleQuotes } from '../../story/text';

/**
 * An excerpt in quotation marks: double ones, or single ones when the excerpt holds double marks itself,
 * as a quote within a quote takes the other kind (never “““).
 */
export function quoted(text: string): string {
  return holdsDoubleQuotes(text) ? `‘${text}’` : `“${text}”`;
}

/** The first letter in capitals: "before 15 January" → "Before 15 January". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a, b and c". */
export function listInWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
