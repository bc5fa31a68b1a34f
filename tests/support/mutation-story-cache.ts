/**
 * For mutation runs only (vitest.mutation.config.ts puts this module in place of story-from-files.ts):
 * a story that a test file builds while Vitest collects it, outside any test, is read from a cache after
 * the first time. Stryker turns a mutant on only once the tests start, so what the collection builds is
 * the same in every run; building it again for each mutant was most of a run's time. A story built inside
 * a test is built afresh, with the mutant on, as in a normal run.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { expect } from 'vitest';
import type { Story, StoryInput } from '../../src/story/types';
import { projectRoot } from './build-site';
import * as fresh from './story-from-files';

const dir = join(projectRoot, 'tmp', 'mutation-story-cache');

function cached<T>(kind: string, root: string, slug: string, build: () => T): T {
  if (expect.getState().currentTestName !== undefined) return build();
  const file = join(dir, `${kind}-${createHash('sha1').update(`${root}\0${slug}`).digest('hex')}.v8`);
  if (existsSync(file)) return deserialize(readFileSync(file)) as T;
  const value = build();
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${file}.${process.pid}`, serialize(value));
  renameSync(`${file}.${process.pid}`, file);
  return value;
}

export function storyInputFromFiles(root: string, slug: string): StoryInput {
  return cached('input', root, slug, () => fresh.storyInputFromFiles(root, slug));
}

export function storyFromFiles(root: string, slug: string): Story {
  return cached('story', root, slug, () => fresh.storyFromFiles(root, slug));
}
