/**
 * Builds a story model straight from its files, validating with the same schemas and parsers as the
 * content layer, so tests can check the model without running Astro.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { parseYaml, splitFrontmatter } from '../../src/content/loaders';
import { buildStory } from '../../src/model/build-story';
import type { Story, StoryInput } from '../../src/model/types';
import {
  actorSchema,
  articleSchema,
  claimSchema,
  eventSchema,
  figureSchema,
  laterEventSchema,
  mapSchema,
  noteSchema,
  relationSchema,
} from '../../src/schemas';
import { projectRoot } from './build-site';

function entries<S extends z.ZodType>(file: string, schema: S) {
  if (!existsSync(file)) return [];
  const path = relative(projectRoot, file);
  const items = (parseYaml(readFileSync(file, 'utf8'), path) ?? []) as unknown[];
  return items.map((item) => ({ data: schema.parse(item) as z.infer<S>, filePath: path }));
}

export function storyInputFromFiles(root: string, slug: string): StoryInput {
  const articlePath = join(root, 'articles', `${slug}.md`);
  const { data, body } = splitFrontmatter(readFileSync(articlePath, 'utf8'), articlePath);
  const folder = join(root, 'stories', slug);
  return {
    slug,
    article: { data: articleSchema.parse(data), body, filePath: relative(projectRoot, articlePath) },
    actors: entries(join(folder, 'actors.yaml'), actorSchema),
    events: entries(join(folder, 'events.yaml'), eventSchema),
    figures: entries(join(folder, 'figures.yaml'), figureSchema),
    claims: entries(join(folder, 'claims.yaml'), claimSchema),
    relations: entries(join(folder, 'relations.yaml'), relationSchema),
    notes: entries(join(folder, 'notes.yaml'), noteSchema),
    laterEvents: entries(join(folder, 'later-events.yaml'), laterEventSchema),
    maps: entries(join(folder, 'maps.yaml'), mapSchema),
  };
}

export function storyFromFiles(root: string, slug: string): Story {
  return buildStory(storyInputFromFiles(root, slug));
}
