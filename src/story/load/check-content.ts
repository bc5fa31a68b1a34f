/**
 * The content check the build runs before Astro writes anything: reads every story (read-stories.ts),
 * builds each story's model (every excerpt proven, every reference resolved), and checks the ids once
 * published. Returns every mistake, one line each, and the warnings of what was dropped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentMistakes } from '../content-error';
import { buildStory } from '../build-story';
import { missingPublishedIds, PUBLISHED_IDS_FILE } from '../published-ids';
import type { Story } from '../types';
import { unusedAliasWarnings } from '../unused-aliases';
import { readStories } from './read-stories';
import { contentRoots } from './roots';

export interface ContentCheck {
  stories: Story[];
  errors: Error[];
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
}

/** Checks all content of the project's roots. */
export function checkContent(projectRoot: string, { roots = contentRoots(projectRoot), published = publishedIds(projectRoot) }: CheckOptions = {}): ContentCheck {
  const { stories: inputs, errors } = readStories(projectRoot, roots);
  const stories: Story[] = [];
  const warnings: string[] = [];
  for (const input of inputs) {
    try {
      const story = buildStory(input);
      stories.push(story);
      errors.push(...missingPublishedIds(story, published[story.slug] ?? []));
      warnings.push(...unusedAliasWarnings(story, input.actors[0]?.filePath ?? ''));
    } catch (error) {
      errors.push(...contentMistakes(error));
    }
  }
  return { stories, errors, warnings };
}
