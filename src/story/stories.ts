/** Loads every story from the content layer once per build and turns each into its story model. */
import { getCollection } from 'astro:content';
import { buildStory } from './build-story';
import { byDataKind, DATA_KINDS, dataKinds, type DataKind } from './data-kinds';
import type { Sourced, Story, StoryInput } from './types';

/** A kind's entries grouped by story, each story's in the order its file lists them (not by id). */
async function byStory(kind: DataKind): Promise<Map<string, Sourced<never>[]>> {
  const grouped = new Map<string, { order: number; entry: Sourced<never> }[]>();
  for (const entry of await getCollection(kind)) {
    // storyDataLoader adds the story's slug and the entry's place in its file to each entry's data; the
    // collection schemas do not declare them.
    const { story, order, ...data } = entry.data as typeof entry.data & { story: string; order: number };
    const list = grouped.get(story) ?? [];
    list.push({ order, entry: { data: data as never, filePath: entry.filePath ?? `content/stories/${story}/${DATA_KINDS[kind].file}` } });
    grouped.set(story, list);
  }
  return new Map([...grouped].map(([story, list]) => [story, list.sort((a, b) => a.order - b.order).map(({ entry }) => entry)]));
}

async function loadStories(): Promise<Story[]> {
  const [articles, ...data] = await Promise.all([getCollection('articles'), ...dataKinds.map(byStory)]);
  const byKind = new Map(dataKinds.map((kind, index) => [kind, data[index]!]));
  const stories = articles.map((article) => {
    const slug = article.id;
    const input: StoryInput = {
      slug,
      article: { data: article.data, body: article.body ?? '', filePath: article.filePath ?? `content/articles/${slug}.md` },
      ...byDataKind((kind) => byKind.get(kind)!.get(slug) ?? []),
    };
    return buildStory(input);
  });
  const slugs = new Set(stories.map((story) => story.slug));
  for (const [kind, grouped] of byKind) {
    for (const story of grouped.keys()) {
      if (!slugs.has(story)) throw new Error(`content/stories/${story}/${DATA_KINDS[kind].file}: no article content/articles/${story}.md for this story`);
    }
  }
  // Newest first, as a newsroom front page lists them.
  return stories.sort((a, b) => b.meta.published.localeCompare(a.meta.published) || a.slug.localeCompare(b.slug));
}

let cached: Promise<Story[]> | undefined;

/** Every story built, fixture stories of the tests' content roots included, newest first. */
export function getStories(): Promise<Story[]> {
  cached ??= loadStories();
  return cached;
}

/**
 * The stories a list shows (the front page, the timeline of all stories, the feed), newest first: fixture
 * stories only when the tests ask for them (INCLUDE_FIXTURES) and `fixtures` allows it, as a feed never does.
 */
export async function listedStories({ fixtures = true }: { fixtures?: boolean } = {}): Promise<Story[]> {
  const showFixtures = fixtures && Boolean(import.meta.env.INCLUDE_FIXTURES);
  return (await getStories()).filter((story) => !story.meta.fixture || showFixtures);
}
