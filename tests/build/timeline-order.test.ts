/**
 * The timeline tells events in the order they happened: events of one date in the editor's order (their
 * order in events.yaml), and what the report tells as done is never drawn past the report's own day.
 * Every story of the build is checked.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/views/timeline/dates';
import { storyEntries } from '../../src/views/timeline/entries';
import { projectRoot } from '../support/build-site';
import { loadPage } from '../support/site';
import { storyInputFromFiles } from '../support/story-from-files';
import { buildStory } from '../../src/story/build-story';

const contentRoot = resolve(projectRoot, 'content');
const slugs = readdirSync(resolve(contentRoot, 'stories'));

it('has stories to check', () => {
  expect(slugs.length).toBeGreaterThan(0);
});

describe.each(slugs)('the timeline of %s', (slug) => {
  const story = buildStory(storyInputFromFiles(contentRoot, slug));

  it('shows events of the same date in the order events.yaml lists them', () => {
    const $ = loadPage(`/stories/${slug}/timeline/`);
    const shown = $('[id^="event-"]')
      .toArray()
      .map((element) => $(element).attr('id')!)
      .filter((id) => story.events.some((event) => `event-${event.id}` === id));
    const sameDate = new Map<string, string[]>();
    for (const event of story.events) {
      const key = `${event.date.start}/${event.date.precision}`;
      sameDate.set(key, [...(sameDate.get(key) ?? []), `event-${event.id}`]);
    }
    const groups = [...sameDate.values()].filter((ids) => ids.length > 1);
    for (const ids of groups) expect(shown.filter((id) => ids.includes(id))).toEqual(ids);
    expect(shown.length).toBe(story.events.length);
  });

  it('never draws an event the report tells as done past the report’s own day', () => {
    const dayAfter = parseDay(story.meta.published).getTime() + 86_400_000;
    const reported = storyEntries(story).filter((entry) => entry.origin === 'article' && entry.status === 'reported' && parseDay(entry.start).getTime() < dayAfter);
    expect(reported.length).toBeGreaterThan(0);
    for (const entry of reported) expect(parseDay(entry.end).getTime(), entry.anchor).toBeLessThanOrEqual(dayAfter);
  });
});
