/**
 * The fixture stories as story models, each read once per test file and only when a test first asks for
 * it (inside the test, so mutation testing counts the reading as that test's). A test that changes a story
 * changes a copy (`structuredClone`).
 */
import { resolve } from 'node:path';
import type { Story } from '../../src/story/types';
import { projectRoot } from './build-site';
import { storyFromFiles } from './story-from-files';

const cache = new Map<string, Story>();

function lazyStory(root: string, slug: string): () => Story {
  return () => {
    const key = `${root}#${slug}`;
    if (!cache.has(key)) cache.set(key, storyFromFiles(resolve(projectRoot, root), slug));
    return cache.get(key)!;
  };
}

/**
 * The news report the site launched with (Kazakhstan, January 2022), frozen as a fixture under its own
 * slug: the largest story a test reads, with troops, casualties, a map and later reports. Tests read this
 * copy, never content/, so a newsroom can edit or replace the site's stories without breaking one.
 */
export const REPORT = { root: 'tests/fixtures/report', slug: 'report-fixture-story' } as const;
/** An invented border clash: six actors, external reports published before and after the article. */
export const borderStory = lazyStory('tests/fixtures/border', 'border-fixture-story');
/** The smallest story the site builds. */
export const miniStory = lazyStory('tests/fixtures/mini', 'mini-fixture-story');
