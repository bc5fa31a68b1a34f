/**
 * Provenance: every datum quotes the article, and the build proves the quotation is there. An excerpt is
 * matched after straightening quote marks and collapsing whitespace; it must sit in exactly one of the
 * reporter's blocks, or name the block it means. Headings the site added are the site's words, never
 * searched, so a datum can never pass the site's own wording off as the article's.
 */
import { ContentError } from './content-error';
import { closestPassage, nearestIds } from './suggest';
import { normalizeText, occurrences } from './text';
import type { ArticleBlock } from './article/blocks';

export interface Citation {
  /** The excerpt as the data file writes it. */
  excerpt: string;
  /** The block (paragraph, caption or tweet) that holds it. */
  blockId: string;
  /** The same words as they stand in the article (with the article's own quote marks). */
  articleText: string;
}

export interface CitationSite {
  file: string;
  entry: string;
  field: string;
}

export function locateExcerpt(
  blocks: ArticleBlock[],
  excerpt: string,
  hint: string | undefined,
  site: CitationSite,
): Citation {
  const needle = normalizeText(excerpt);
  const fail = (problem: string, field = site.field) => {
    throw new ContentError(site.file, site.entry, field, problem);
  };
  const hintField = site.field.replace(/excerpt$/, 'excerptParagraph');
  const reporters = blocks.filter((block) => !block.bySite);
  if (hint && blocks.some((block) => block.id === hint && block.bySite)) fail(`excerptParagraph "${hint}" is a heading the site added, not the reporter's words`, hintField);
  const candidates = hint ? reporters.filter((block) => block.id === hint) : reporters;
  if (hint && candidates.length === 0) fail(`excerptParagraph "${hint}" is not a paragraph id of the article${paragraphIdsHint(hint, blocks)}`, hintField);
  const hits = candidates.flatMap((block) => {
    const haystack = normalizeText(block.text);
    return occurrences(haystack, needle).map((at) => ({ block, at }));
  });
  if (hits.length === 0) {
    const inSiteHeading = blocks.some((block) => block.bySite && occurrences(normalizeText(block.text), needle).length > 0);
    const closest = inSiteHeading ? undefined : closestPassage(reporters, excerpt);
    const suggestion = closest ? `; closest in the article, in ${closest.blockId}: "${closest.text}"` : '';
    fail(`excerpt not found in the article${hint ? ` paragraph "${hint}"` : ''}${inSiteHeading ? ' (only in a heading the site added, which is not the reporter’s text)' : ''}: "${excerpt}"${suggestion}`);
  }
  if (hits.length > 1) {
    const where = [...new Set(hits.map((hit) => hit.block.id))].join(', ');
    fail(`excerpt found ${hits.length} times (in ${where}); quote more words or add excerptParagraph: "${excerpt}"`);
  }
  const [{ block }] = hits;
  return { excerpt, blockId: block.id, articleText: recoverOriginal(block.text, needle) };
}

/** Finds the original spelling (curly quotes and all) of a normalised span inside a block's text. */
function recoverOriginal(text: string, normalisedNeedle: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  const at = normalizeText(collapsed).indexOf(normalisedNeedle);
  return collapsed.slice(at, at + normalisedNeedle.length);
}

/** For an id that is no paragraph of the article: the nearest ids, then every id of the reporter's blocks in order. */
export function paragraphIdsHint(id: string, blocks: readonly ArticleBlock[]): string {
  const ids = blocks.filter((block) => !block.bySite).map((block) => block.id);
  return `; nearest: ${nearestIds(id, ids).map((candidate) => `"${candidate}"`).join(', ')}; the article's paragraph ids: ${ids.join(', ')}`;
}
