/**
 * What the site search indexes (src/views/search/records.ts), read on the border fixture story: one record
 * per claim, figure report, figure, event and actor, each titled and worded as a reader would search it,
 * and linking to its exact entry.
 */
import { describe, expect, it } from 'vitest';
import { searchFeed, searchRecords, type SearchRecord } from '../../src/views/search/records';
import { borderStory, miniStory } from '../support/fixture-stories';

const SLUG = 'border-fixture-story';
const byUrl = (records: SearchRecord[], url: string) => {
  const record = records.find((candidate) => candidate.url === url);
  if (!record) throw new Error(`no record at ${url}`);
  return record;
};

describe('the search records of a story', () => {
  it('has one record per claim, figure report, figure, event and actor, in that order', () => {
    const records = searchRecords(borderStory());
    const counts = Object.entries(Object.groupBy(records, (record) => record.type)).map(([type, list]) => [type, list!.length]);
    expect(counts).toEqual([
      ['claim', 2],
      ['later-report', 2],
      ['report', 6],
      ['figure', 6],
      ['event', 5],
      ['actor', 6],
    ]);
    expect(records.map((record) => record.type).indexOf('figure')).toBe(10);
    expect(records.map((record) => record.type).at(-1)).toBe('actor');
    for (const record of records) {
      expect(record.story).toBe('Fixture: border clash between Northland and Southland leaves soldiers dead');
      expect(record.language).toBe('en');
      expect(record.url.startsWith(`/stories/${SLUG}/`)).toBe(true);
    }
  });

  it('titles a claim with its speaker and summary, and words its quote, speaker, kind and status', () => {
    const record = byUrl(searchRecords(borderStory()), `/stories/${SLUG}/claims/#claim-shelling-accusation`);
    expect(record.type).toBe('claim');
    expect(record.title).toBe("Northland defence ministry: Northland's defence ministry accused Southland of shelling its border posts.");
    expect(record.content).toBe(
      'Article: “accused Southland of shelling border posts near the town of Ridge” Said by Northland defence ministry. ' +
        "Site’s summary: Northland's defence ministry accused Southland of shelling its border posts. Accusation. Status: Unconfirmed.",
    );
  });

  it('names the relaying actor of a claim or a number made through another', () => {
    const story = structuredClone(borderStory());
    story.claims[0]!.via = 'local-officials';
    const report = story.figures.find((figure) => figure.id === 'northland-killed')!.reports[0]!;
    if (report.origin !== 'article') throw new Error('expected an article report');
    report.via = 'arlen-vos';
    const records = searchRecords(story);
    expect(byUrl(records, `/stories/${SLUG}/claims/#claim-vos-defend`).content).toContain('Said by Arlen Vos via Local officials.');
    expect(byUrl(records, `/stories/${SLUG}/claims/#claim-figure-northland-killed-ministry-nine`).content).toContain(
      'Said by Northland defence ministry via Arlen Vos.',
    );
  });

  it('titles a number the article reports with who gave it, the figure and the words quoted', () => {
    const record = byUrl(searchRecords(borderStory()), `/stories/${SLUG}/claims/#claim-figure-villagers-displaced-officials-2000`);
    expect(record.type).toBe('report');
    expect(record.title).toBe('Local officials: Villagers who fled, “about 2,000”');
    expect(record.content).toBe('Article: “about 2,000 villagers had fled” Said by Local officials. villagers near the border Vague quantity. Status: Unconfirmed.');
  });

  it('titles an outside report as earlier or later than the article, with its outlet, and words who gave it and when', () => {
    const records = searchRecords(borderStory());
    const earlier = byUrl(records, `/stories/${SLUG}/claims/#claim-figure-soldiers-killed-herald-early`);
    expect(earlier.type).toBe('later-report');
    expect(earlier.title).toBe('Earlier report (Fixture Herald): Soldiers killed, both sides, at least 10');
    const later = byUrl(records, `/stories/${SLUG}/claims/#claim-figure-soldiers-killed-wire-later`);
    expect(later.title).toBe('Later report (Fixture Wire): Soldiers killed, both sides, 17');
    expect(later.content).toBe(
      'A week later both ministries put the dead at 17. Given by Both defence ministries, 20 June 2031. Exact number. Status: Unconfirmed. Fixture Wire: Border toll rises to 17.',
    );
  });

  it('words a figure with its subject and every number reported for it', () => {
    const record = byUrl(searchRecords(borderStory()), `/stories/${SLUG}/charts/#figure-soldiers-killed`);
    expect(record).toMatchObject({ type: 'figure', title: 'Soldiers killed, both sides', content: 'soldiers of both sides at least 10 at least 14 17' });
  });

  it('words an event with the article’s words, its date phrase, category, place and actors', () => {
    const story = structuredClone(borderStory());
    story.events[0]!.place = 'Ridge';
    story.events[0]!.annotation = 'The first clash since 2029.';
    const record = byUrl(searchRecords(story), `/stories/${SLUG}/timeline/#event-border-clash`);
    expect(record.type).toBe('event');
    expect(record.title).toBe('Troops of both countries clash along the border');
    expect(record.content).toBe(
      'Article: “clashed along their disputed border on Wednesday” on Wednesday Armed clash Ridge Northland, Southland The first clash since 2029.',
    );
  });

  it('words an actor with its name, kind, other names, role and description, leaving out what it lacks', () => {
    const records = searchRecords(borderStory());
    expect(byUrl(records, `/stories/${SLUG}/actors/southland-army/`)).toMatchObject({
      type: 'actor',
      title: 'Southland army',
      content: "Southland army. Security force. Southland's army Gave Southland's toll and the number of soldiers it captured. Southland's armed forces, in this fixture.",
    });
    const story = structuredClone(borderStory());
    story.actors.find((actor) => actor.id === 'southland-army')!.aliases = ["Southland's army", 'the army'];
    expect(byUrl(searchRecords(story), `/stories/${SLUG}/actors/southland-army/`).content).toContain("Security force. Southland's army, the army Gave");
    // No aliases: no empty gap where they would be.
    expect(byUrl(records, `/stories/${SLUG}/actors/arlen-vos/`).content).toBe(
      "Arlen Vos. Person. Northland's president; vowed to defend its land. The invented president of Northland, in this fixture.",
    );
  });

  it('falls back to the id of a speaker the story does not have', () => {
    const story = structuredClone(borderStory());
    story.claims[0]!.speaker = 'unknown-speaker';
    expect(byUrl(searchRecords(story), `/stories/${SLUG}/claims/#claim-vos-defend`).title).toBe(
      "unknown-speaker: Northland's president vowed to defend every metre of its land.",
    );
  });
});

describe('the search feed', () => {
  it('gathers the records of every story and lists each story’s article page to index from its HTML', () => {
    const feed = searchFeed([borderStory(), miniStory()]);
    expect(feed.records).toHaveLength(searchRecords(borderStory()).length + searchRecords(miniStory()).length);
    expect(feed.pages).toEqual([
      { url: `/stories/${SLUG}/`, story: borderStory().meta.title },
      { url: '/stories/mini-fixture-story/', story: miniStory().meta.title },
    ]);
  });
});
