/**
 * The claims ledger as data (src/views/ledger/ledger.ts), read on the border fixture story: which rows a
 * reader sees, in which order, under which group headings, and what each row links to.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildLedger,
  defaultGrouping,
  groupingLabels,
  groupings,
  groupKey,
  ROWS_SHOWN_ON_PHONES,
  rowsOf,
  type LedgerRow,
} from '../../src/views/ledger/ledger';
import { projectRoot } from '../support/build-site';
import { borderStory } from '../support/fixture-stories';

const SLUG = 'border-fixture-story';
const ids = (rows: LedgerRow[]) => rows.map((row) => row.id);

describe('the rows of the claims ledger', () => {
  it('has one row per claim and per figure report, in the article’s order, outside reports last by date', () => {
    const { rows } = buildLedger(borderStory());
    expect(ids(rows)).toEqual([
      'claim-figure-soldiers-killed-officials-14',
      // A claim comes before the figures reported in its paragraph.
      'claim-shelling-accusation',
      'claim-figure-northland-killed-ministry-nine',
      'claim-figure-southland-killed-army-five',
      'claim-figure-soldiers-captured-army-three',
      'claim-figure-villagers-displaced-officials-2000',
      'claim-vos-defend',
      'claim-figure-troops-sent-southland-1500',
      'claim-figure-soldiers-killed-herald-early',
      'claim-figure-soldiers-killed-wire-later',
    ]);
    expect(rows.map((row) => row.order)).toEqual(rows.map((_, index) => index));
  });

  it('shows a claim with its speaker, the reporter’s words, its paragraph, the site’s summary and its events', () => {
    const row = buildLedger(borderStory()).rows.find((candidate) => candidate.id === 'claim-vos-defend')!;
    expect(row).toMatchObject({
      origin: 'article',
      kind: 'claim',
      speaker: { id: 'arlen-vos', label: 'Arlen Vos', href: `/stories/${SLUG}/actors/arlen-vos/` },
      via: undefined,
      quote: 'We will defend every metre of our land',
      paragraph: { label: 'The paragraph in the article', href: `/stories/${SLUG}/#p-we-will-defend-every-metre`, blockId: 'p-we-will-defend-every-metre' },
      summary: "Northland's president vowed to defend every metre of its land.",
      subject: 'Defence',
      topic: 'defence',
      status: 'opinion',
      statusNote: 'A vow, nothing to confirm.',
      events: [{ label: "Northland's president vows to defend its land", href: `/stories/${SLUG}/timeline/#event-vos-address` }],
      figures: [],
    });
  });

  it('shows a figure report as the figure’s label and the number as worded, how precise, and the events that counted it', () => {
    const row = buildLedger(borderStory()).rows.find((candidate) => candidate.id === 'claim-figure-villagers-displaced-officials-2000')!;
    expect(row).toMatchObject({
      origin: 'article',
      kind: 'figure-report',
      speaker: { id: 'local-officials', label: 'Local officials' },
      quote: 'about 2,000 villagers had fled',
      summary: 'Villagers who fled: about 2,000',
      value: { text: 'about 2,000', precision: 'vague quantity' },
      subject: 'villagers near the border',
      topic: 'displacement',
      status: 'unconfirmed',
      statusNote: "The officials' estimate.",
      date: '2031-06-12',
      events: [{ label: 'Villagers flee their homes near the border', href: `/stories/${SLUG}/timeline/#event-villagers-flee` }],
      figures: [{ label: 'Villagers who fled', href: `/stories/${SLUG}/charts/#figure-villagers-displaced` }],
    });
  });

  it('shows an outside report with who gave it, the outlet and whether it came out before or after the article', () => {
    const rows = buildLedger(borderStory()).rows.filter((row) => row.origin === 'external');
    expect(rows.map((row) => [row.id, row.claimantName, row.outlet.name, row.timing, row.date, row.value.text, row.value.precision])).toEqual([
      ['claim-figure-soldiers-killed-herald-early', 'Border district officials', 'Fixture Herald', 'earlier', '2031-06-11', 'at least 10', 'lower bound'],
      ['claim-figure-soldiers-killed-wire-later', 'Both defence ministries', 'Fixture Wire', 'later', '2031-06-20', '17', 'exact number'],
    ]);
    expect(rows[1]).toMatchObject({
      kind: 'figure-report',
      dateQualifier: 'on',
      summary: 'A week later both ministries put the dead at 17.',
      outlet: { title: 'Border toll rises to 17', url: 'https://fixture.invalid/wire/border-toll', publishedDate: '2031-06-20' },
      events: [],
      figures: [{ label: 'Soldiers killed, both sides', href: `/stories/${SLUG}/charts/#figure-soldiers-killed` }],
    });
  });

  it('names the relaying actor of a claim made through another', () => {
    const story = structuredClone(borderStory());
    story.claims[1]!.via = 'local-officials';
    const row = buildLedger(story).rows.find((candidate) => candidate.id === 'claim-shelling-accusation')!;
    expect(row.origin === 'article' && row.via).toEqual({ id: 'local-officials', label: 'Local officials', href: `/stories/${SLUG}/actors/local-officials/` });
  });

  it('falls back to the id of an event or figure it cannot find, rather than dropping the link', () => {
    const story = structuredClone(borderStory());
    story.claims[0]!.events = ['no-such-event'];
    story.claims[0]!.figures = ['no-such-figure'];
    const row = buildLedger(story).rows.find((candidate) => candidate.id === 'claim-vos-defend')!;
    expect(row.events).toEqual([{ label: 'no-such-event', href: `/stories/${SLUG}/timeline/#event-no-such-event` }]);
    expect(row.figures).toEqual([{ label: 'no-such-figure', href: `/stories/${SLUG}/charts/#figure-no-such-figure` }]);
  });

  it('keeps a claim before the figures reported in its paragraph, whatever their dates', () => {
    const story = structuredClone(borderStory());
    // The claim is dated after the figure report of the same paragraph: the article's order still wins.
    story.claims.find((claim) => claim.id === 'shelling-accusation')!.date = '2031-06-13';
    const rows = ids(buildLedger(story).rows);
    expect(rows.indexOf('claim-shelling-accusation')).toBe(rows.indexOf('claim-figure-northland-killed-ministry-nine') - 1);
  });

  it('orders outside reports of the same paragraph position by their date, whatever the data files’ order', () => {
    const story = structuredClone(borderStory());
    story.figures[0]!.reports.reverse();
    expect(ids(buildLedger(story).rows.filter((row) => row.origin === 'external'))).toEqual([
      'claim-figure-soldiers-killed-herald-early',
      'claim-figure-soldiers-killed-wire-later',
    ]);
  });

  it('refuses two rows that would share an id, naming the story and the id', () => {
    const story = structuredClone(borderStory());
    // The claim "figure-soldiers-killed-wire-later" would take the anchor of that figure report.
    story.claims[0]!.id = 'figure-soldiers-killed-wire-later';
    expect(() => buildLedger(story)).toThrow(
      'Claims ledger of "border-fixture-story": two rows would share the id "claim-figure-soldiers-killed-wire-later"; rename the claim',
    );
  });
});

describe('the groups of the claims ledger', () => {
  it('offers three groupings, by who said it first', () => {
    expect(groupings).toEqual(['speaker', 'topic', 'status']);
    expect(defaultGrouping).toBe('speaker');
    expect(groupings.map((grouping) => groupingLabels[grouping])).toEqual(['who said it', 'topic', 'status']);
  });

  it('groups by speaker in alphabetical order, linking each to the actor page, with outside reports last and named for when they came out', () => {
    const { speaker } = buildLedger(borderStory()).groups;
    expect(speaker.map((group) => group.label)).toEqual([
      'Arlen Vos',
      'Local officials',
      'Northland defence ministry',
      'Southland',
      'Southland army',
      'Earlier and later reports from outside the article',
    ]);
    expect(speaker[0]).toEqual({ key: 'arlen-vos', label: 'Arlen Vos', href: `/stories/${SLUG}/actors/arlen-vos/` });
    expect(speaker.at(-1)).toEqual({ key: 'later-reports', label: 'Earlier and later reports from outside the article' });
  });

  it('names the outside reports’ group "Later reports…" when all came out after the article', () => {
    const story = structuredClone(borderStory());
    story.figures[0]!.reports = story.figures[0]!.reports.filter((report) => report.id !== 'herald-early');
    expect(buildLedger(story).groups.speaker.at(-1)!.label).toBe('Later reports from outside the article');
  });

  it('has no outside reports’ group in a story without outside reports', () => {
    const story = structuredClone(borderStory());
    story.figures[0]!.reports = story.figures[0]!.reports.filter((report) => report.origin === 'article');
    const { groups, rows } = buildLedger(story);
    expect(groups.speaker.map((group) => group.key)).not.toContain('later-reports');
    expect(groups.speaker).toHaveLength(5);
    expect(rows).toHaveLength(8);
  });

  it('groups by topic alphabetically, spelling out the topic key', () => {
    const { topic } = buildLedger(borderStory()).groups;
    expect(topic).toEqual([
      { key: 'blame', label: 'Blame' },
      { key: 'casualties', label: 'Casualties' },
      { key: 'defence', label: 'Defence' },
      { key: 'deployment', label: 'Deployment' },
      { key: 'displacement', label: 'Displacement' },
    ]);
  });

  it('names a topic that is an actor’s id by the actor, "<actor>-role" as the actor’s role, and spells out a hyphenated key', () => {
    const story = structuredClone(borderStory());
    story.claims[0]!.topic = 'arlen-vos';
    story.claims[1]!.topic = 'arlen-vos-role';
    story.figures[0]!.panel = 'border-clash-toll';
    story.figures[1]!.panel = 'unknown-role';
    // "-role" only at the end of the key makes a role.
    story.figures[2]!.panel = 'arlen-vos-roles';
    const { groups, rows } = buildLedger(story);
    expect(groups.topic.map((group) => group.label)).toEqual([
      'Arlen Vos',
      'Arlen vos roles',
      'Arlen Vos’s role',
      'Border clash toll',
      'Casualties',
      'Deployment',
      'Displacement',
      'Unknown role',
    ]);
    expect(rows.find((row) => row.id === 'claim-vos-defend')!.subject).toBe('Arlen Vos');
    expect(rows.find((row) => row.id === 'claim-shelling-accusation')!.subject).toBe('Arlen Vos’s role');
  });

  it('groups by status in the vocabulary’s order, not alphabetically', () => {
    const { status } = buildLedger(borderStory()).groups;
    expect(status).toEqual([
      { key: 'unconfirmed', label: 'Unconfirmed' },
      { key: 'opinion', label: 'Opinion or position' },
    ]);
  });

  it('finds the rows of each group in reading order', () => {
    const ledger = buildLedger(borderStory());
    expect(ids(rowsOf(ledger, 'speaker', 'southland-army'))).toEqual(['claim-figure-southland-killed-army-five', 'claim-figure-soldiers-captured-army-three']);
    expect(ids(rowsOf(ledger, 'speaker', 'later-reports'))).toEqual(['claim-figure-soldiers-killed-herald-early', 'claim-figure-soldiers-killed-wire-later']);
    expect(ids(rowsOf(ledger, 'topic', 'blame'))).toEqual(['claim-shelling-accusation']);
    expect(ids(rowsOf(ledger, 'status', 'opinion'))).toEqual(['claim-vos-defend']);
    // Every row is in exactly one group of each grouping.
    for (const grouping of groupings) {
      const grouped = ledger.groups[grouping].flatMap((group) => ids(rowsOf(ledger, grouping, group.key)));
      expect(grouped.sort()).toEqual(ids(ledger.rows).sort());
    }
  });

  it('keys a row by its speaker, its topic or its status', () => {
    const row = buildLedger(borderStory()).rows.find((candidate) => candidate.id === 'claim-shelling-accusation')!;
    expect([groupKey(row, 'speaker'), groupKey(row, 'topic'), groupKey(row, 'status')]).toEqual(['northland-defence-ministry', 'blame', 'unconfirmed']);
  });

  it('shows as many rows of a group on phones as ledger.css lets through', () => {
    const css = readFileSync(resolve(projectRoot, 'src/site/styles/ledger.css'), 'utf8');
    // The group's heading row is the first child: the rows shown are children 2 to ROWS_SHOWN_ON_PHONES + 1.
    expect(css).toContain(`tr.ledger-row:nth-child(n + ${ROWS_SHOWN_ON_PHONES + 2})`);
  });
});
