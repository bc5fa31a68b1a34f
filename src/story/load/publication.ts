/**
 * A story's publication date, read from its article's frontmatter alone (not the whole content check),
 * for the tools that count an event's date from it (`npm run date`).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { articleSchema } from '../schemas';
import { splitFrontmatter } from './parse-files';
import { readContentText } from './read-text';

export interface Publication {
  /** The article's file, relative to the project. */
  file: string;
  published: string;
  publishedPrecision: 'day' | 'week' | 'month';
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The two fields of the frontmatter a date is counted from; the rest is the content check's business. */
const publicationSchema = z.object({ published: articleSchema.shape.published, publishedPrecision: articleSchema.shape.publishedPrecision });

/** The publication date of the article `slug` in the first of `roots` that has it; an Error saying why not. */
export function readPublication(projectRoot: string, roots: string[], slug: string): Publication {
  const where = roots.map((root) => relative(projectRoot, join(root, 'articles')) || '.').join(', ');
  if (!SLUG.test(slug)) throw new Error(`"${slug}" is not a story's slug: a slug is lowercase letters, digits and single hyphens, as in the name of its article in ${where}.`);
  const root = roots.find((candidate) => existsSync(join(candidate, 'articles', `${slug}.md`)));
  if (!root) {
    const known = roots.flatMap((candidate) => (existsSync(join(candidate, 'articles')) ? readdirSync(join(candidate, 'articles')) : [])).filter((name) => name.endsWith('.md'));
    const listed = known.length ? `The stories there: ${known.map((name) => name.replace(/\.md$/, '')).sort().join(', ')}.` : 'There are no articles there.';
    throw new Error(`No story "${slug}": there is no ${slug}.md in ${where}. ${listed}`);
  }
  const absolute = join(root, 'articles', `${slug}.md`);
  const file = relative(projectRoot, absolute);
  const { data } = splitFrontmatter(readContentText(absolute, file), file);
  const parsed = publicationSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'the frontmatter'} ${issue.message}`).join('; ');
    throw new Error(`${file}: dates are counted from the frontmatter's published (YYYY-MM-DD) and publishedPrecision (day, week or month): ${problems}.`);
  }
  return { file, ...parsed.data };
}
