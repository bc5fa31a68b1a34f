import { describe, expect, it } from 'vitest';
import { leadingWordsSlug, slugify } from '../../src/story/article/slug';

describe('slugify', () => {
  it('makes readable URL fragments from headings with curly quotes and accents', () => {
    expect(slugify('Emergency rule and the CSTO’s stated aims')).toBe('emergency-rule-and-the-cstos-stated-aims');
    expect(slugify('Moscow blames “outside” inspiration')).toBe('moscow-blames-outside-inspiration');
    expect(slugify('Kazakstan’s security — forces')).toBe('kazakstans-security-forces');
    expect(slugify('Nur-Sultan, Kazakhstan')).toBe('nur-sultan-kazakhstan');
    expect(slugify('Électricité')).toBe('electricite');
  });
});

describe('leadingWordsSlug', () => {
  it('uses only the opening words, so later edits to a paragraph keep its id', () => {
    expect(leadingWordsSlug('On Thursday the protests turned deadly. Police in Almaty…')).toBe('on-thursday-the-protests-turned');
    expect(leadingWordsSlug('On Thursday the protests turned violent, officials said.')).toBe('on-thursday-the-protests-turned');
  });

  it('skips words that are only punctuation', () => {
    expect(leadingWordsSlug('Moscow — Russia has sent military hardware')).toBe('moscow-russia-has-sent-military');
    expect(leadingWordsSlug('Russian and U.S. diplomats are scheduled', 3)).toBe('russian-and-us');
  });
});
