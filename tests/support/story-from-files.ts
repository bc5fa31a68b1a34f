/**
 * Builds a story model straight from its files with the build's own content reader (the schemas, the
 * parsers and every check of src/story/load/read-stories.ts), so tests can check the model without Astro.
 */
import { buildStory } from '../../src/story/build-story';
import type { Story, StoryInput } from '../../src/story/types';
import { readStories } from '../../src/story/load/read-stories';
import { ContentErrors } from '../../src/story/content-error';
import { projectRoot } from './build-site';

export function storyInputFromFiles(root: string, slug: string): StoryInput {
  const { stories, errors } = readStories(projectRoot, [root]);
  if (errors.length) throw new ContentErrors(errors);
  const input = stories.find((story) => story.slug === slug);
  if (!input) throw new Error(`No story "${slug}" in ${root}`);
  return input;
}

export function storyFromFiles(root: string, slug: string): Story {
  return buildStory(storyInputFromFiles(root, slug));
}
