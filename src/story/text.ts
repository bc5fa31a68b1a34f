/** Text helpers: normalisation shared by provenance checks, mention finding and fidelity tests. */

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
