/** Loads every story from the content layer once per build and turns each into its story model. */
import { getCollection, type CollectionKey } from 'astro:content';
import { buildStory } from './build-story';
import type { Sourced, Story, StoryInput } from './types';

type DataKind = Exclude<CollectionKey, 'articles'>;

/** A kind's entries grouped by story, each story's in the order its file lists them (not by id). */
async function byStory<K extends DataKind>(kind: K): Promise<Map<string, Sourced<never>[]>> {
  const grouped = new Map<string, { order: number; entry: Sourced<never> }[]>();
  for (const entry of await getCollection(kind)) {
    // storyDataLoader adds the story's slug and the entry's place in its file to each entry's data; the
    // collection schemas do not declare them.
    const { story, order, ...data } = entry.data as typeof entry.data & { story: string; order: number };
    const list = grouped.get(story) ?? [];
    list.push({ order, entry: { data: data as never, filePath: entry.filePath ?? `content/stories/${story}/${kind}.yaml` } });
    grouped.set(story, list);
  }
  return new Map([...grouped].map(([story, list]) => [story, list.sort((a, b) => a.order - b.order).map(({ entry }) => entry)]));
}

async function loadStories(): Promise<Story[]> {
  const [articles, actors, events, figures, claims, relations, notes, laterEvents, maps] = await Promise.all([
    getCollection('articles'),
    byStory('actors'),
    byStory('events'),
    byStory('figures'),
    byStory('claims'),
    byStory('relations'),
    byStory('notes'),
    byStory('laterEvents'),
    byStory('maps'),
  ]);
  const stories = articles.map((article) => {
    const slug = article.id;
    const input: StoryInput = {
      slug,
      article: { data: article.data, body: article.body ?? '', filePath: article.filePath ?? `content/articles/${slug}.md` },
      actors: actors.get(slug) ?? [],
      events: events.get(slug) ?? [],
      figures: figures.get(slug) ?? [],
      claims: claims.get(slug) ?? [],
      relations: relations.get(slug) ?? [],
      notes: notes.get(slug) ?? [],
      laterEvents: laterEvents.get(slug) ?? [],
      maps: maps.get(slug) ?? [],
    };
    return buildStory(input);
  });
  const slugs = new Set(stories.map((story) => story.slug));
  for (const [kind, grouped] of Object.entries({ actors, events, figures, claims, relations, notes, 'later-events': laterEvents, maps })) {
    for (const story of grouped.keys()) {
      if (!slugs.has(story)) throw new Error(`content/stories/${story}/${kind}.yaml: no article content/articles/${story}.md for this story`);
    }
  }
  // Newest first, as a newsroom front page lists them.
  return stories.sort((a, b) => b.meta.published.localeCompare(a.meta.published) || a.slug.localeCompare(b.slug));
}

let cached: Promise<Story[]> | undefined;

/** Every story, newest first. */
export function getStories(): Promise<Story[]> {
  cached ??= loadStories();
  return cached;
}
