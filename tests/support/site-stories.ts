/**
 * The stories the site under test was built from, as story models: read from the content roots the build
 * reads (CONTENT_ROOTS, EXTRA_CONTENT_ROOTS, else content/), so build tests check whatever stories a
 * newsroom keeps and name none of them.
 */
import { buildStory } from '../../src/story/build-story';
import { ContentErrors } from '../../src/story/content-error';
import { readStories } from '../../src/story/load/read-stories';
import { contentRoots } from '../../src/story/load/roots';
import type { Story } from '../../src/story/types';
import { projectRoot } from './build-site';

let stories: Story[] | undefined;

export function siteStories(): Story[] {
  if (!stories) {
    const read = readStories(projectRoot, contentRoots(projectRoot));
    if (read.errors.length) throw new ContentErrors(read.errors);
    stories = read.stories.map((input) => buildStory(input));
  }
  return stories;
}
