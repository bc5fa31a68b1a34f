/**
 * Reads every story from the content roots without Astro: the articles, each story's YAML data files,
 * validated by the same schemas as the content collections. It finds every mistake it can before any
 * page is built (file names that are not slugs, a slug in two roots, empty or unknown files, invalid
 * UTF-8, YAML errors, schema errors) and returns them all, one line each, with where each file's entries
 * stand so later checks can report a line too. A story whose article can be read is returned even when
 * some of its entries cannot, with those entries named, so its other entries are still checked.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { ContentError, ContentFileError, contentMistakes, type ContentMistake } from '../content-error';
import type { Sourced, StoryInput, Unread } from '../types';
import { byDataKind, DATA_KINDS, dataKindOfFile, dataKinds, type DataKind } from '../data-kinds';
import { articleSchema } from '../schemas';
import { checkEntry } from './entry-issues';
import { parseYamlWithPositions, splitFrontmatter, type Locate } from './parse-files';
import { readContentText } from './read-text';
import { contentRoots } from './roots';

/** Read by the coverage test, not by the build: known, so not an unknown file. */
const OTHER_FILES = new Set(['coverage.yaml']);

/** A story's slug is its URL segment: lowercase letters, digits and single hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface Missing {
  ids: Set<string>;
  kinds: Set<DataKind>;
}

export interface ContentRead {
  /** Every story whose article could be read. */
  stories: StoryInput[];
  errors: ContentMistake[];
  /** By slug: what of the story could not be read (empty sets when all of it was). */
  unread: Map<string, Unread>;
  /** By file (as errors name it): where its entries' fields are written. */
  positions: Map<string, Locate>;
}

interface Reading {
  errors: ContentMistake[];
  positions: Map<string, Locate>;
}

const list = (folder: string) => (existsSync(folder) ? readdirSync(folder).sort() : []);

/** Runs `read`, collecting its content mistakes instead of stopping at the first. */
function collecting<T>(errors: ContentMistake[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    errors.push(...contentMistakes(error));
    return undefined;
  }
}

/** One data file's entries, each validated; an empty file or a non-list is a mistake, not "no entries". */
function readDataFile<S extends z.ZodType>(absolute: string, file: string, kind: DataKind, { errors, positions }: Reading, unread: Missing): Sourced<z.infer<S>>[] {
  const what = DATA_KINDS[kind].file.replace(/\.yaml$/, '');
  const parsed = collecting(errors, () => parseYamlWithPositions(readContentText(absolute, file), file));
  if (!parsed) {
    unread.kinds.add(kind);
    return [];
  }
  positions.set(file, parsed.locate);
  const items = parsed.data;
  const fileMistake = (problem: string) => {
    errors.push(new ContentFileError(file, problem));
    unread.kinds.add(kind);
    return [];
  };
  if (items === null) return fileMistake(`has no entries: write a YAML list of ${what}, or delete the file`);
  if (!Array.isArray(items)) return fileMistake(`expected a YAML list of ${what}, one entry per item (- id: …)`);
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
    const { value, errors: problems } = checkEntry(DATA_KINDS[kind].schema as unknown as S, item, file, id);
    errors.push(...problems);
    if (value === undefined) unread.ids.add(id);
    return value === undefined ? [] : [{ data: value, filePath: file }];
  });
}

interface Found {
  slug: string;
  file: string;
  absolute: string;
}

/** Articles and story folders of every root; a name that is not a slug, or a slug in two roots, is a mistake. */
function findAll(projectRoot: string, roots: string[], folder: 'articles' | 'stories', errors: ContentMistake[]): Map<string, Found> {
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

function readArticle({ slug, file, absolute }: Found, { errors, positions }: Reading): StoryInput['article'] | undefined {
  return collecting(errors, () => {
    const { data, locate, body, bodyLine } = splitFrontmatter(readContentText(absolute, file), file);
    positions.set(file, locate);
    const { value, errors: problems } = checkEntry(articleSchema, data, file, slug);
    errors.push(...problems);
    return value && { data: value, body, bodyLine, filePath: file };
  });
}

/**
 * Reads every story of `roots` (by default the project's, see roots.ts), or only the story `only`; file
 * names in errors are relative to `projectRoot`. `errors` lists every mistake found.
 */
export function readStories(projectRoot: string, roots = contentRoots(projectRoot), only?: string): ContentRead {
  const reading: Reading = { errors: [], positions: new Map() };
  const { errors } = reading;
  const articles = findAll(projectRoot, roots, 'articles', errors);
  const folders = findAll(projectRoot, roots, 'stories', errors);
  if (only !== undefined && !articles.has(only)) {
    errors.push(new ContentFileError(only, `is not a story: the stories are ${[...articles.keys()].join(', ') || '(none)'}`));
  }
  for (const [slug, folder] of folders) {
    if (!articles.has(slug)) errors.push(new ContentFileError(folder.file, `no article ${slug}.md in the articles folder of any content root for this story's data`));
  }
  const stories: StoryInput[] = [];
  const unread = new Map<string, Unread>();
  for (const [slug, found] of articles) {
    if (only !== undefined && slug !== only) continue;
    const folder = folders.get(slug);
    if (!folder) {
      errors.push(new ContentError(found.file, slug, '(data)', `the story has no data: add its YAML files in stories/${slug}/ beside the articles folder`));
      continue;
    }
    const missing: Missing = { ids: new Set(), kinds: new Set() };
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
      (input as unknown as Record<string, unknown>)[kind] = readDataFile(join(folder.absolute, name), file, kind, reading, missing);
    }
    if (dataFiles === 0) errors.push(new ContentError(found.file, slug, '(data)', `the story has no data: ${folder.file} holds no YAML data files`));
    const article = readArticle(found, reading);
    if (!article) continue;
    stories.push({ ...input, article });
    unread.set(slug, missing);
  }
  return { stories, errors, unread, positions: reading.positions };
}
