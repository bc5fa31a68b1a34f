/** Text helpers: normalisation shared by provenance checks, mention finding and fidelity tests; quoting. */

const QUOTES: Record<string, string> = { '‘': "'", '’': "'", '‚': "'", '‛': "'", '“': '"', '”': '"', '„': '"', '‟': '"' };

/** Straightens quote marks and collapses whitespace, so that excerpts typed by hand still match. */
export function normalizeText(text: string): string {
  return text
    .replace(/[‘’‚‛“”„‟]/g, (mark) => QUOTES[mark] ?? mark)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every index at which `needle` occurs in `haystack` (both already normalised). */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Whether an excerpt holds double quotation marks of its own (the reporter quoting someone). */
export function holdsDoubleQuotes(text: string): boolean {
  return /[“”„‟"]/.test(text);
}

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
