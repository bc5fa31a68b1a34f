/** Dates on the timeline say no more than the article allows. */
import { describe, expect, it } from 'vitest';
import {
  dateSpan,
  datetimeAttribute,
  formatDuration,
  formatEventDate,
  formatReportedDay,
  isoDay,
  isoWeek,
  parseDay,
} from '../../src/views/timeline/dates';

describe('formatEventDate', () => {
  it('gives a day as a day', () => {
    expect(formatEventDate({ start: '2022-01-05', precision: 'day' })).toBe('5 January 2022');
  });

  it('gives a week as the week of its Monday, never as a day', () => {
    expect(formatEventDate({ start: '2022-01-03', precision: 'week' })).toBe('the week of 3 January 2022');
  });

  it('says when an event was only scheduled at the time of the report', () => {
    expect(formatEventDate({ start: '2022-01-10', precision: 'week' }, 'scheduled')).toBe('scheduled for the week of 10 January 2022');
    expect(formatEventDate({ start: '2022-01-10', precision: 'day' }, 'scheduled')).toBe('scheduled for 10 January 2022');
    expect(formatEventDate({ start: '2022-01-10', precision: 'week' }, 'expected')).toBe('expected in the week of 10 January 2022');
  });

  it('gives a year as the year alone, whatever day the data file starts it on', () => {
    expect(formatEventDate({ start: '2019-01-01', precision: 'year' })).toBe('2019');
    expect(formatEventDate({ start: '2019-06-07', precision: 'year' })).toBe('2019');
  });

  it('gives a month as month and year', () => {
    expect(formatEventDate({ start: '2022-03-01', precision: 'month' })).toBe('March 2022');
  });
});

describe('dateSpan', () => {
  const span = (start: string, precision: 'day' | 'week' | 'month' | 'year') => {
    const { start: from, end } = dateSpan({ start, precision });
    return [isoDay(from), isoDay(end)];
  };

  it('covers exactly the days the date can mean, end exclusive', () => {
    expect(span('2022-01-05', 'day')).toEqual(['2022-01-05', '2022-01-06']);
    expect(span('2022-01-03', 'week')).toEqual(['2022-01-03', '2022-01-10']);
    expect(span('2022-02-14', 'month')).toEqual(['2022-02-01', '2022-03-01']);
    expect(span('2019-01-01', 'year')).toEqual(['2019-01-01', '2020-01-01']);
  });

  it('refuses a week that does not start on a Monday', () => {
    expect(() => dateSpan({ start: '2022-01-05', precision: 'week' })).toThrow(/Monday/);
  });

  it('refuses a date that is not on the calendar', () => {
    expect(() => parseDay('2022-02-30')).toThrow(/calendar/);
  });
});

describe('machine-readable dates', () => {
  it('writes <time datetime> as precise as the date', () => {
    expect(datetimeAttribute({ start: '2022-01-05', precision: 'day' })).toBe('2022-01-05');
    expect(datetimeAttribute({ start: '2022-01-03', precision: 'week' })).toBe('2022-W01');
    expect(datetimeAttribute({ start: '2022-01-10', precision: 'week' })).toBe('2022-W02');
    expect(datetimeAttribute({ start: '2022-03-01', precision: 'month' })).toBe('2022-03');
    expect(datetimeAttribute({ start: '2019-01-01', precision: 'year' })).toBe('2019');
  });

  it('numbers ISO weeks by the year of their Thursday', () => {
    // Monday 27 December 2021 belongs to 2021's week 52; Monday 30 December 2019 to 2020's week 1.
    expect(isoWeek(parseDay('2021-12-27'))).toBe('2021-W52');
    expect(isoWeek(parseDay('2019-12-30'))).toBe('2020-W01');
  });
});

describe('dates given by outside sources', () => {
  it('keeps "before" when the source gives only a latest date', () => {
    expect(formatReportedDay('2022-01-15', 'before')).toBe('before 15 January 2022');
    expect(formatReportedDay('2022-03-14')).toBe('14 March 2022');
  });
});

describe('formatDuration', () => {
  it('rounds skipped time to a unit a reader takes in at a glance', () => {
    expect(formatDuration(5)).toBe('5 days');
    expect(formatDuration(1)).toBe('1 day');
    expect(formatDuration(56)).toBe('8 weeks');
    expect(formatDuration(200)).toBe('7 months');
    expect(formatDuration(500)).toBe('16 months');
    expect(formatDuration(727)).toBe('2 years');
    expect(formatDuration(1100)).toBe('3 years');
  });
});
