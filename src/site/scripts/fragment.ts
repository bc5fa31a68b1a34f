/**
 * The id a URL's fragment names, or null when it names none or cannot be decoded (`#%E0%A4%A` throws in
 * decodeURIComponent): a hostile or mistyped link must never stop a page's scripts.
 */
export function fragmentId(hash: string = location.hash): string | null {
  if (hash.length < 2) return null;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
}
