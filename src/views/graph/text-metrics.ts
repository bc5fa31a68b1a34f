/**
 * Text widths without a browser: the layout runs at build time, so it estimates a label's width from
 * its characters (average advance widths of common sans-serif faces, in ems). It errs wide, so labels
 * that the layout keeps apart stay apart in any of the fallback fonts.
 */
const NARROW = new Set([...'iIjlt.,:;’\'!|()[]f']);
const WIDE = new Set([...'mwMW@%']);

/** Width in ems of one character. */
function advance(char: string): number {
  if (char === ' ') return 0.32;
  if (NARROW.has(char)) return 0.34;
  if (WIDE.has(char)) return 0.92;
  if (/\p{Lu}|\d/u.test(char)) return 0.72;
  return 0.61;
}

/** Estimated width in px of `text` set at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += advance(char);
  return ems * fontSize;
}
