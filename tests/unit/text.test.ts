import { describe, expect, it } from 'vitest';
import { holdsDoubleQuotes, normalizeText } from '../../src/story/text';
import { quoted } from '../../src/views/format/text';

describe('quoted', () => {
  it('wraps an excerpt in double quotation marks', () => {
    expect(quoted('We view the recent events')).toBe('“We view the recent events”');
  });

  it('uses single marks outside an excerpt that quotes someone itself', () => {
    expect(quoted('“We view the recent events in…')).toBe('‘“We view the recent events in…’');
    expect(quoted('“dozens” of protesters had been “liquidated”')).toBe('‘“dozens” of protesters had been “liquidated”’');
  });

  it('treats an apostrophe as no quotation', () => {
    expect(holdsDoubleQuotes('the country’s biggest city')).toBe(false);
    expect(quoted('the country’s biggest city')).toBe('“the country’s biggest city”');
  });
});

describe('normalizeText', () => {
  it('straightens quote marks and collapses whitespace', () => {
    expect(normalizeText('  “dozens”\n of  protesters’ ')).toBe('"dozens" of protesters\'');
  });
});
