/**
 * Reads every story from the content roots without Astro: the articles, each story's YAML data files,
 * validated by the same schemas as the content collections. It finds every mistake it can before any
 * page is built (file names that are not slugs, a slug in two roots, empty or unknown files, invalid
 * UTF-8, YAML errors, schema errors) and returns them all, one line each.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { ContentError, ContentFileError, contentMistakes } from '../content-error';
import type { Sourced, StoryInput } from '../types';
import { byDataKind, DATA_KINDS, dataKindOfFile, dataKinds } from '../data-kinds';
import { articleSchema } from '../schemas';
import { checkEntry } from './entry-issues';
import { parseYaml, splitFrontmatter } from './parse-files';
import { readContentText } from './read-text';
import { contentRoots } from './roots';

/** Read by the coverage test, not by the build: known, so not an unknown file. */
const OTHER_FILES = new Set(['coverage.yaml']);

/** A story's slug is its URL segment: lowercase letters, digits and single hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ContentRead {
  stories: StoryInput[];
  errors: Error[];
}

const list = (folder: string) => (existsSync(folder) ? readdirSync(folder).sort() : []);

/** Runs `read`, collecting its content mistakes instead of stopping at the first. */
function collecting<T>(errors: Error[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    errors.push(...contentMistakes(error));
    return undefined;
  }
}

/** One data file's entries, each validated; an empty file or a non-list is a mistake, not "no entries". */
function readDataFile<S extends z.ZodType>(absolute: string, file: string, kind: string, schema: S, errors: Error[]): Sourced<z.infer<S>>[] {
  const items = collecting(errors, () => parseYaml(readContentText(absolute, file), file));
  if (items === undefined) return [];
  if (items === null) {
    errors.push(new ContentFileError(file, `has no entries: write a YAML list of ${kind}, or delete the file`));
    return [];
  }
  if (!Array.isArray(items)) {
    errors.push(new ContentFileError(file, `expected a YAML list of ${kind}, one entry per item (- id: …)`));
    return [];
  }
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || !id) {
      errors.push(new ContentError(file, `#${index + 1}`, 'id', 'every entry needs an id'));
      return [];
    }
    if (seen.has(id)) {
      errors.push(new ContentError(file, id, 'id', 'duplicate id'));
      return [];
    }
    seen.add(id);
    const { value, errors: problems } = checkEntry(schema, item, file, id);
    errors.push(...problems);
    return value === undefined ? [] : [{ data: value, filePath: file }];
  });
}

interface Found {
  slug: string;
  file: string;
  absolute: string;
}

/** Articles and story folders of every root; a name that is not a slug, or a slug in two roots, is a mistake. */
function findAll(projectRoot: string, roots: string[], folder: 'articles' | 'stories', errors: Error[]): Map<string, Found> {
  const found = new Map<string, Found>();
  for (const root of roots) {
    for (const name of list(join(root, folder))) {
      const absolute = join(root, folder, name);
      const file = relative(projectRoot, absolute);
      const isArticle = folder === 'articles';
      if (isArticle !== statSync(absolute).isFile()) continue;
      if (isArticle && !name.endsWith('.md')) {
        errors.push(new ContentFileError(file, 'is not an article: articles are Markdown files named <slug>.md'));
        continue;
      }
      const slug = isArticle ? name.slice(0, -'.md'.length) : name;
      if (!SLUG.test(slug)) {
        errors.push(new ContentFileError(file, `"${slug}" is not a slug: name it in lowercase a-z, 0-9 and single hyphens (it becomes the story's URL)`));
        continue;
      }
      const earlier = found.get(slug);
      if (earlier) {
        errors.push(new ContentFileError(file, `the story "${slug}" is also in ${earlier.file}: a slug must be unique across content roots`));
        continue;
      }
      found.set(slug, { slug, file, absolute });
    }
  }
  return found;
}

function readArticle({ slug, file, absolute }: Found, errors: Error[]): StoryInput['article'] | undefined {
  return collecting(errors, () => {
    const { data, body, bodyLine } = splitFrontmatter(readContentText(absolute, file), file);
    const { value, errors: problems } = checkEntry(articleSchema, data, file, slug);
    errors.push(...problems);
    return value && { data: value, body, bodyLine, filePath: file };
  });
}

/**
 * Reads every story of `roots` (by default the project's, see roots.ts); file names in errors are relative
 * to `projectRoot`. `errors` lists every mistake found.
 */
export function readStories(projectRoot: string, roots = contentRoots(projectRoot)): ContentRead {
  const errors: Error[] = [];
  const articles = findAll(projectRoot, roots, 'articles', errors);
  const folders = findAll(projectRoot, roots, 'stories', errors);
  for (const [slug, folder] of folders) {
    if (!articles.has(slug)) errors.push(new ContentFileError(folder.file, `no article ${slug}.md in the articles folder of any content root for this story's data`));
  }
  const stories: StoryInput[] = [];
  for (const [slug, found] of articles) {
    const folder = folders.get(slug);
    if (!folder) {
      errors.push(new ContentError(found.file, slug, '(data)', `the story has no data: add its YAML files in stories/${slug}/ beside the articles folder`));
      continue;
    }
    const errorsBefore = errors.length;
    let dataFiles = 0;
    const input: StoryInput = { slug, article: undefined as never, ...byDataKind((): never[] => []) };
    for (const name of list(folder.absolute)) {
      const kind = dataKindOfFile(name);
      const file = join(folder.file, name);
      if (!kind) {
        if (!OTHER_FILES.has(name)) errors.push(new ContentFileError(file, `is not a data file of a story: expected one of ${dataKinds.map((known) => DATA_KINDS[known].file).join(', ')}`));
        continue;
      }
      dataFiles += 1;
      (input as unknown as Record<string, unknown>)[kind] = readDataFile(join(folder.absolute, name), file, name.replace(/\.yaml$/, ''), DATA_KINDS[kind].schema, errors);
    }
    if (dataFiles === 0) errors.push(new ContentError(found.file, slug, '(data)', `the story has no data: ${folder.file} holds no YAML data files`));
    const article = readArticle(found, errors);
    // A story with a mistake in its files is not built: its dropped entries would only be reported again
    // as unknown ids by every entry that refers to them.
    if (article && errors.length === errorsBefore) stories.push({ ...input, article });
  }
  return { stories, errors };
}
