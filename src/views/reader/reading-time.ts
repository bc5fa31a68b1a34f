/** Minutes to read a text at an adult's average silent-reading speed (about 230 words a minute). */
export function readingMinutes(text: string, wordsPerMinute = 230): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
