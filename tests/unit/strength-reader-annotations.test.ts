/**
 * More of the plan of the article's annotations (src/views/reader/annotations.ts), on copies of the border
 * fixture story: links that touch without overlapping are both kept, a paragraph lists each figure it
 * reports once, an unrelated figure's later reports do not stand beside it, and a note aimed at an event
 * is never put beside a paragraph.
 */
import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../../src/views/reader/annotations';
import type { Story } from '../../src/story/types';
import { borderStory } from '../support/fixture-stories';

const OPENING = 'p-eastport-troops-from-northland-and';
const NINE = 'p-northlands-defence-ministry-said-nine';
const SOUTHLAND = 'p-southlands-army-said-five-of';
const TROOPS = 'p-southland-said-it-had-sent';

const links = (story: Story, blockId: string) => {
  const text = story.blocks.find((block) => block.id === blockId)!.text;
  return (planAnnotations(story).get(blockId)?.links ?? []).map((link) => [link.kind, link.id, text.slice(link.start, link.end)]);
};
/** The copy's article report of a figure, moved to the given words of a paragraph. */
const citeFigure = (story: Story, figureId: string, blockId: string, excerpt: string) => {
  const report = story.figures.find((figure) => figure.id === figureId)!.reports.find((candidate) => candidate.origin === 'article')!;
  if (report.origin !== 'article') throw new Error('expected an article report');
  report.citation = { ...report.citation, blockId, excerpt };
};

describe('links that touch', () => {
  /** The links of the paragraph when the number covers `figureWords` and an event covers `eventWords`. */
  const touching = (figureWords: string, eventWords: string) => {
    const story = structuredClone(borderStory());
    citeFigure(story, 'northland-killed', NINE, figureWords);
    story.events[0]!.citation = { ...story.events[0]!.citation, blockId: NINE, excerpt: eventWords };
    return { links: links(story, NINE), event: story.events[0]!.id };
  };

  it('keeps both a number and an event whose words touch, whichever comes first in the paragraph', () => {
    const after = touching('Northland', "'s defence ministry said");
    expect(after.links).toEqual([
      ['figure', 'northland-killed', 'Northland'],
      ['event', after.event, "'s defence ministry said"],
    ]);
    const before = touching("'s defence ministry said", 'Northland');
    expect(before.links).toEqual([
      ['figure', 'northland-killed', "'s defence ministry said"],
      ['event', before.event, 'Northland'],
    ]);
  });
});

describe('the figures beside a paragraph', () => {
  it('lists each figure a paragraph reports once, in the order of the story’s figures', () => {
    const story = structuredClone(borderStory());
    const captured = story.figures.find((figure) => figure.id === 'soldiers-captured')!;
    // A second report of the same figure in the same paragraph.
    captured.reports.push({ ...structuredClone(captured.reports[0]!), id: 'captured-again' } as (typeof captured.reports)[number]);
    expect(planAnnotations(story).get(SOUTHLAND)!.figures.map((figure) => figure.id)).toEqual(['southland-killed', 'soldiers-captured']);
  });

  it('puts a figure’s later reports beside its own paragraph only, not beside a paragraph reporting another figure', () => {
    const story = structuredClone(borderStory());
    const killed = story.figures.find((figure) => figure.id === 'soldiers-killed')!;
    const outside = killed.reports.find((report) => report.origin === 'external')!;
    const troops = story.figures.find((figure) => figure.id === 'troops-sent')!;
    troops.reports.push({ ...structuredClone(outside), id: 'troops-later' });
    const plan = planAnnotations(story);
    expect(plan.get(OPENING)!.later.map((group) => group.figureLabel)).toEqual([killed.label]);
    expect(plan.get(TROOPS)!.later.map((group) => [group.figureLabel, group.reports.length])).toEqual([[troops.label, 1]]);
  });
});

describe('the site’s notes', () => {
  it('puts a note aimed at an event beside no paragraph', () => {
    const story = structuredClone(borderStory());
    story.notes = [
      { id: 'n1', target: { event: story.events[0]!.id }, text: 'An event’s note, on the timeline.' },
      { id: 'n2', target: { paragraph: OPENING }, text: 'A paragraph’s note.' },
    ] as typeof story.notes;
    const plan = planAnnotations(story);
    const blockIds = new Set(story.blocks.map((block) => block.id));
    expect([...plan.keys()].filter((key) => !blockIds.has(key))).toEqual([]);
    expect([...plan.values()].flatMap((annotations) => annotations.notes)).toEqual(['A paragraph’s note.']);
  });
});
