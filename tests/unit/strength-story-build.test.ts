/**
 * The cross-checks that building a story makes (src/story/build-story.ts), each on a copy of the real
 * story's data with one mistake: every reference to an id names its field (the item of a list too) and
 * the nearest ids, and a map's geography must hold the places the news puts on it. All mistakes are
 * reported at once.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../src/story/build-story';
import { ContentErrors } from '../../src/story/content-error';
import type { StoryInput } from '../../src/story/types';
import { projectRoot } from '../support/build-site';
import { storyInputFromFiles } from '../support/story-from-files';
import { REPORT } from '../support/fixture-stories';

const SLUG = REPORT.slug;
const input = () => storyInputFromFiles(resolve(projectRoot, REPORT.root), SLUG);
const entry = <D extends { id: string }>(list: { data: D }[], id: string): D => {
  const found = list.find((candidate) => candidate.data.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found.data;
};

/** The mistakes building `story` reports, as `entry field: problem`, the nearest-ids hint left off. */
function mistakes(story: StoryInput): string[] {
  try {
    buildStory(story);
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error;
    return error.mistakes.map((mistake) => {
      const { entry: id, field, problem } = mistake as { entry: string; field: string; problem: string };
      return `${id} ${field}: ${problem.replace(/; nearest: .*$/, '')}`;
    });
  }
  return [];
}

describe('references between a story’s entries', () => {
  it('builds the real story with no mistake', () => {
    expect(mistakes(input())).toEqual([]);
  });

  it('names each unknown actor in the field that refers to it', () => {
    const story = input();
    entry(story.actors, 'tokayev').affiliations = ['kazakh-govt'];
    entry(story.claims, 'police-dozens-liquidated').speaker = 'police';
    entry(story.claims, 'police-dozens-liquidated').via = 'khabar';
    entry(story.claims, 'police-dozens-liquidated').about = ['russia', 'protestors'];
    entry(story.relations, 'russia-member-of-csto').to = 'cst';
    expect(mistakes(story)).toEqual([
      'tokayev affiliations[0]: unknown actor id "kazakh-govt"',
      'police-dozens-liquidated speaker: unknown actor id "police"',
      'police-dozens-liquidated via: unknown actor id "khabar"',
      'police-dozens-liquidated about[1]: unknown actor id "protestors"',
      'russia-member-of-csto to: unknown actor id "cst"',
    ]);
  });

  it('names the unknown events and figures an event or a claim refers to', () => {
    const story = input();
    const event = story.events[0]!.data;
    event.actors = [...event.actors, 'nobody'];
    event.figures = ['no-figure'];
    const claim = entry(story.claims, 'police-dozens-liquidated');
    claim.events = ['no-event'];
    claim.figures = ['no-figure-either'];
    expect(mistakes(story)).toEqual([
      `${event.id} actors[${event.actors.length - 1}]: unknown actor id "nobody"`,
      `${event.id} figures[0]: unknown figure id "no-figure"`,
      'police-dozens-liquidated events[0]: unknown event id "no-event"',
      'police-dozens-liquidated figures[0]: unknown figure id "no-figure-either"',
    ]);
  });

  it('names a figure’s unknown related figure, report claimant and relay, and a report id used twice', () => {
    const story = input();
    const figure = entry(story.figures, 'officers-killed');
    figure.relatedFigures = ['officers-kiled'];
    const [first, second] = figure.reports;
    if (first!.origin !== 'article') throw new Error('expected an article report first');
    first!.claimant = 'polce';
    first!.via = 'khabar';
    second!.id = first!.id;
    expect(mistakes(story)).toEqual([
      'officers-killed relatedFigures[0]: unknown figure id "officers-kiled"',
      'officers-killed reports[0].claimant: unknown actor id "polce"',
      'officers-killed reports[0].via: unknown actor id "khabar"',
      `officers-killed reports[1].id: duplicate report id "${first!.id}"`,
    ]);
  });

  it('names the note target that is no event or figure of the story', () => {
    const story = input();
    const [a, b] = story.notes;
    a!.data.target = { event: 'no-event' };
    b!.data.target = { figure: 'no-figure' };
    expect(mistakes(story)).toEqual([`${a!.data.id} target.event: unknown event id "no-event"`, `${b!.data.id} target.figure: unknown figure id "no-figure"`]);
  });

  it('gives the nearest ids with an unknown one', () => {
    const story = input();
    entry(story.claims, 'police-dozens-liquidated').speaker = 'tokayv';
    expect(() => buildStory(story)).toThrow(/field "speaker"  unknown actor id "tokayv"; nearest: "tokayev"/);
  });

  it('refuses a relation from an actor to itself', () => {
    const story = input();
    entry(story.relations, 'russia-member-of-csto').to = 'russia';
    expect(mistakes(story)).toEqual(['russia-member-of-csto to: a relation links two different actors; "russia" is also its "from"']);
  });
});

describe('a story’s map', () => {
  const map = (story: StoryInput) => story.maps![0]!.data;

  it('refuses a city outside the map’s extent on any side, and keeps one on its edge', () => {
    for (const [lon, lat] of [
      [21.9, 50],
      [88.1, 50],
      [50, 36.4],
      [50, 60.1],
    ] as const) {
      const story = input();
      Object.assign(map(story).cities[0]!, { lon, lat });
      expect(mistakes(story)).toEqual([
        `deployment cities[0]: "moscow" (${lon}, ${lat}) lies outside the map's extent (22–88 E, 36.5–60 N), so it would not be drawn`,
      ]);
    }
    const edge = input();
    Object.assign(map(edge).cities[0]!, { lon: 22, lat: 60 });
    Object.assign(map(edge).cities[1]!, { lon: 88, lat: 36.5 });
    expect(mistakes(edge)).toEqual([]);
  });

  it('names an unknown alliance, country, deployment relation, figure or city', () => {
    const story = input();
    map(story).countries[1]!.actor = 'kazakstan';
    map(story).deployment = { relation: 'no-relation', figure: 'no-figure', fromCity: 'moskow' };
    const lines = mistakes(story);
    expect(lines).toContain('deployment countries[1].actor: unknown actor id "kazakstan"');
    expect(lines).toContain('deployment deployment.relation: unknown relation id "no-relation"');
    expect(lines).toContain('deployment deployment.figure: unknown figure id "no-figure"');
    expect(lines).toContain('deployment deployment.fromCity: unknown city id "moskow"');
  });

  it('requires every member of the alliance, and the deployment’s destination, among the map’s countries', () => {
    const story = input();
    map(story).countries = map(story).countries.filter((country) => country.actor !== 'armenia' && country.actor !== 'kazakhstan');
    expect(mistakes(story)).toEqual([
      'deployment alliance: "armenia" is a member of "csto" but is not one of the map\'s countries (add it to countries)',
      'deployment deployment.relation: "kazakhstan" is where the forces go but is not one of the map\'s countries (add it to countries)',
    ]);
  });

  it('names the massed troops and each other border by their own field', () => {
    const story = input();
    const data = map(story);
    data.massed = { ...data.massed!, figure: 'no-figure', along: ['russia', 'finland'] };
    data.borders = [{ figure: 'troops-massed-near-ukraine', relation: 'no-relation', along: ['russia', 'ukraine'] }];
    expect(mistakes(story)).toEqual([
      'deployment massed.figure: unknown figure id "no-figure"',
      'deployment massed.along[1]: unknown actor id "finland"',
      'deployment massed.along: "finland" has its border marked but is not one of the map\'s countries (add it to countries)',
      'deployment borders[0].relation: unknown relation id "no-relation"',
    ]);
  });

  it('gives the map’s borders, the massed troops first, to the page', () => {
    const story = input();
    const data = map(story);
    data.borders = [{ figure: 'troops-massed-near-ukraine', along: ['russia', 'belarus'] }];
    const built = buildStory(story).maps[0]!;
    expect(built.borders.map((border) => border.along)).toEqual([
      ['russia', 'ukraine'],
      ['russia', 'belarus'],
    ]);
    expect(built).not.toHaveProperty('massed');
    expect(built.id).toBe('deployment');
  });
});

describe('what a story is built from', () => {
  it('keeps its later events, and builds a story with none', () => {
    const story = input();
    expect(buildStory(story).laterEvents.map((later) => later.id)).toEqual(story.laterEvents!.map(({ data }) => data.id));
    expect(buildStory({ ...input(), laterEvents: undefined, maps: undefined })).toMatchObject({ laterEvents: [], maps: [] });
  });

  it('refuses an article with no words of the reporter’s', () => {
    const story = input();
    story.article.body = '::site-heading[Only a heading]\n';
    expect(() => buildStory(story)).toThrow('the article has no text: the reporter’s words go below the frontmatter');
  });
});
