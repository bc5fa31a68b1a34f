/**
 * Content-layer loaders. Articles are `articles/<slug>.md`; a story's data are YAML lists in
 * `stories/<slug>/<kind>.yaml`. Every entry is validated by its collection's zod schema with the file it
 * came from, so a mistake is reported with the file, the entry and the field.
 */
import { readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { ContentErrors, ContentFileError } from '../lib/content-error';
import { checkEntry } from './entry-issues';
import { readContentText } from './read-text';
import { contentRoots } from './roots';

async function listDirectory(path: string): Promise<string[]> {
  return existsSync(path) ? (await readdir(path)).sort() : [];
}

/** Parses YAML, turning a syntax error into one line with the file and position (a tab used to indent named as such). */
export function parseYaml(text: string, file: string, lineOffset = 0): unknown {
  const document = parseDocument(text, { prettyErrors: true });
  const [error] = document.errors;
  if (error) {
    const tabLine = text.split('\n').findIndex((line) => /^ *\t/.test(line));
    if (tabLine >= 0) throw new ContentFileError(file, 'YAML syntax error: a tab indents this line; YAML indents with spaces only', lineOffset + tabLine + 1);
    const where = error.linePos?.[0];
    throw new ContentFileError(file, `YAML syntax error: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, where && lineOffset + where.line, where?.col);
  }
  return document.toJS();
}

/** Splits a Markdown file into its YAML frontmatter and body (a byte-order mark before it is ignored). */
export function splitFrontmatter(text: string, file: string): { data: unknown; body: string; bodyLine: number } {
  const source = text.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) throw new ContentFileError(file, 'the article needs YAML frontmatter between --- lines at its very start', 1);
  // The line of the file the body starts on, so a mistake in the body is reported at the file's line.
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  return { data: parseYaml(match[1], file, 1), body: source.slice(match[0].length), bodyLine };
}

/**
 * Validates one entry before Astro stores it, so that every mistake is reported in one line with the
 * file, the entry and the field (Astro's own report spreads these over several lines).
 */
export function validateEntry(schema: z.ZodType, data: unknown, file: string, entry: string): void {
  if (!schema) throw new Error(`The loader for ${file} was created without its collection's schema (pass it as an argument)`);
  const { errors } = checkEntry(schema, data, file, entry);
  if (errors.length) throw new ContentErrors(errors);
}

export function articlesLoader(schema: z.ZodType): Loader {
  return {
    name: 'articles-loader',
    async load({ config, store, parseData, generateDigest }) {
      const projectRoot = fileURLToPath(config.root);
      store.clear();
      for (const root of contentRoots(projectRoot)) {
        const folder = join(root, 'articles');
        for (const name of await listDirectory(folder)) {
          if (!name.endsWith('.md')) continue;
          const filePath = relative(projectRoot, join(folder, name));
          const text = readContentText(join(folder, name), filePath);
          const { data, body } = splitFrontmatter(text, filePath);
          const id = name.replace(/\.md$/, '');
          validateEntry(schema, data, filePath, id);
          const parsed = await parseData({ id, data: data as Record<string, unknown>, filePath });
          store.set({ id, data: parsed, body, filePath, digest: generateDigest(text) });
        }
      }
    },
  };
}

/** Loads `stories/<story>/<kind>.yaml` from every content root; entry ids are `<story>/<id>`. */
export function storyDataLoader(kind: string, schema: z.ZodType): Loader {
  return {
    name: `story-${kind}-loader`,
    async load({ config, store, parseData, generateDigest }) {
      const projectRoot = fileURLToPath(config.root);
      store.clear();
      for (const root of contentRoots(projectRoot)) {
        const storiesFolder = join(root, 'stories');
        for (const story of await listDirectory(storiesFolder)) {
          const absolute = join(storiesFolder, story, `${kind}.yaml`);
          if (!existsSync(absolute)) continue;
          const filePath = relative(projectRoot, absolute);
          const items = parseYaml(readContentText(absolute, filePath), filePath) ?? [];
          if (!Array.isArray(items)) throw new Error(`${filePath}: expected a YAML list of ${kind}, one entry per item`);
          const seen = new Set<string>();
          for (const [index, item] of items.entries()) {
            const localId = (item as { id?: unknown })?.id;
            if (typeof localId !== 'string' || !localId) {
              throw new Error(`${filePath}: entry #${index + 1}, field "id": every entry needs an id`);
            }
            if (seen.has(localId)) throw new Error(`${filePath}: entry "${localId}", field "id": duplicate id`);
            seen.add(localId);
            validateEntry(schema, item, filePath, localId);
            const id = `${story}/${localId}`;
            const data = await parseData({ id, data: item as Record<string, unknown>, filePath });
            // The entry's place in its file: the editor's order, which ties in dates and lists keep.
            store.set({ id, data: { ...data, story, order: index }, filePath, digest: generateDigest(item as Record<string, unknown>) });
          }
        }
      }
    },
  };
}
