/** The one slug function for every id and URL of the site (headings, paragraphs, actors, share pages). */
import { slug as githubSlug } from 'github-slugger';

/** GitHub-style slug: lowercase words joined by hyphens, punctuation dropped. */
export function slugify(text: string): string {
  return githubSlug(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Slug of the first `count` words of a text: short, readable, and independent of the block's position. */
export function leadingWordsSlug(text: string, count = 5): string {
  const words = text.split(/\s+/).map(slugify).filter(Boolean);
  return words.slice(0, count).join('-');
}
