/**
 * The calendar arithmetic behind every date the site works out from the article's words
 * (src/story/dates/calendar.ts): real days only, month and year ends, leap years, weeks from Monday, and
 * the way a derivation writes a day.
 */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  firstOfMonth,
  firstOfYear,
  isoDate,
  longDay,
  mondayOf,
  monthName,
  monthOf,
  partsOf,
  shiftMonths,
  shortDay,
  weekdayOf,
} from '../../src/story/dates/calendar';

describe('real calendar days', () => {
  it('writes a day YYYY-MM-DD, padded', () => {
    expect(isoDate(2022, 1, 6)).toBe('2022-01-06');
    expect(isoDate(999, 12, 31)).toBe('0999-12-31');
    expect(isoDate(1, 1, 1)).toBe('0001-01-01');
    expect(isoDate(9999, 12, 31)).toBe('9999-12-31');
  });

  it('refuses a day that does not exist', () => {
    expect(isoDate(2022, 2, 29)).toBeUndefined();
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2022, 4, 31)).toBeUndefined();
    expect(isoDate(2022, 4, 30)).toBe('2022-04-30');
    expect(isoDate(2022, 1, 0)).toBeUndefined();
    expect(isoDate(2022, 0, 1)).toBeUndefined();
    expect(isoDate(2022, 13, 1)).toBeUndefined();
    expect(isoDate(2022, 12, 1)).toBe('2022-12-01');
    expect(isoDate(0, 1, 1)).toBeUndefined();
    expect(isoDate(10000, 1, 1)).toBeUndefined();
  });

  it('knows how long each month is, leap years and centuries included', () => {
    expect(daysInMonth({ year: 2022, month: 1 })).toBe(31);
    expect(daysInMonth({ year: 2022, month: 2 })).toBe(28);
    expect(daysInMonth({ year: 2024, month: 2 })).toBe(29);
    expect(daysInMonth({ year: 1900, month: 2 })).toBe(28);
    expect(daysInMonth({ year: 2000, month: 2 })).toBe(29);
    expect(daysInMonth({ year: 2022, month: 11 })).toBe(30);
    expect(daysInMonth({ year: 2022, month: 12 })).toBe(31);
  });

  it('reads a day back into its parts', () => {
    expect(partsOf('2022-01-06')).toEqual({ year: 2022, month: 1, day: 6 });
    expect(monthOf('2031-06-12')).toEqual({ year: 2031, month: 6 });
  });
});

describe('counting days and weeks', () => {
  it('adds days across month and year ends and leap days', () => {
    expect(addDays('2022-01-06', 1)).toBe('2022-01-07');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2022-01-01', -1)).toBe('2021-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2022-01-06', 0)).toBe('2022-01-06');
  });

  it('counts whole days between two days, negative backwards', () => {
    expect(daysBetween('2022-01-01', '2022-01-06')).toBe(5);
    expect(daysBetween('2022-01-06', '2022-01-01')).toBe(-5);
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2022-01-06', '2022-01-06')).toBe(0);
  });

  it('starts weeks on Monday', () => {
    expect(weekdayOf('2022-01-03')).toBe(0); // a Monday
    expect(weekdayOf('2022-01-06')).toBe(3); // a Thursday
    expect(weekdayOf('2022-01-09')).toBe(6); // a Sunday
    expect(mondayOf('2022-01-06')).toBe('2022-01-03');
    expect(mondayOf('2022-01-09')).toBe('2022-01-03');
    expect(mondayOf('2022-01-03')).toBe('2022-01-03');
    expect(mondayOf('2022-01-01')).toBe('2021-12-27');
  });
});

describe('counting months', () => {
  it('moves by months across year ends, both ways', () => {
    expect(addMonths({ year: 2022, month: 1 }, 1)).toEqual({ year: 2022, month: 2 });
    expect(addMonths({ year: 2022, month: 12 }, 1)).toEqual({ year: 2023, month: 1 });
    expect(addMonths({ year: 2022, month: 1 }, -1)).toEqual({ year: 2021, month: 12 });
    expect(addMonths({ year: 2022, month: 3 }, -15)).toEqual({ year: 2020, month: 12 });
    expect(addMonths({ year: 2022, month: 6 }, 0)).toEqual({ year: 2022, month: 6 });
  });

  it('keeps the day of the month, or the month’s last day when it is shorter', () => {
    expect(shiftMonths('2022-01-06', 1)).toBe('2022-02-06');
    expect(shiftMonths('2022-03-31', -1)).toBe('2022-02-28');
    expect(shiftMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(shiftMonths('2022-01-31', 3)).toBe('2022-04-30');
    expect(shiftMonths('2021-12-15', 1)).toBe('2022-01-15');
  });

  it('starts a month-precision and a year-precision date on its first day', () => {
    expect(firstOfMonth({ year: 2022, month: 1 })).toBe('2022-01-01');
    expect(firstOfMonth({ year: 987, month: 11 })).toBe('0987-11-01');
    expect(firstOfYear(2022)).toBe('2022-01-01');
    expect(firstOfYear(987)).toBe('0987-01-01');
  });
});

describe('the days as a derivation writes them', () => {
  it('writes the weekday, the day, the month and the year', () => {
    expect(longDay('2022-01-06')).toBe('Thursday 6 January 2022');
    expect(longDay('2022-01-09')).toBe('Sunday 9 January 2022');
    expect(longDay('2022-01-03')).toBe('Monday 3 January 2022');
    expect(shortDay('2031-12-25')).toBe('25 December 2031');
    expect(monthName({ year: 2022, month: 1 })).toBe('January 2022');
    expect(monthName({ year: 2022, month: 12 })).toBe('December 2022');
  });
});
