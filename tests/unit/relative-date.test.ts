/**
 * The article's words for a date, read against the publication date (src/story/dates/relative-date.ts):
 * each case checks the start, the precision, any other reading, and that the derivation names the report's
 * date and the date it gives. Publication dates fall on different weekdays, at month and year ends and on
 * a leap day. Every date given, for many publication dates and phrases, passes the event schema; the
 * table of docs/dates.md is what the reader gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DateCandidate, readDatePhrase } from '../../src/story/dates/relative-date';
import { eventDateSchema } from '../../src/story/schemas/event';
import { projectRoot } from '../support/build-site';

// The site's way of writing a day, spelt out here rather than taken from the module under test.
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDay = (iso: string) => {
  const date = new Date(`${iso}T00:00:00Z`);
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
};
const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

/** The reading of `phrase`, which must be understood; every date it gives passes the event schema. */
function read(published: string, phrase: string) {
  const reading = readDatePhrase(published, phrase);
  if (!reading.understood) throw new Error(`${phrase} (published ${published}) not read: ${reading.problem}`);
  for (const candidate of [reading.date, ...reading.alternatives]) expectValid(candidate, reading.phrase);
  return reading;
}

/** The date passes eventDateSchema with the phrase, and its derivation is one or more full sentences. */
function expectValid(candidate: DateCandidate, phrase: string) {
  const parsed = eventDateSchema.safeParse({ start: candidate.start, precision: candidate.precision, phrase, derivation: candidate.derivation });
  expect(parsed.success, `${phrase} → ${candidate.start} ${candidate.precision}: ${parsed.error?.message}`).toBe(true);
  expect(candidate.derivation).toMatch(/^[A-Z“].*\.$/);
  expect(candidate.derivation).not.toMatch(/["']|\s\s|undefined|NaN/);
}

interface Case {
  phrase: string;
  start: string;
  precision: 'day' | 'week' | 'month' | 'year';
  /** Words the derivation must contain besides the publication date (the date it gives, the reasoning). */
  names: string[];
  /** The other readings' starts, in order; none when omitted. */
  others?: string[];
}

/** Runs the cases against one publication date. */
function casesFor(published: string, description: string, cases: Case[]) {
  describe(`published ${published} (${description})`, () => {
    it.each(cases.map((entry) => [entry.phrase, entry] as const))('%s', (_, { phrase, start, precision, names, others = [] }) => {
      const reading = read(published, phrase);
      expect(reading.date.start).toBe(start);
      expect(reading.date.precision).toBe(precision);
      expect(reading.date.derivation).toContain(longDay(published));
      for (const name of names) expect(reading.date.derivation).toContain(name);
      expect(reading.alternatives.map((alternative) => alternative.start)).toEqual(others);
      for (const alternative of reading.alternatives) {
        expect(alternative.derivation).toContain(longDay(published));
        expect(alternative.when).toMatch(/^if /);
      }
    });
  });
}

casesFor('2022-01-06', 'a Thursday', [
  { phrase: 'today', start: '2022-01-06', precision: 'day', names: ['“today”', 'that day'] },
  { phrase: 'tonight', start: '2022-01-06', precision: 'day', names: ['that day'] },
  { phrase: 'this morning', start: '2022-01-06', precision: 'day', names: ['that day'] },
  { phrase: 'this evening', start: '2022-01-06', precision: 'day', names: ['that day'] },
  { phrase: 'earlier today', start: '2022-01-06', precision: 'day', names: ['that day'] },
  { phrase: 'overnight', start: '2022-01-06', precision: 'day', names: ['the night into that day'], others: ['2022-01-05'] },
  { phrase: 'yesterday', start: '2022-01-05', precision: 'day', names: ['the day before, Wednesday 5 January 2022'] },
  { phrase: 'last night', start: '2022-01-05', precision: 'day', names: ['the night before, Wednesday 5 January 2022'] },
  { phrase: 'yesterday evening', start: '2022-01-05', precision: 'day', names: ['Wednesday 5 January 2022'] },
  { phrase: 'the day before yesterday', start: '2022-01-04', precision: 'day', names: ['Tuesday 4 January 2022'] },
  { phrase: 'tomorrow', start: '2022-01-07', precision: 'day', names: ['the day after, Friday 7 January 2022'] },
  { phrase: 'On Thursday', start: '2022-01-06', precision: 'day', names: ['“On Thursday” in it is that day'] },
  { phrase: 'Thursday', start: '2022-01-06', precision: 'day', names: ['that day'] },
  { phrase: 'on Wednesday', start: '2022-01-05', precision: 'day', names: ['of something already done', 'the day before, 5 January 2022'], others: ['2022-01-12'] },
  { phrase: 'Monday night', start: '2022-01-03', precision: 'day', names: ['the Monday before, 3 January 2022, three days earlier'], others: ['2022-01-10'] },
  { phrase: 'late Tuesday', start: '2022-01-04', precision: 'day', names: ['4 January 2022'], others: ['2022-01-11'] },
  { phrase: 'early on Friday', start: '2021-12-31', precision: 'day', names: ['31 December 2021, six days earlier'], others: ['2022-01-07'] },
  { phrase: 'Thursday’s', start: '2022-01-06', precision: 'day', names: ['that day'] },
  { phrase: 'last Friday', start: '2021-12-31', precision: 'day', names: ['the latest Friday before the report, 31 December 2021'] },
  { phrase: 'last Monday', start: '2022-01-03', precision: 'day', names: ['3 January 2022'], others: ['2021-12-27'] },
  { phrase: 'last Thursday', start: '2021-12-30', precision: 'day', names: ['30 December 2021, seven days earlier'] },
  { phrase: 'next Monday', start: '2022-01-10', precision: 'day', names: ['the first Monday after the report, 10 January 2022'] },
  { phrase: 'next Friday', start: '2022-01-07', precision: 'day', names: ['7 January 2022, the day after'], others: ['2022-01-14'] },
  { phrase: 'this Saturday', start: '2022-01-08', precision: 'day', names: ['the Saturday of the report’s week, 8 January 2022'] },
  { phrase: 'this Monday', start: '2022-01-03', precision: 'day', names: ['3 January 2022'], others: ['2022-01-10'] },
  { phrase: 'this coming Sunday', start: '2022-01-09', precision: 'day', names: ['9 January 2022'] },
  { phrase: 'this past Sunday', start: '2022-01-02', precision: 'day', names: ['2 January 2022'] },
  { phrase: 'this week', start: '2022-01-03', precision: 'week', names: ['the week that began on Monday 3 January 2022', 'names no day'] },
  { phrase: 'throughout the week', start: '2022-01-03', precision: 'week', names: ['“throughout the week”', 'Monday 3 January 2022'] },
  { phrase: 'earlier this week', start: '2022-01-03', precision: 'week', names: ['Monday 3 January 2022'] },
  { phrase: 'later this week', start: '2022-01-03', precision: 'week', names: ['Monday 3 January 2022'] },
  { phrase: 'last week', start: '2021-12-27', precision: 'week', names: ['the week before the report’s', 'Monday 27 December 2021'] },
  { phrase: 'next week', start: '2022-01-10', precision: 'week', names: ['the week after the report’s', 'the week that begins on Monday 10 January 2022'] },
  { phrase: 'early next week', start: '2022-01-10', precision: 'week', names: ['Monday 10 January 2022', 'the whole week'] },
  { phrase: 'over the weekend', start: '2021-12-27', precision: 'week', names: ['Saturday 1 and Sunday 2 January 2022', 'Monday 27 December 2021'], others: ['2022-01-03'] },
  { phrase: 'this weekend', start: '2022-01-03', precision: 'week', names: ['Saturday 8 and Sunday 9 January 2022'] },
  { phrase: 'next weekend', start: '2022-01-10', precision: 'week', names: ['Saturday 15 and Sunday 16 January 2022'] },
  { phrase: 'this month', start: '2022-01-01', precision: 'month', names: ['the report’s month, January 2022'] },
  { phrase: 'earlier this month', start: '2022-01-01', precision: 'month', names: ['January 2022'] },
  { phrase: 'last month', start: '2021-12-01', precision: 'month', names: ['December 2021'] },
  { phrase: 'next month', start: '2022-02-01', precision: 'month', names: ['February 2022'] },
  { phrase: 'this year', start: '2022-01-01', precision: 'year', names: ['the report’s year, 2022'] },
  { phrase: 'last year', start: '2021-01-01', precision: 'year', names: ['2021', 'names no month or day'] },
  { phrase: 'next year', start: '2023-01-01', precision: 'year', names: ['2023'] },
  { phrase: 'in 2019', start: '2019-01-01', precision: 'year', names: ['only the year, 2019', 'names no month or day'] },
  { phrase: 'late 2019', start: '2019-01-01', precision: 'year', names: ['2019', 'cannot show “late”'] },
  { phrase: 'mid-2019', start: '2019-01-01', precision: 'year', names: ['2019', '“mid”'] },
  { phrase: 'June 7, 2019', start: '2019-06-07', precision: 'day', names: ['the full date, Friday 7 June 2019'] },
  { phrase: 'December 28, 2021', start: '2021-12-28', precision: 'day', names: ['Tuesday 28 December 2021, nine days before the report'] },
  { phrase: 'January 5, 2022', start: '2022-01-05', precision: 'day', names: ['Wednesday 5 January 2022, the day before the report'] },
  { phrase: 'Jan. 5, 2022', start: '2022-01-05', precision: 'day', names: ['Wednesday 5 January 2022'] },
  { phrase: '5 January 2022', start: '2022-01-05', precision: 'day', names: ['Wednesday 5 January 2022'] },
  { phrase: 'January 5th, 2022', start: '2022-01-05', precision: 'day', names: ['Wednesday 5 January 2022'] },
  { phrase: '2022-01-05', start: '2022-01-05', precision: 'day', names: ['Wednesday 5 January 2022'] },
  { phrase: 'January 5', start: '2022-01-05', precision: 'day', names: ['without a year', 'the latest 5 January by then: Wednesday 5 January 2022'], others: ['2023-01-05'] },
  { phrase: 'Jan. 5', start: '2022-01-05', precision: 'day', names: ['Wednesday 5 January 2022'], others: ['2023-01-05'] },
  { phrase: '5 January', start: '2022-01-05', precision: 'day', names: ['Wednesday 5 January 2022'], others: ['2023-01-05'] },
  { phrase: 'the 5th of January', start: '2022-01-05', precision: 'day', names: ['Wednesday 5 January 2022'], others: ['2023-01-05'] },
  { phrase: 'January 6', start: '2022-01-06', precision: 'day', names: ['the day of the report'] },
  { phrase: 'December 28', start: '2021-12-28', precision: 'day', names: ['Tuesday 28 December 2021'], others: ['2022-12-28'] },
  { phrase: 'Wednesday, Jan. 5', start: '2022-01-05', precision: 'day', names: ['It is a Wednesday, as the article says'] },
  { phrase: 'Wednesday, January 5, 2022', start: '2022-01-05', precision: 'day', names: ['Wednesday 5 January 2022'] },
  { phrase: 'the 5th', start: '2022-01-05', precision: 'day', names: ['without a month', 'Wednesday 5 January 2022'], others: ['2022-02-05'] },
  { phrase: 'in June', start: '2021-06-01', precision: 'month', names: ['the latest June by then: June 2021'], others: ['2022-06-01'] },
  { phrase: 'in January', start: '2022-01-01', precision: 'month', names: ['the report’s own month, January 2022'] },
  { phrase: 'early June', start: '2021-06-01', precision: 'month', names: ['June 2021', '“early”'], others: ['2022-06-01'] },
  { phrase: 'June 2019', start: '2019-06-01', precision: 'month', names: ['June 2019', 'names no day'] },
  { phrase: 'in June 2019', start: '2019-06-01', precision: 'month', names: ['June 2019'] },
  { phrase: 'last June', start: '2021-06-01', precision: 'month', names: ['June 2021'] },
  { phrase: 'this June', start: '2022-06-01', precision: 'month', names: ['June 2022'] },
  { phrase: 'next June', start: '2022-06-01', precision: 'month', names: ['June 2022'] },
  { phrase: 'June last year', start: '2021-06-01', precision: 'month', names: ['June 2021'] },
  { phrase: 'two days ago', start: '2022-01-04', precision: 'day', names: ['two days before, Tuesday 4 January 2022'] },
  { phrase: 'a week ago', start: '2021-12-27', precision: 'week', names: ['Thursday 30 December 2021', 'Monday 27 December 2021'] },
  { phrase: 'three weeks ago', start: '2021-12-13', precision: 'week', names: ['Thursday 16 December 2021', 'the week that began on Monday 13 December 2021'] },
  { phrase: 'a fortnight ago', start: '2021-12-20', precision: 'week', names: ['two weeks before'] },
  { phrase: 'two months ago', start: '2021-11-01', precision: 'month', names: ['November 2021'] },
  { phrase: '20 years ago', start: '2002-01-01', precision: 'year', names: ['2002', 'approximate'] },
  { phrase: 'twenty years ago', start: '2002-01-01', precision: 'year', names: ['2002'] },
  { phrase: 'a decade ago', start: '2012-01-01', precision: 'year', names: ['ten years', '2012'] },
  { phrase: 'more than 20 years ago', start: '2002-01-01', precision: 'year', names: ['a lower bound', 'before 6 January 2002', '2002 at the latest', 'may be earlier'] },
  { phrase: 'nearly 20 years ago', start: '2002-01-01', precision: 'year', names: ['an upper bound', 'after 6 January 2002', '2002 at the earliest', 'may be later'] },
  { phrase: 'about a year ago', start: '2021-01-01', precision: 'year', names: ['about one year', '2021'] },
  { phrase: 'at least three days ago', start: '2022-01-03', precision: 'day', names: ['on or before 3 January 2022', 'Monday 3 January 2022 at the latest'] },
  { phrase: 'in two weeks', start: '2022-01-17', precision: 'week', names: ['Thursday 20 January 2022', 'the week that begins on Monday 17 January 2022'] },
  { phrase: 'three days from now', start: '2022-01-09', precision: 'day', names: ['Sunday 9 January 2022'] },
]);

casesFor('2024-03-01', 'a Friday after a leap day', [
  { phrase: 'yesterday', start: '2024-02-29', precision: 'day', names: ['Thursday 29 February 2024'] },
  { phrase: 'Thursday', start: '2024-02-29', precision: 'day', names: ['the day before, 29 February 2024'], others: ['2024-03-07'] },
  { phrase: 'Monday', start: '2024-02-26', precision: 'day', names: ['26 February 2024, four days earlier'], others: ['2024-03-04'] },
  { phrase: 'this week', start: '2024-02-26', precision: 'week', names: ['Monday 26 February 2024'] },
  { phrase: 'last week', start: '2024-02-19', precision: 'week', names: ['Monday 19 February 2024'] },
  { phrase: 'last month', start: '2024-02-01', precision: 'month', names: ['February 2024'] },
  { phrase: 'a month ago', start: '2024-02-01', precision: 'month', names: ['February 2024'] },
  { phrase: 'February 29', start: '2024-02-29', precision: 'day', names: ['Thursday 29 February 2024, the day before the report'], others: ['2028-02-29'] },
  { phrase: 'this weekend', start: '2024-02-26', precision: 'week', names: ['Saturday 2 and Sunday 3 March 2024'] },
  { phrase: 'over the weekend', start: '2024-02-19', precision: 'week', names: ['Saturday 24 and Sunday 25 February 2024'], others: ['2024-02-26'] },
  { phrase: 'the 30th', start: '2024-01-30', precision: 'day', names: ['Tuesday 30 January 2024'], others: ['2024-03-30'] },
]);

casesFor('2024-12-31', 'a Tuesday, the last day of a leap year', [
  { phrase: 'tomorrow', start: '2025-01-01', precision: 'day', names: ['Wednesday 1 January 2025'] },
  { phrase: 'this week', start: '2024-12-30', precision: 'week', names: ['Monday 30 December 2024'] },
  { phrase: 'next week', start: '2025-01-06', precision: 'week', names: ['Monday 6 January 2025'] },
  { phrase: 'next month', start: '2025-01-01', precision: 'month', names: ['January 2025'] },
  { phrase: 'next year', start: '2025-01-01', precision: 'year', names: ['2025'] },
  { phrase: 'later this month', start: '2024-12-01', precision: 'month', names: ['December 2024'], others: ['2025-01-01'] },
  { phrase: 'later this year', start: '2024-01-01', precision: 'year', names: ['2024'], others: ['2025-01-01'] },
  { phrase: 'this weekend', start: '2024-12-30', precision: 'week', names: ['Saturday 4 and Sunday 5 January 2025'] },
  { phrase: 'last weekend', start: '2024-12-23', precision: 'week', names: ['Saturday 28 and Sunday 29 December 2024'] },
  { phrase: 'December 31', start: '2024-12-31', precision: 'day', names: ['the day of the report'] },
  { phrase: 'January 1', start: '2024-01-01', precision: 'day', names: ['Monday 1 January 2024'], others: ['2025-01-01'] },
  { phrase: 'February 29', start: '2024-02-29', precision: 'day', names: ['Thursday 29 February 2024'], others: ['2028-02-29'] },
  { phrase: 'Wednesday', start: '2024-12-25', precision: 'day', names: ['25 December 2024, six days earlier'], others: ['2025-01-01'] },
]);

casesFor('2025-01-01', 'a Wednesday, New Year’s Day', [
  { phrase: 'yesterday', start: '2024-12-31', precision: 'day', names: ['Tuesday 31 December 2024'] },
  { phrase: 'Monday', start: '2024-12-30', precision: 'day', names: ['30 December 2024, two days earlier'], others: ['2025-01-06'] },
  { phrase: 'this week', start: '2024-12-30', precision: 'week', names: ['the week that began on Monday 30 December 2024'] },
  { phrase: 'last week', start: '2024-12-23', precision: 'week', names: ['Monday 23 December 2024'] },
  { phrase: 'a week ago', start: '2024-12-23', precision: 'week', names: ['Wednesday 25 December 2024'] },
  { phrase: 'this month', start: '2025-01-01', precision: 'month', names: ['January 2025'] },
  { phrase: 'last month', start: '2024-12-01', precision: 'month', names: ['December 2024'] },
  { phrase: 'earlier this month', start: '2025-01-01', precision: 'month', names: ['January 2025'], others: ['2024-12-01'] },
  { phrase: 'earlier this year', start: '2025-01-01', precision: 'year', names: ['2025'], others: ['2024-01-01'] },
  { phrase: 'last year', start: '2024-01-01', precision: 'year', names: ['2024'] },
  { phrase: 'in December', start: '2024-12-01', precision: 'month', names: ['December 2024'], others: ['2025-12-01'] },
  { phrase: 'last December', start: '2024-12-01', precision: 'month', names: ['December 2024'] },
  { phrase: 'December 31', start: '2024-12-31', precision: 'day', names: ['Tuesday 31 December 2024, the day before the report'], others: ['2025-12-31'] },
]);

casesFor('2023-01-01', 'a Sunday, the end of its week', [
  { phrase: 'Sunday', start: '2023-01-01', precision: 'day', names: ['that day'] },
  { phrase: 'Saturday', start: '2022-12-31', precision: 'day', names: ['the day before, 31 December 2022'], others: ['2023-01-07'] },
  { phrase: 'Monday', start: '2022-12-26', precision: 'day', names: ['26 December 2022, six days earlier'], others: ['2023-01-02'] },
  { phrase: 'this week', start: '2022-12-26', precision: 'week', names: ['Monday 26 December 2022'] },
  { phrase: 'next week', start: '2023-01-02', precision: 'week', names: ['Monday 2 January 2023'] },
  { phrase: 'later this week', start: '2022-12-26', precision: 'week', names: ['Monday 26 December 2022'], others: ['2023-01-02'] },
  { phrase: 'the weekend', start: '2022-12-26', precision: 'week', names: ['Saturday 31 December 2022 and Sunday 1 January 2023'] },
  { phrase: 'last weekend', start: '2022-12-19', precision: 'week', names: ['Saturday 24 and Sunday 25 December 2022'] },
  { phrase: 'next Sunday', start: '2023-01-08', precision: 'day', names: ['8 January 2023, seven days later'] },
  { phrase: '20 years ago', start: '2003-01-01', precision: 'year', names: ['2003'] },
  { phrase: 'more than 20 years ago', start: '2002-01-01', precision: 'year', names: ['before 1 January 2003', '2002 at the latest'] },
]);

casesFor('2022-01-03', 'a Monday, the start of its week', [
  { phrase: 'Monday', start: '2022-01-03', precision: 'day', names: ['that day'] },
  { phrase: 'Sunday', start: '2022-01-02', precision: 'day', names: ['the day before, 2 January 2022'], others: ['2022-01-09'] },
  { phrase: 'last Monday', start: '2021-12-27', precision: 'day', names: ['27 December 2021, seven days earlier'] },
  { phrase: 'next Monday', start: '2022-01-10', precision: 'day', names: ['10 January 2022'] },
  { phrase: 'earlier this week', start: '2022-01-03', precision: 'week', names: ['Monday 3 January 2022'], others: ['2021-12-27'] },
  { phrase: 'this weekend', start: '2022-01-03', precision: 'week', names: ['Saturday 8 and Sunday 9 January 2022'], others: ['2021-12-27'] },
  { phrase: 'the end of last week', start: '2021-12-27', precision: 'week', names: ['Monday 27 December 2021', 'cannot show “the end of”'] },
]);

casesFor('2020-02-29', 'a Saturday, a leap day', [
  { phrase: 'February 29', start: '2020-02-29', precision: 'day', names: ['the day of the report'] },
  { phrase: 'tomorrow', start: '2020-03-01', precision: 'day', names: ['Sunday 1 March 2020'] },
  { phrase: 'yesterday', start: '2020-02-28', precision: 'day', names: ['Friday 28 February 2020'] },
  { phrase: 'next month', start: '2020-03-01', precision: 'month', names: ['March 2020'] },
  { phrase: 'a year ago', start: '2019-01-01', precision: 'year', names: ['2019'] },
  { phrase: 'more than a year ago', start: '2019-01-01', precision: 'year', names: ['before 28 February 2019'] },
  { phrase: 'four years ago', start: '2016-01-01', precision: 'year', names: ['2016'] },
  { phrase: 'in four years', start: '2024-01-01', precision: 'year', names: ['2024'] },
  { phrase: 'a month ago', start: '2020-01-01', precision: 'month', names: ['January 2020'] },
  { phrase: 'the 30th', start: '2020-01-30', precision: 'day', names: ['Thursday 30 January 2020'], others: ['2020-03-30'] },
  { phrase: 'Friday', start: '2020-02-28', precision: 'day', names: ['28 February 2020'], others: ['2020-03-06'] },
]);

describe('words it cannot read', () => {
  it.each(['soon', 'the following week', 'recently', 'in the coming days', 'gibberish'])('says it cannot read “%s” and lists what it reads', (phrase) => {
    const reading = readDatePhrase('2022-01-06', phrase);
    expect(reading.understood).toBe(false);
    if (reading.understood) return;
    expect(reading.problem).toContain(`Cannot read “${phrase}” as a date`);
    expect(reading.understands.length).toBeGreaterThan(5);
    expect(reading.understands.join('\n')).toMatch(/yesterday.*\n(.*\n)*.*last week/);
  });

  it('names the mistake in a day that does not exist', () => {
    const problem = (published: string, phrase: string) => {
      const reading = readDatePhrase(published, phrase);
      return reading.understood ? undefined : reading.problem;
    };
    expect(problem('2022-01-06', 'February 30')).toMatch(/“February 30” is not a day of any year: February has 28 days, 29 in a leap year/);
    expect(problem('2022-01-06', 'April 31')).toMatch(/April has 30 days/);
    expect(problem('2022-01-06', 'February 29, 2021')).toMatch(/February 2021 has 28 days/);
    expect(problem('2022-01-06', 'Tuesday, Jan. 5, 2022')).toMatch(/names a Tuesday, but 5 January 2022 is a Wednesday/);
    expect(problem('2022-01-06', '')).toMatch(/empty/);
    expect(problem('2022-02-30', 'today')).toMatch(/not a calendar date/);
  });

  it('reads the words without the quotation marks an editor may paste with them', () => {
    const reading = read('2022-01-06', '“On Thursday”');
    expect(reading.phrase).toBe('On Thursday');
    expect(reading.date.derivation).toBe('The report is dated Thursday 6 January 2022; “On Thursday” in it is that day.');
  });
});

describe('every date it gives, over a year of publication dates', () => {
  const phrases = [
    'today', 'overnight', 'yesterday', 'last night', 'tomorrow', 'Monday', 'on Tuesday', 'Wednesday night', 'late Thursday', 'Friday', 'Saturday', 'Sunday',
    'last Monday', 'last Sunday', 'next Friday', 'next Sunday', 'this Monday', 'this Saturday', 'this week', 'earlier this week', 'later this week',
    'last week', 'next week', 'the weekend', 'this weekend', 'last weekend', 'next weekend', 'this month', 'earlier this month', 'later this month',
    'last month', 'next month', 'this year', 'earlier this year', 'later this year', 'last year', 'next year', 'January 5', 'February 29', 'December 31',
    'the 31st', 'in June', 'mid-June', 'last March', 'in 2019', 'two days ago', 'three weeks ago', 'two months ago', 'more than 20 years ago',
    'less than a month ago', 'in two weeks',
  ];
  const days = Array.from({ length: 400 }, (_, index) => plusDays('2023-12-20', index));

  it('passes the event schema and names the publication date', () => {
    for (const published of days) for (const phrase of phrases) read(published, phrase);
  });

  it('reads a bare weekday as the last six days or the day itself, or else the coming week', () => {
    for (const published of days) {
      for (const name of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
        const { date, alternatives } = read(published, name);
        const back = (Date.parse(published) - Date.parse(date.start)) / 86_400_000;
        expect(WEEKDAYS[weekday(date.start)]).toBe(name);
        expect(back).toBeGreaterThanOrEqual(0);
        expect(back).toBeLessThanOrEqual(6);
        if (back === 0) expect(alternatives).toEqual([]);
        else expect(alternatives.map((alternative) => alternative.start)).toEqual([plusDays(date.start, 7)]);
      }
    }
  });

  it('dates "this week", "yesterday" and "this month" from the publication day', () => {
    for (const published of days) {
      const week = read(published, 'this week').date.start;
      expect(weekday(week)).toBe(1);
      expect(week <= published && published < plusDays(week, 7)).toBe(true);
      expect(read(published, 'yesterday').date.start).toBe(plusDays(published, -1));
      expect(read(published, 'this month').date.start).toBe(`${published.slice(0, 7)}-01`);
      const january = read(published, 'January 5').date.start;
      expect(january <= published && published < `${Number(january.slice(0, 4)) + 1}-01-05`).toBe(true);
    }
  });
});

describe('docs/dates.md', () => {
  const doc = readFileSync(join(projectRoot, 'docs/dates.md'), 'utf8');
  const published = /published: (\d{4}-\d{2}-\d{2})/.exec(doc)?.[1];
  const rows = [...doc.matchAll(/^\| (.+?) \| `(\d{4}-\d{2}-\d{2})` \| (day|week|month|year) \| (.+?) \|$/gm)].map((match) => ({
    phrase: match[1]!,
    start: match[2]!,
    precision: match[3]!,
    others: [...match[4]!.matchAll(/`(\d{4}-\d{2}-\d{2})`/g)].map((other) => other[1]),
  }));

  it('has a table of phrases for one publication date', () => {
    expect(published).toBeDefined();
    expect(rows.length).toBeGreaterThan(40);
  });

  it('gives for each phrase what the reader gives', () => {
    const found = rows.map(({ phrase }) => {
      const reading = read(published!, phrase);
      return { phrase, start: reading.date.start, precision: reading.date.precision, others: reading.alternatives.map((alternative) => alternative.start) };
    });
    expect(found).toEqual(rows);
  });
});
