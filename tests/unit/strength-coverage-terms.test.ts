/**
 * Which of the article's numerals and names the data must account for (src/story/coverage.ts): a lone
 * capitalised word that only ever opens a sentence is an ordinary word, one also capitalised mid-sentence
 * is a name; "The" and a possessive "’s" are not part of a name; a term is accounted for by an excerpt, a
 * figure as worded, a date phrase, a place, an actor's names or a mention, or by the editor's ignore list.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleBlock } from '../../src/story/article/blocks';
import { articleTerms, uncoveredTerms } from '../../src/story/coverage';
import type { Story } from '../../src/story/types';

const paragraph = (id: string, text: string, kind: ArticleBlock['kind'] = 'paragraph'): ArticleBlock => ({ id, kind, text, section: null });
const story = (blocks: ArticleBlock[], data: Partial<Story> = {}) =>
  ({ blocks, figures: [], events: [], actors: [], mentions: [], ...data }) as unknown as Story;
const names = (s: Story) => articleTerms(s).filter((term) => term.kind === 'name').map((term) => `${term.blockId}:${term.text}`);
const numbers = (s: Story) => articleTerms(s).filter((term) => term.kind === 'number').map((term) => term.text);

describe('the article’s names', () => {
  it('skips a lone capitalised word that only opens sentences, after a full stop, a colon, a question or a quote', () => {
    const s = story([paragraph('p1', 'Smoke rose. Most fled: Many stayed? Some hid! “Others ran,” he said. “Few returned.”')]);
    expect(names(s)).toEqual([]);
  });

  it('counts a lone word the article also capitalises mid-sentence, even where it opens one', () => {
    const s = story([paragraph('p1', 'Almaty burned. Protesters in Almaty marched.'), paragraph('p2', 'Almaty was calm.')]);
    expect(names(s)).toEqual(['p1:Almaty', 'p1:Almaty', 'p2:Almaty']);
  });

  it('counts a run of capitalised words anywhere, "of" inside it, without "The" or a possessive', () => {
    const s = story([paragraph('p1', 'The Collective Security Treaty Organisation met. The Prosecutor of Almaty Region spoke. The Kremlin’s answer came.')]);
    expect(names(s)).toEqual(['p1:Collective Security Treaty Organisation', 'p1:Prosecutor of Almaty Region', 'p1:Kremlin']);
    // "of" joins two names only when a capitalised word follows it.
    expect(names(story([paragraph('p1', 'he met the Prosecutor of the city')]))).toEqual(['p1:Prosecutor']);
  });

  it('counts initialisms', () => {
    expect(names(story([paragraph('p1', 'officials in the U.S. said so')]))).toEqual(['p1:U.S.']);
  });

  it('reads paragraphs, captions and tweets, not headings', () => {
    const s = story([paragraph('h', 'Almaty Heading', 'heading'), paragraph('photo', 'a photo of Almaty Square', 'photo'), paragraph('tweet', 'in 12 cities', 'tweet')]);
    expect(names(s)).toEqual(['photo:Almaty Square']);
    expect(numbers(s)).toEqual(['12']);
  });
});

describe('the article’s numerals', () => {
  it('counts digits with separators, and numbers written as words', () => {
    const s = story([paragraph('p1', 'At least 1,500 troops, 2.5 tonnes, 24/7 patrols, 9 dead, dozens hurt, hundreds fled, three towns, Twelve flights.')]);
    expect(numbers(s)).toEqual(['1,500', '2.5', '24/7', '9', 'dozens', 'hundreds', 'three', 'Twelve']);
  });
});

describe('terms the data leaves out', () => {
  const blocks = [paragraph('p1', 'Police in Almaty said 12 officers and 9 protesters died, Interfax reported. Tokayev spoke on Thursday in Nur-Sultan with Karim Masimov and KNB.')];

  it('lists every numeral and name no datum accounts for', () => {
    // "Police" and "Tokayev" only open sentences here: ordinary words by the rule above.
    expect(uncoveredTerms(story(blocks), []).map((term) => term.text)).toEqual(['12', '9', 'Almaty', 'Interfax', 'Thursday', 'Nur-Sultan', 'Karim Masimov', 'KNB']);
  });

  it('counts a term as accounted for by an excerpt or a number as worded, an event’s words or place, an actor’s names, or a mention', () => {
    const s = story(blocks, {
      figures: [
        { reports: [{ origin: 'article', citation: { excerpt: 'Interfax reported' }, value: { text: '12' } }] },
        { reports: [{ origin: 'external', value: { text: '9' } }] },
      ] as never,
      events: [{ citation: { excerpt: 'Tokayev spoke' }, date: { phrase: 'on Thursday' }, place: 'Nur-Sultan' }] as never,
      actors: [{ name: 'City of Almaty', aliases: ['Karim Masimov'] }] as never,
      mentions: [{ text: 'KNB' }] as never,
    });
    // "9" is only in an outside report, which is not the article's.
    expect(uncoveredTerms(s, []).map((term) => term.text)).toEqual(['9']);
  });

  it('leaves out the terms the editor lists as ignored, whatever their quote marks and spacing', () => {
    const s = story([paragraph('p1', 'He met Kazakhstan’s Security  Council.')]);
    expect(uncoveredTerms(s, []).map((term) => term.text)).toEqual(['Kazakhstan’s Security  Council']);
    expect(uncoveredTerms(s, ["Kazakhstan's Security Council"])).toEqual([]);
    expect(uncoveredTerms(s, ['Security Council'])).toHaveLength(1);
  });
});
