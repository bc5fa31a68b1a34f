/**
 * What the actors pages show (src/views/actors/profile.ts), read on the border fixture story: the who's
 * who groups and their order, and one actor's affiliations, words, numbers, events and relations, with each
 * mention marked inside its sentence.
 */
import { describe, expect, it } from 'vitest';
import { actorGroups, actorProfile, pageTitle } from '../../src/views/actors/profile';
import type { Mention, Story } from '../../src/story/types';
import { borderStory } from '../support/fixture-stories';

const idsOf = (items: { id: string }[]) => items.map((item) => item.id);

describe('the who’s who groups', () => {
  it('lists the kinds of actor in the index’s order, empty groups left out, the most often named first', () => {
    const story = borderStory();
    expect(actorGroups(story.actors, story.mentions).map(({ group, actors }) => [group.label, idsOf(actors)])).toEqual([
      ['People', ['arlen-vos']],
      ['States', ['northland', 'southland']],
      ['Government and security bodies', ['northland-defence-ministry', 'southland-army']],
      ['Media and sources', ['local-officials']],
    ]);
  });

  it('puts an actor named more often before one named less, whatever the alphabet says', () => {
    const story = borderStory();
    const southland = story.mentions.find((mention) => mention.actorId === 'northland')!;
    const mentions: Mention[] = [0, 1, 2, 3].map(() => ({ ...southland, actorId: 'southland' }));
    const states = actorGroups(story.actors, mentions).find(({ group }) => group.id === 'states')!;
    expect(idsOf(states.actors)).toEqual(['southland', 'northland']);
  });

  it('orders actors named equally often by name', () => {
    const story = borderStory();
    const reversed = [...story.actors].reverse();
    const bodies = actorGroups(reversed).find(({ group }) => group.id === 'bodies')!;
    expect(idsOf(bodies.actors)).toEqual(['northland-defence-ministry', 'southland-army']);
  });
});

describe('an actor’s profile', () => {
  it('gives a state’s members, the events it took part in and its relations, each in the direction it runs', () => {
    const profile = actorProfile(borderStory(), 'northland');
    expect(profile.actor.name).toBe('Northland');
    expect(idsOf(profile.memberOf)).toEqual([]);
    expect(idsOf(profile.members)).toEqual(['northland-defence-ministry', 'arlen-vos']);
    expect(idsOf(profile.events)).toEqual(['border-clash', 'ceasefire-2029', 'talks-scheduled']);
    expect(profile.relations.map(({ relation, direction, other }) => [relation.id, direction, other.id])).toEqual([
      ['clash', 'out', 'southland'],
      ['vos-leads', 'in', 'arlen-vos'],
      ['ministers-talk', 'out', 'southland'],
    ]);
    expect(profile.mentions).toHaveLength(3);
  });

  it('gives a person’s affiliation, what they said and the events they are in', () => {
    const profile = actorProfile(borderStory(), 'arlen-vos');
    expect(idsOf(profile.memberOf)).toEqual(['northland']);
    expect(idsOf(profile.said)).toEqual(['vos-defend']);
    expect(profile.carried).toEqual([]);
    expect(idsOf(profile.events)).toEqual(['vos-address']);
    expect(profile.reports).toEqual([]);
  });

  it('gives the numbers an actor reported, with the outside reports of the same figure to compare', () => {
    const army = actorProfile(borderStory(), 'southland-army');
    expect(army.reports.map(({ figure, report, as, later }) => [figure.id, report.id, as, idsOf(later)])).toEqual([
      ['southland-killed', 'army-five', 'claimant', []],
      ['soldiers-captured', 'army-three', 'claimant', []],
    ]);
    const officials = actorProfile(borderStory(), 'local-officials');
    expect(officials.reports.map(({ figure, report, later }) => [figure.id, report.id, idsOf(later)])).toEqual([
      ['soldiers-killed', 'officials-14', ['herald-early', 'wire-later']],
      ['villagers-displaced', 'officials-2000', []],
    ]);
  });

  it('counts a number an actor only relayed, and a claim it carried for another speaker, apart from its own', () => {
    const story = structuredClone(borderStory());
    const army = story.figures.find((figure) => figure.id === 'southland-killed')!.reports[0]!;
    if (army.origin !== 'article') throw new Error('expected an article report');
    army.via = 'local-officials';
    story.claims.find((claim) => claim.id === 'shelling-accusation')!.via = 'local-officials';
    // A claim whose speaker is also its relay is the speaker's own, not carried.
    story.claims.find((claim) => claim.id === 'vos-defend')!.via = 'arlen-vos';
    const officials = actorProfile(story, 'local-officials');
    expect(officials.reports.map(({ report, as }) => [report.id, as])).toEqual([
      ['officials-14', 'claimant'],
      ['army-five', 'via'],
      ['officials-2000', 'claimant'],
    ]);
    expect(idsOf(officials.carried)).toEqual(['shelling-accusation']);
    expect(idsOf(officials.said)).toEqual([]);
    expect(actorProfile(story, 'arlen-vos').carried).toEqual([]);
    expect(idsOf(actorProfile(story, 'arlen-vos').said)).toEqual(['vos-defend']);
  });

  it('refuses an actor the story does not have, naming it and the story', () => {
    expect(() => actorProfile(borderStory(), 'nobody')).toThrow('No actor "nobody" in story "border-fixture-story"');
  });
});

/** The sentences of a profile as text with the mentions in [brackets]. */
const marked = (story: Story, actorId: string) =>
  actorProfile(story, actorId).sentences.map((sentence) => sentence.parts.map((part) => (part.mention ? `[${part.text}]` : part.text)).join(''));

describe('the mentions on a profile', () => {
  it('shows each sentence that names the actor once, with the name marked where it stands', () => {
    expect(marked(borderStory(), 'northland')).toEqual([
      'Eastport — Troops from [Northland] and Southland clashed along their disputed border on Wednesday, leaving at least 14 soldiers dead, officials on both sides said.',
      "Southland's army said five of its soldiers died and that its forces had captured three [Northland] soldiers.",
      "“We will defend every metre of our land,” [Northland]'s president, Arlen Vos, said in a televised address on Wednesday evening.",
    ]);
    const [first] = actorProfile(borderStory(), 'northland').sentences;
    expect(first).toMatchObject({ blockId: 'p-eastport-troops-from-northland-and', blockKind: 'paragraph', section: null });
    expect(first!.mentions).toHaveLength(1);
  });

  it('marks two mentions of one sentence in the same sentence', () => {
    const story = structuredClone(borderStory());
    const first = story.mentions.find((mention) => mention.actorId === 'northland')!;
    const block = story.blocks.find((candidate) => candidate.id === first.blockId)!;
    const at = block.text.indexOf('Southland');
    story.mentions.splice(story.mentions.indexOf(first) + 1, 0, { ...first, text: 'Southland', start: at, end: at + 'Southland'.length });
    const sentences = actorProfile(story, 'northland').sentences;
    expect(sentences).toHaveLength(3);
    expect(sentences[0]!.mentions).toHaveLength(2);
    expect(marked(story, 'northland')[0]).toBe(
      'Eastport — Troops from [Northland] and [Southland] clashed along their disputed border on Wednesday, leaving at least 14 soldiers dead, officials on both sides said.',
    );
  });

  it('marks the mention in the right copy of a sentence the paragraph says twice', () => {
    const story = structuredClone(borderStory());
    const mention = story.mentions.find((candidate) => candidate.actorId === 'arlen-vos')!;
    const block = story.blocks.find((candidate) => candidate.id === mention.blockId)!;
    // The same sentence twice; the mention is the name in the second copy.
    const sentence = mention.sentence;
    block.text = `${sentence} ${sentence}`;
    mention.start = sentence.length + 1 + sentence.indexOf('Arlen Vos');
    mention.end = mention.start + mention.text.length;
    expect(marked(story, 'arlen-vos')).toEqual([
      "“We will defend every metre of our land,” Northland's president, [Arlen Vos], said in a televised address on Wednesday evening.",
    ]);
  });

  it('marks the name where the mention stands when the sentence names the actor twice', () => {
    const story = structuredClone(borderStory());
    const mention = story.mentions.find((candidate) => candidate.actorId === 'arlen-vos')!;
    const block = story.blocks.find((candidate) => candidate.id === mention.blockId)!;
    // The first "Arlen Vos" is another man's name; the mention is the second.
    const sentence = 'Arlen Vos Jr. wrote that Arlen Vos said so.';
    block.text = `Before it. ${sentence}`;
    Object.assign(mention, { sentence, start: 'Before it. Arlen Vos Jr. wrote that '.length, end: 'Before it. Arlen Vos Jr. wrote that Arlen Vos'.length });
    expect(marked(story, 'arlen-vos')).toEqual(['Arlen Vos Jr. wrote that [Arlen Vos] said so.']);
  });

  it('gives each sentence of a paragraph that names the actor its own line', () => {
    const story = structuredClone(borderStory());
    const first = story.mentions.find((candidate) => candidate.actorId === 'arlen-vos')!;
    const block = story.blocks.find((candidate) => candidate.id === first.blockId)!;
    block.text = 'Arlen Vos spoke. Then Arlen Vos left.';
    Object.assign(first, { sentence: 'Arlen Vos spoke.', start: 0, end: 9 });
    story.mentions.splice(story.mentions.indexOf(first) + 1, 0, { ...first, sentence: 'Then Arlen Vos left.', start: 22, end: 31 });
    expect(marked(story, 'arlen-vos')).toEqual(['[Arlen Vos] spoke.', 'Then [Arlen Vos] left.']);
  });

  it('finds the name by its words when the sentence is not found in the paragraph as written', () => {
    const story = structuredClone(borderStory());
    const mention = story.mentions.find((candidate) => candidate.actorId === 'arlen-vos')!;
    story.blocks.find((candidate) => candidate.id === mention.blockId)!.text = 'Text that no longer holds the sentence.';
    expect(marked(story, 'arlen-vos')).toEqual([
      "“We will defend every metre of our land,” Northland's president, [Arlen Vos], said in a televised address on Wednesday evening.",
    ]);
  });

  it('marks a mention that ends the sentence without an empty run after it', () => {
    const story = structuredClone(borderStory());
    const mention = story.mentions.find((candidate) => candidate.actorId === 'arlen-vos')!;
    const block = story.blocks.find((candidate) => candidate.id === mention.blockId)!;
    block.text = 'He met Arlen Vos';
    Object.assign(mention, { sentence: 'He met Arlen Vos', start: 7, end: 16 });
    expect(actorProfile(story, 'arlen-vos').sentences[0]!.parts).toEqual([
      { text: 'He met ', mention: false },
      { text: 'Arlen Vos', mention: true },
    ]);
    Object.assign(mention, { start: 0, end: 9, text: 'He met Ar' });
    expect(actorProfile(story, 'arlen-vos').sentences[0]!.parts).toEqual([
      { text: 'He met Ar', mention: true },
      { text: 'len Vos', mention: false },
    ]);
  });

  it('skips a mention that overlaps the one before it rather than repeating words', () => {
    const story = structuredClone(borderStory());
    const mention = story.mentions.find((candidate) => candidate.actorId === 'arlen-vos')!;
    const index = story.mentions.indexOf(mention);
    story.mentions.splice(index + 1, 0, { ...mention, text: 'Vos', start: mention.start + 6, end: mention.end });
    expect(marked(story, 'arlen-vos')).toEqual([
      "“We will defend every metre of our land,” Northland's president, [Arlen Vos], said in a televised address on Wednesday evening.",
    ]);
  });
});

describe('pageTitle', () => {
  it('joins as many parts as fit in 70 characters with dashes, and always the first', () => {
    expect(pageTitle(['Arlen Vos', 'Who’s who', 'Fixture story'])).toBe('Arlen Vos — Who’s who — Fixture story');
    const long = 'A'.repeat(60);
    expect(pageTitle([long, 'Who’s who', 'Story'])).toBe(long);
    expect(pageTitle(['B'.repeat(80), 'Who’s who'])).toBe('B'.repeat(80));
  });

  it('stops at the first part that does not fit, even if a later one would', () => {
    expect(pageTitle(['Title', 'x'.repeat(10), 'y'], 20)).toBe('Title — xxxxxxxxxx');
    expect(pageTitle(['Title', 'x'.repeat(20), 'y'], 20)).toBe('Title');
    // Exactly the limit fits.
    expect(pageTitle(['12345', '1234567890'], 18)).toBe('12345 — 1234567890');
    expect(pageTitle(['12345', '1234567890'], 17)).toBe('12345');
  });
});
