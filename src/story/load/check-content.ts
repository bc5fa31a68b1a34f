/**
 * The content check the build runs before Astro writes anything, and `npm run check` without building:
 * reads every story (read-stories.ts), builds each story's model (every excerpt proven, every reference
 * resolved), and checks the ids once published. Returns every mistake, one line each, at its file, line
 * and column, in reading order, and the warnings of what was dropped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, contentMistakes, sortMistakes, type ContentMistake } from '../content-error';
import { buildStory } from '../build-story';
import { missingPublishedIds, PUBLISHED_IDS_FILE } from '../published-ids';
import type { Story } from '../types';
import { unusedAliasWarnings } from '../unused-aliases';
import { readStories } from './read-stories';
import { contentRoots } from './roots';

export interface ContentCheck {
  stories: Story[];
  errors: ContentMistake[];
  warnings: string[];
}

/** The ids each story has published, by slug (none when the record does not exist yet). */
function publishedIds(projectRoot: string): Record<string, string[]> {
  const file = join(projectRoot, PUBLISHED_IDS_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>) : {};
}

export interface CheckOptions {
  /** The content roots to read; by default the project's (content/ and EXTRA_CONTENT_ROOTS). */
  roots?: string[];
  /** The ids each story has published; by default those recorded in PUBLISHED_IDS_FILE. */
  published?: Record<string, string[]>;
  /** Only this story (a slug); by default every story. */
  only?: string;
}

/** Checks all content of the project's roots (or one story of them). */
export function checkContent(
  projectRoot: string,
  { roots = contentRoots(projectRoot), published = publishedIds(projectRoot), only }: CheckOptions = {},
): ContentCheck {
  const { stories: inputs, errors, unread, positions } = readStories(projectRoot, roots, only);
  const stories: Story[] = [];
  const warnings: ContentMistake[] = [];
  for (const input of inputs) {
    try {
      const story = buildStory(input, unread.get(input.slug));
      errors.push(...missingPublishedIds(story, published[story.slug] ?? []));
      warnings.push(...unusedAliasWarnings(story, input.actors[0]?.filePath ?? ''));
      stories.push(story);
    } catch (error) {
      errors.push(...contentMistakes(error));
    }
  }
  // An entry's mistake is found by its id and field; its line is where the file writes that field.
  const place = (mistakes: ContentMistake[]) =>
    sortMistakes(mistakes.map((error) => (error instanceof ContentError && !error.position ? error.at(positions.get(error.file)?.(error.entry, error.field)) : error)));
  return { stories, errors: place(errors), warnings: place(warnings).map((warning) => warning.message) };
}
