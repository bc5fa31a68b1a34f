/**
 * Phrases of the date reader (src/story/dates/relative-date.ts) that relative-date.test.ts does not read:
 * "the previous …", counts written "a", "a couple of" or "twenty-one", a month named in the report's own
 * month with "next" or "last", a month "next year", and a day of the month that no month has. Each would
 * put an event on the wrong date, or accept a date no calendar has, where an editor reads it.
 */
import { describe, expect, it } from 'vitest';
import { readDatePhrase } from '../../src/story/dates/relative-date';

/** The reading of `phrase` in a report of `published`, which must be understood. */
function dateOf(published: string, phrase: string) {
  const reading = readDatePhrase(published, phrase);
  if (!reading.understood) throw new Error(`${phrase} (published ${published}) not read: ${reading.problem}`);
  return { start: reading.date.start, precision: reading.date.precision, derivation: reading.date.derivation, others: reading.alternatives.map((other) => other.start) };
}

describe('"the previous" week, month and year look back, as "last" does', () => {
  // Thursday 6 January 2022: its week began on Monday 3 January.
  it('the previous week is the week before the report’s', () => {
    const reading = dateOf('2022-01-06', 'the previous week');
    expect([reading.start, reading.precision]).toEqual(['2021-12-27', 'week']);
    expect(reading.derivation).toContain('the week before the report’s');
  });

  it('the previous month is the month before the report’s', () => {
    const reading = dateOf('2022-01-06', 'the previous month');
    expect([reading.start, reading.precision]).toEqual(['2021-12-01', 'month']);
    expect(reading.derivation).toContain('the month before the report’s, December 2021');
    expect(dateOf('2022-01-06', 'the coming month').derivation).toContain('the month after the report’s, February 2022');
  });

  it('the previous year is the year before the report’s', () => {
    const reading = dateOf('2022-01-06', 'the previous year');
    expect([reading.start, reading.precision]).toEqual(['2021-01-01', 'year']);
    expect(reading.derivation).toContain('the year before the report’s, 2021');
    expect(dateOf('2022-01-06', 'the coming year').derivation).toContain('the year after the report’s, 2023');
  });
});

describe('counts written in words', () => {
  it('reads "a", "a couple of" and "twenty-one" as numbers', () => {
    expect(dateOf('2022-01-06', 'a month ago')).toMatchObject({ start: '2021-12-01', precision: 'month' });
    expect(dateOf('2022-01-06', 'a day ago')).toMatchObject({ start: '2022-01-05', precision: 'day' });
    expect(dateOf('2022-03-10', 'a couple of days ago')).toMatchObject({ start: '2022-03-08', precision: 'day' });
    expect(dateOf('2022-01-06', 'twenty-one days ago')).toMatchObject({ start: '2021-12-16', precision: 'day' });
    expect(dateOf('2022-01-06', 'in twenty-one days')).toMatchObject({ start: '2022-01-27', precision: 'day' });
  });

  it('says "one day" and "two days" in the derivation', () => {
    expect(dateOf('2022-01-06', 'a day ago').derivation).toContain('one day before');
    expect(dateOf('2022-01-06', 'a couple of days ago').derivation).toContain('two days before');
  });
});

describe('a month named in the report’s own month', () => {
  // Published in June 2022.
  it('next June is June of the following year, last June that of the year before', () => {
    expect(dateOf('2022-06-15', 'next june')).toMatchObject({ start: '2023-06-01', precision: 'month' });
    expect(dateOf('2022-06-15', 'last june')).toMatchObject({ start: '2021-06-01', precision: 'month' });
  });

  it('June alone is the report’s own month, with no other reading', () => {
    const reading = dateOf('2022-06-15', 'june');
    expect([reading.start, reading.others]).toEqual(['2022-06-01', []]);
    expect(reading.derivation).toContain('the report’s own month, June 2022');
  });

  it('a month "next year" is that month of the year after the report’s', () => {
    const reading = dateOf('2022-06-15', 'march next year');
    expect([reading.start, reading.precision]).toEqual(['2023-03-01', 'month']);
    expect(reading.derivation).toContain('of the year after the report’s, March 2023');
  });
});

describe('a day of the month without a month', () => {
  it('refuses a day no month has', () => {
    for (const phrase of ['the 32nd', 'the 0th']) {
      const reading = readDatePhrase('2022-01-06', phrase);
      expect(reading.understood, phrase).toBe(false);
      if (!reading.understood) expect(reading.problem).toContain('is not a day of any month');
    }
  });

  it('the 31st read in a 30-day month is the latest 31st before it, or the next one', () => {
    // Published Wednesday 15 June 2022: May has a 31st, June has none, July has.
    const reading = dateOf('2022-06-15', 'the 31st');
    expect(reading.start).toBe('2022-05-31');
    expect(reading.others).toEqual(['2022-07-31']);
  });

  it('the day of the report itself has no other reading', () => {
    const reading = dateOf('2022-06-15', 'the 15th');
    expect([reading.start, reading.others]).toEqual(['2022-06-15', []]);
    expect(reading.derivation).toContain('it is the day of the report');
  });
});
