/**
 * Content-layer loaders: the content collections hold exactly what the build's content check reads
 * (src/story/load/read-stories.ts, with every schema and every check), so the pages and the check never
 * see different content. Articles are `articles/<slug>.md`; a story's data entries are `<slug>/<id>`.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig } from 'astro';
import type { Loader } from 'astro/loaders';
import { ContentErrors } from '../content-error';
import type { Sourced, StoryInput } from '../types';
import type { DataKind } from '../data-kinds';
import { readStories } from './read-stories';
import { contentRoots } from './roots';

/** Every file of the content roots with its size and modification time, one a line: what a read depends on. */
function contentFingerprint(projectRoot: string): string {
  const lines: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else lines.push(`${path} ${stat.size} ${stat.mtimeMs}`);
    }
  };
  for (const root of contentRoots(projectRoot)) {
    lines.push(`root ${root}`);
    if (existsSync(root)) walk(root);
  }
  // The site's own files are read whatever the roots (CONTENT_ROOTS may leave content/ out).
  for (const file of ['content/site.yaml', 'content/vocabulary.yaml'].map((name) => join(projectRoot, name))) {
    if (existsSync(file)) lines.push(`${file} ${statSync(file).size} ${statSync(file).mtimeMs}`);
  }
  return lines.join('\n');
}

let lastRead: { fingerprint: string; stories: StoryInput[] } | undefined;

/**
 * Every story of the project's content roots; any mistake stops the load with one line per mistake. Each
 * collection's loader asks for them (ten in a sync): they are read and checked once while no content file
 * changes, not once per collection (at 100 stories the ten reads took most of a build's content sync).
 */
function readChecked(config: AstroConfig): StoryInput[] {
  const projectRoot = fileURLToPath(config.root);
  const fingerprint = contentFingerprint(projectRoot);
  if (lastRead?.fingerprint !== fingerprint) {
    const { stories, errors } = readStories(projectRoot);
    if (errors.length) throw new ContentErrors(errors);
    lastRead = { fingerprint, stories };
  }
  return lastRead.stories;
}

export function articlesLoader(): Loader {
  return {
    name: 'articles-loader',
    async load({ config, store, parseData, generateDigest }) {
      store.clear();
      for (const { slug, article } of readChecked(config)) {
        const data = await parseData({ id: slug, data: article.data, filePath: article.filePath });
        store.set({ id: slug, data, body: article.body, filePath: article.filePath, digest: generateDigest({ ...article.data, body: article.body }) });
      }
    },
  };
}

/** Loads one kind of story data (`stories/<slug>/<kind's file>`) from every content root. */
export function storyDataLoader(kind: DataKind): Loader {
  return {
    name: `story-${kind}-loader`,
    async load({ config, store, parseData, generateDigest }) {
      store.clear();
      for (const story of readChecked(config)) {
        for (const [index, entry] of ((story[kind] ?? []) as Sourced<{ id: string }>[]).entries()) {
          const id = `${story.slug}/${entry.data.id}`;
          const data = await parseData({ id, data: entry.data as Record<string, unknown>, filePath: entry.filePath });
          // The entry's place in its file: the editor's order, which ties in dates and lists keep.
          store.set({ id, data: { ...data, story: story.slug, order: index }, filePath: entry.filePath, digest: generateDigest(entry.data as Record<string, unknown>) });
        }
      }
    },
  };
}
