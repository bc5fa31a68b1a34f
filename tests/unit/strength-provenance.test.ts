/**
 * Provenance (src/story/provenance.ts, src/story/suggest.ts, src/story/text.ts): every datum quotes the
 * article, found in exactly one of the reporter's blocks whatever the quote marks and spacing, never in a
 * heading the site added; when it is not found, the editor is shown the passage nearest to what they typed,
 * and a mistyped id is answered with the nearest ids.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleBlock } from '../../src/story/article/blocks';
import { locateExcerpt, paragraphIdsHint } from '../../src/story/provenance';
import { closestPassage, nearestIds, nearestIdsHint } from '../../src/story/suggest';
import { holdsDoubleQuotes, normalizeText, occurrences } from '../../src/story/text';

const block = (id: string, text: string, extra: Partial<ArticleBlock> = {}): ArticleBlock => ({ id, kind: 'paragraph', text, section: null, ...extra });

const BLOCKS: ArticleBlock[] = [
  block('the-clash', 'The clash', { kind: 'heading', bySite: true }),
  block('p-troops', 'Troops from Northland and Southland clashed along their disputed border on Wednesday.'),
  block('p-vos', '“We will  defend every metre of our land,” Northland’s president, Arlen Vos, said.'),
  block('p-talks', 'Talks are scheduled. Talks between their foreign ministers are scheduled for next week.'),
];
const SITE = { file: 'events.yaml', entry: 'border-clash', field: 'excerpt' };
const locate = (excerpt: string, hint?: string, site = SITE) => locateExcerpt(BLOCKS, excerpt, hint, site);

describe('finding an excerpt in the article', () => {
  it('finds it in its block and gives the article’s own spelling back, curly quotes and all', () => {
    expect(locate('clashed along their disputed border')).toEqual({ excerpt: 'clashed along their disputed border', blockId: 'p-troops', articleText: 'clashed along their disputed border' });
    expect(locate('"We will defend every metre of our land," Northland\'s president')).toEqual({
      excerpt: '"We will defend every metre of our land," Northland\'s president',
      blockId: 'p-vos',
      articleText: '“We will defend every metre of our land,” Northland’s president',
    });
  });

  it('refuses an excerpt found twice, saying where, unless a paragraph is named', () => {
    expect(() => locate('are scheduled')).toThrow(
      'events.yaml  entry "border-clash"  field "excerpt"  excerpt found 2 times (in p-talks); quote more words or add excerptParagraph: "are scheduled"',
    );
    expect(() => locate('Talks')).toThrow('excerpt found 2 times (in p-talks)');
  });

  it('uses the named paragraph to choose between blocks', () => {
    const blocks = [...BLOCKS, block('p-again', 'Troops from Northland and Southland clashed again.')];
    expect(() => locateExcerpt(blocks, 'Troops from Northland', undefined, SITE)).toThrow('excerpt found 2 times (in p-troops, p-again)');
    expect(locateExcerpt(blocks, 'Troops from Northland', 'p-again', SITE).blockId).toBe('p-again');
  });

  it('says an excerpt is not in the article, with the passage nearest to it', () => {
    expect(() => locate('clashed along the disputed border on Wednesday')).toThrow(
      'field "excerpt"  excerpt not found in the article: "clashed along the disputed border on Wednesday"; closest in the article, in p-troops: "clashed along their disputed border on Wednesday."',
    );
  });

  it('says when the words are only in a heading the site added', () => {
    expect(() => locate('The clash')).toThrow(
      'excerpt not found in the article (only in a heading the site added, which is not the reporter’s text): "The clash"',
    );
  });

  it('says an excerpt is not in the paragraph named', () => {
    expect(() => locate('Arlen Vos', 'p-troops')).toThrow('excerpt not found in the article paragraph "p-troops": "Arlen Vos"');
  });

  it('refuses a named paragraph that is the site’s heading, or no paragraph at all, on the excerptParagraph field', () => {
    const site = { ...SITE, field: 'reports[0].excerpt' };
    expect(() => locate('The clash', 'the-clash', site)).toThrow(
      'field "reports[0].excerptParagraph"  excerptParagraph "the-clash" is a heading the site added, not the reporter\'s words',
    );
    expect(() => locate('Arlen Vos', 'p-voss', site)).toThrow(
      'field "reports[0].excerptParagraph"  excerptParagraph "p-voss" is not a paragraph id of the article; nearest: "p-vos", "p-talks", "p-troops"; the article\'s paragraph ids: p-troops, p-vos, p-talks',
    );
  });

  it('lists the reporter’s paragraph ids, never the site’s headings, in a hint', () => {
    expect(paragraphIdsHint('p-troop', BLOCKS)).toBe('; nearest: "p-troops", "p-talks", "p-vos"; the article\'s paragraph ids: p-troops, p-vos, p-talks');
  });
});

describe('the nearest ids to a mistyped one', () => {
  it('gives up to three, nearest first, ties in alphabetical order, each once', () => {
    expect(nearestIds('arlen-voss', ['northland', 'arlen-vos', 'southland', 'arlen-vos'])).toEqual(['arlen-vos', 'northland', 'southland']);
    expect(nearestIds('ab', ['ac', 'aa', 'zz', 'ab-long'])).toEqual(['aa', 'ac', 'zz']);
    expect(nearestIds('ab', ['ac', 'aa', 'zz'], 1)).toEqual(['aa']);
  });

  it('words them as a hint, or nothing when no id is known', () => {
    expect(nearestIdsHint('arlen-voss', ['arlen-vos'])).toBe('; nearest: "arlen-vos"');
    expect(nearestIdsHint('arlen-voss', ['arlen-vos', 'arlen'])).toBe('; nearest: "arlen-vos", "arlen"');
    expect(nearestIdsHint('arlen-voss', [])).toBe('');
  });
});

describe('the passage nearest to a misquoted excerpt', () => {
  it('finds a run of about as many words, counting whole words changed', () => {
    expect(closestPassage(BLOCKS, 'Talks between the foreign ministers are planned')).toEqual({
      blockId: 'p-talks',
      text: 'Talks between their foreign ministers are scheduled',
    });
  });

  it('finds a passage with a word left out or one added', () => {
    expect(closestPassage(BLOCKS, 'Troops from Northland and Southland clashed along disputed border')).toEqual({
      blockId: 'p-troops',
      text: 'Troops from Northland and Southland clashed along their disputed border',
    });
    expect(closestPassage(BLOCKS, 'clashed fiercely along their disputed border')).toEqual({ blockId: 'p-troops', text: 'clashed along their disputed border' });
  });

  it('compares words whatever their case and punctuation', () => {
    // Word for word this is the passage; only its capitals and commas differ.
    expect(closestPassage(BLOCKS, 'TROOPS, FROM NORTHLAND AND SOUTHLAND CLASHED ALONG THEIR DISPUTED BORDER ON WEDNESDAY!')).toEqual({
      blockId: 'p-troops',
      text: 'Troops from Northland and Southland clashed along their disputed border on Wednesday.',
    });
  });

  it('prefers the nearer spelling when two passages differ by as many words', () => {
    const blocks = [block('p-a', 'the troops crossed'), block('p-b', 'the troop crossed')];
    // "troo" is a word off from both; it is one letter from "troop", two from "troops".
    expect(closestPassage(blocks, 'the troo crossed')).toEqual({ blockId: 'p-b', text: 'the troop crossed' });
    expect(closestPassage([...blocks].reverse(), 'the troo crossed')).toEqual({ blockId: 'p-b', text: 'the troop crossed' });
  });

  it('suggests nothing when even the best passage changes more than half the words', () => {
    expect(closestPassage(BLOCKS, 'an entirely different sentence about nothing')).toBeUndefined();
    // Two words of four changed is still suggested; three is not.
    expect(closestPassage([block('p-a', 'one two three four')], 'one two five six')).toMatchObject({ blockId: 'p-a' });
    expect(closestPassage([block('p-a', 'one two three four')], 'one five six seven')).toBeUndefined();
  });
});

describe('text as matched', () => {
  it('straightens every kind of quote mark and collapses spacing', () => {
    expect(normalizeText('  ‘a’ ‚b‛ “c” „d‟\n\t e  ')).toBe('\'a\' \'b\' "c" "d" e');
  });

  it('finds every occurrence, overlapping ones included, and none of an empty needle', () => {
    expect(occurrences('aaa', 'aa')).toEqual([0, 1]);
    expect(occurrences('abcabc', 'bc')).toEqual([1, 4]);
    expect(occurrences('abc', '')).toEqual([]);
    expect(occurrences('abc', 'x')).toEqual([]);
  });

  it('knows an excerpt quoting someone by its double quotation marks', () => {
    expect(holdsDoubleQuotes('he said “no”')).toBe(true);
    expect(holdsDoubleQuotes('he said "no"')).toBe(true);
    expect(holdsDoubleQuotes('„nein‟')).toBe(true);
    expect(holdsDoubleQuotes('Northland’s ‘own’ count')).toBe(false);
  });
});
