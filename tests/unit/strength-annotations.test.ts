/**
 * The plan of the article's annotations (src/views/reader/annotations.ts), on the border fixture story:
 * which words link to a chart mark, a timeline event or a profile (a number before an event before a name,
 * never two links over the same words, a name once per section), and what stands beside each paragraph.
 */
import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../../src/views/reader/annotations';
import type { Story } from '../../src/story/types';
import { borderStory } from '../support/fixture-stories';

const SLUG = 'border-fixture-story';
const OPENING = 'p-eastport-troops-from-northland-and';
/** Each link of a paragraph as kind, id and the words it covers. */
const links = (story: Story, blockId: string) => {
  const text = story.blocks.find((block) => block.id === blockId)!.text;
  return (planAnnotations(story).get(blockId)?.links ?? []).map((link) => [link.kind, link.id, text.slice(link.start, link.end)]);
};

describe('the links in the article', () => {
  it('links the numbers, the dated passage and the first names of the opening paragraph', () => {
    expect(links(borderStory(), OPENING)).toEqual([
      ['figure', 'soldiers-killed', 'leaving at least 14 soldiers dead'],
      ['event', 'border-clash', 'clashed along their disputed border on Wednesday'],
      ['mention', 'northland', 'Northland'],
      ['mention', 'southland', 'Southland'],
    ]);
    const [figure, event, mention] = planAnnotations(borderStory()).get(OPENING)!.links;
    expect([figure!.href, event!.href, mention!.href]).toEqual([
      `/stories/${SLUG}/charts/#figure-soldiers-killed`,
      `/stories/${SLUG}/timeline/#event-border-clash`,
      `/stories/${SLUG}/actors/northland/`,
    ]);
  });

  it('links a name only the first time a section names it', () => {
    // Northland and Southland are linked in the opening paragraph, not again further down.
    expect(links(borderStory(), 'p-southlands-army-said-five-of')).toEqual([
      ['figure', 'southland-killed', 'five of its soldiers died'],
      ['figure', 'soldiers-captured', 'captured three Northland soldiers'],
      ['mention', 'southland-army', "Southland's army"],
    ]);
    expect(links(borderStory(), 'p-we-will-defend-every-metre')).not.toContainEqual(['mention', 'northland', 'Northland']);
    // In a section of its own, the paragraph links Northland again.
    const story = structuredClone(borderStory());
    for (const mention of story.mentions) if (mention.blockId === 'p-we-will-defend-every-metre') mention.section = 'the-vow';
    expect(links(story, 'p-we-will-defend-every-metre')).toContainEqual(['mention', 'northland', 'Northland']);
  });

  it('gives words to a number before an event and to an event before a name, never two links over the same words', () => {
    const story = structuredClone(borderStory());
    // The event's excerpt now covers the president's name: the event keeps the words.
    story.events.find((event) => event.id === 'vos-address')!.citation.excerpt = 'Arlen Vos, said in a televised address';
    expect(links(story, 'p-we-will-defend-every-metre')).toEqual([['event', 'vos-address', 'Arlen Vos, said in a televised address']]);
    // A figure's excerpt now covers part of the event's: the figure keeps the words, the name is free again.
    const report = story.figures[0]!.reports.find((candidate) => candidate.origin === 'article')!;
    if (report.origin !== 'article') throw new Error('expected an article report');
    report.citation = { ...report.citation, blockId: 'p-we-will-defend-every-metre', excerpt: 'televised address on Wednesday evening' };
    expect(links(story, 'p-we-will-defend-every-metre')).toEqual([
      ['figure', 'soldiers-killed', 'televised address on Wednesday evening'],
      ['mention', 'arlen-vos', 'Arlen Vos'],
    ]);
  });

  it('links nothing for an excerpt the paragraph does not hold', () => {
    const story = structuredClone(borderStory());
    story.events.find((event) => event.id === 'border-clash')!.citation.excerpt = 'words that are not there';
    expect(links(story, OPENING).map(([kind]) => kind)).toEqual(['figure', 'mention', 'mention']);
    // The event is still listed beside its paragraph.
    expect(planAnnotations(story).get(OPENING)!.events.map((event) => event.id)).toEqual(['border-clash']);
  });
});

describe('what stands beside a paragraph', () => {
  it('lists the events and figures it reports, and the outside reports of its figures', () => {
    const opening = planAnnotations(borderStory()).get(OPENING)!;
    expect(opening.events).toEqual([{ id: 'border-clash', title: 'Troops of both countries clash along the border', href: `/stories/${SLUG}/timeline/#event-border-clash` }]);
    expect(opening.figures).toEqual([{ id: 'soldiers-killed', label: 'Soldiers killed, both sides', href: `/stories/${SLUG}/charts/#figure-soldiers-killed` }]);
    expect(opening.later).toEqual([
      {
        figureLabel: 'Soldiers killed, both sides',
        href: `/stories/${SLUG}/charts/#figure-soldiers-killed`,
        reports: [
          { value: 'at least 10', claimant: 'Border district officials', date: '11 June 2031', outlet: 'Fixture Herald', url: 'https://fixture.invalid/herald/border-clash' },
          { value: '17', claimant: 'Both defence ministries', date: '20 June 2031', outlet: 'Fixture Wire', url: 'https://fixture.invalid/wire/border-toll' },
        ],
      },
    ]);
    expect(opening.notes).toEqual([]);
  });

  it('tells a later figure once, beside the first passage that reports it, related figures included', () => {
    const story = structuredClone(borderStory());
    // Northland's toll is related to the toll of both sides, whose outside reports then stand beside it too…
    story.figures.find((figure) => figure.id === 'soldiers-killed')!.relatedFigures = ['northland-killed'];
    const plan = planAnnotations(story);
    // …but the opening paragraph reports the toll of both sides first, so they are told there only.
    expect(plan.get(OPENING)!.later.map((group) => group.figureLabel)).toEqual(['Soldiers killed, both sides']);
    expect(plan.get('p-northlands-defence-ministry-said-nine')!.later).toEqual([]);
    // Moving the opening's report away, they are told beside Northland's toll.
    const report = story.figures[0]!.reports.find((candidate) => candidate.origin === 'article')!;
    if (report.origin !== 'article') throw new Error('expected an article report');
    report.citation = { ...report.citation, blockId: 'p-local-officials-said-about-2000', excerpt: 'Local officials said' };
    const moved = planAnnotations(story);
    expect(moved.get('p-northlands-defence-ministry-said-nine')!.later.map((group) => [group.figureLabel, group.reports.length])).toEqual([
      ['Soldiers killed, both sides', 2],
    ]);
  });

  it('puts the site’s notes aimed at a paragraph beside it, and before a "before" date says so', () => {
    const story = structuredClone(borderStory());
    story.notes = [
      { id: 'n1', target: { paragraph: OPENING }, text: 'Neither side’s toll is confirmed.' },
      { id: 'n2', target: { event: 'border-clash' }, text: 'An event’s note, on the timeline.' },
    ] as typeof story.notes;
    const report = story.figures[0]!.reports.find((candidate) => candidate.id === 'wire-later')!;
    if (report.origin !== 'external') throw new Error('expected an outside report');
    report.dateQualifier = 'before';
    const opening = planAnnotations(story).get(OPENING)!;
    expect(opening.notes).toEqual(['Neither side’s toll is confirmed.']);
    expect(opening.later[0]!.reports[1]!.date).toBe('before 20 June 2031');
  });
});
