/**
 * The timeline's entries of the border fixture story (src/views/timeline/entries.ts): what an event's
 * entry links to and shows (its actors, the numbers the article gives for its figures and who gave them,
 * the site's notes on it), how far a coarse date is drawn, the outside reports' entries and labels, and
 * the entries of several stories on one line.
 */
import { describe, expect, it } from 'vitest';
import { axisItems, combinedEntries, storyEntries, type ArticleEntry, type ExternalEntry } from '../../src/views/timeline/entries';
import { borderStory, miniStory } from '../support/fixture-stories';

const SLUG = 'border-fixture-story';
const article = (entries: ReturnType<typeof storyEntries>, anchor: string) => entries.find((entry) => entry.anchor === anchor) as ArticleEntry;

describe('an event’s entry', () => {
  it('links each actor and each figure, with the numbers the article gives and who gave them', () => {
    const entry = article(storyEntries(borderStory()), 'event-border-clash');
    expect(entry.actors).toEqual([
      { id: 'northland', label: 'Northland', href: `/stories/${SLUG}/actors/northland/` },
      { id: 'southland', label: 'Southland', href: `/stories/${SLUG}/actors/southland/` },
    ]);
    expect(entry.figures).toEqual([
      // The outside reports of the same figure are entries of their own, not values here.
      { id: 'soldiers-killed', label: 'Soldiers killed, both sides', href: `/stories/${SLUG}/charts/#figure-soldiers-killed`, values: [{ text: 'at least 14', claimant: 'Local officials' }] },
      { id: 'northland-killed', label: 'Northland soldiers killed', href: `/stories/${SLUG}/charts/#figure-northland-killed`, values: [{ text: 'nine', claimant: 'Northland defence ministry' }] },
      { id: 'southland-killed', label: 'Southland soldiers killed', href: `/stories/${SLUG}/charts/#figure-southland-killed`, values: [{ text: 'five', claimant: 'Southland army' }] },
      { id: 'soldiers-captured', label: 'Northland soldiers captured', href: `/stories/${SLUG}/charts/#figure-soldiers-captured`, values: [{ text: 'three', claimant: 'Southland army' }] },
    ]);
    expect(entry.excerpt).toEqual({
      text: 'clashed along their disputed border on Wednesday',
      blockId: 'p-eastport-troops-from-northland-and',
      href: `/stories/${SLUG}/#p-eastport-troops-from-northland-and`,
    });
    expect(entry).toMatchObject({ categoryLabel: 'Armed clash', dateText: '11 June 2031', datePhrase: 'on Wednesday', status: 'reported', notes: [] });
  });

  it('names who relayed a number, and keeps the id of an actor or a figure the story lacks', () => {
    const story = structuredClone(borderStory());
    const report = story.figures.find((figure) => figure.id === 'northland-killed')!.reports[0]!;
    if (report.origin !== 'article') throw new Error('expected an article report');
    report.via = 'local-officials';
    story.events[0]!.actors = ['northland', 'nobody'];
    story.events[0]!.figures = ['northland-killed', 'no-figure'];
    const entry = article(storyEntries(story), 'event-border-clash');
    expect(entry.actors[1]).toEqual({ id: 'nobody', label: 'nobody', href: `/stories/${SLUG}/actors/nobody/` });
    expect(entry.figures.map((figure) => [figure.label, figure.values])).toEqual([
      ['Northland soldiers killed', [{ text: 'nine', claimant: 'Northland defence ministry via Local officials' }]],
      ['no-figure', []],
    ]);
  });

  it('gathers the event’s annotation and the site’s notes aimed at it, and no other note', () => {
    const story = structuredClone(borderStory());
    story.events[0]!.annotation = 'The first clash since 2029.';
    story.notes = [
      { id: 'n1', target: { event: 'border-clash' }, text: 'Both sides give their own toll.' },
      { id: 'n2', target: { event: 'villagers-flee' }, text: 'Another event’s note.' },
      { id: 'n3', target: { figure: 'soldiers-killed' }, text: 'A figure’s note.' },
    ] as typeof story.notes;
    expect(article(storyEntries(story), 'event-border-clash').notes).toEqual(['The first clash since 2029.', 'Both sides give their own toll.']);
  });

  it('draws a coarse date the report tells as done no further than the report’s own day', () => {
    const story = structuredClone(borderStory());
    // "this week", in the week of the publication date (Thursday 12 June): drawn from Monday to that Thursday.
    story.events[1]!.date = { ...story.events[1]!.date, start: '2031-06-09', precision: 'week' };
    expect(article(storyEntries(story), 'event-villagers-flee')).toMatchObject({ start: '2031-06-09', end: '2031-06-13' });
    // What is scheduled is drawn over its whole week.
    expect(article(storyEntries(story), 'event-talks-scheduled')).toMatchObject({ start: '2031-06-16', end: '2031-06-23', dateText: 'scheduled for the week of 16 June 2031' });
    // A coarse date wholly before the report is drawn whole.
    expect(article(storyEntries(story), 'event-ceasefire-2029')).toMatchObject({ start: '2029-01-01', end: '2030-01-01' });
  });
});

describe('an outside report’s entry', () => {
  it('is titled with the figure and the number, links the figure, and names its source', () => {
    const later = storyEntries(borderStory()).find((entry) => entry.anchor === 'later-soldiers-killed-wire-later') as ExternalEntry;
    expect(later).toMatchObject({
      title: 'Soldiers killed, both sides: 17',
      category: 'later-reports',
      categoryLabel: 'Earlier and later reports',
      claimantName: 'Both defence ministries',
      figure: { id: 'soldiers-killed', label: 'Soldiers killed, both sides', href: `/stories/${SLUG}/charts/#figure-soldiers-killed`, value: '17' },
      source: { outlet: 'Fixture Wire', title: 'Border toll rises to 17', published: '2031-06-20', publishedText: '20 June 2031', url: 'https://fixture.invalid/wire/border-toll' },
      timing: 'later',
      start: '2031-06-20',
      end: '2031-06-21',
    });
  });

  it('has no title of the source when the report gives none', () => {
    const story = structuredClone(borderStory());
    const report = story.figures[0]!.reports.find((candidate) => candidate.id === 'wire-later')!;
    if (report.origin !== 'external') throw new Error('expected an outside report');
    delete (report as { title?: string }).title;
    const later = storyEntries(story).find((entry) => entry.anchor === 'later-soldiers-killed-wire-later') as ExternalEntry;
    expect(later.source.title).toBeNull();
  });

  it('refuses two entries with one id, naming the story and the id', () => {
    const story = structuredClone(borderStory());
    story.events[1]!.id = story.events[0]!.id;
    expect(() => storyEntries(story)).toThrow(`${SLUG}: two timeline entries share the id "event-border-clash"`);
  });
});

describe('what the axis draws of each entry', () => {
  it('labels each mark with its date and title, an outside report also with its timing and outlet', () => {
    const items = axisItems(storyEntries(borderStory()));
    const byId = (id: string) => items.find((item) => item.id === id)!;
    expect(byId('later-soldiers-killed-herald-early')).toMatchObject({
      origin: 'external',
      qualifier: 'on',
      status: undefined,
      label: '11 June 2031: Soldiers killed, both sides: at least 10 (earlier report, Fixture Herald)',
    });
    expect(byId('event-talks-scheduled')).toMatchObject({
      origin: 'article',
      qualifier: undefined,
      status: 'scheduled',
      precision: 'week',
      label: 'scheduled for the week of 16 June 2031: Foreign ministers to hold talks',
      span: { start: new Date('2031-06-16T00:00:00Z'), end: new Date('2031-06-23T00:00:00Z') },
    });
  });
});

describe('the timeline of several stories', () => {
  it('puts their entries on one line in date order, each anchor prefixed with its story', () => {
    const entries = combinedEntries([borderStory(), miniStory()]);
    expect(entries.map((entry) => entry.anchor)).toEqual([
      'border-fixture-story--event-ceasefire-2029',
      'mini-fixture-story--event-port-closed',
      'mini-fixture-story--event-quay-inspection',
      'border-fixture-story--event-villagers-flee',
      'border-fixture-story--event-border-clash',
      'border-fixture-story--event-vos-address',
      'border-fixture-story--later-soldiers-killed-herald-early',
      'border-fixture-story--event-talks-scheduled',
      'border-fixture-story--later-soldiers-killed-wire-later',
    ]);
    expect(entries.find((entry) => entry.origin === 'external')!.categoryLabel).toBe('Earlier and later reports');
    expect(entries.find((entry) => entry.anchor.endsWith('port-closed'))!.categoryLabel).not.toBe('Earlier and later reports');
  });

  it('names the outside reports from when all the stories’ reports came out', () => {
    const story = structuredClone(borderStory());
    story.figures[0]!.reports = story.figures[0]!.reports.filter((report) => report.id !== 'herald-early');
    const entries = combinedEntries([story, miniStory()]);
    expect(entries.filter((entry) => entry.origin === 'external').map((entry) => entry.categoryLabel)).toEqual(['Later reports']);
  });
});
