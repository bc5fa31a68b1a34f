/**
 * The rules the content schemas hold an editor's data to, beyond types (src/story/schemas): a coarse date
 * starts where its period does, a date is a real day written YYYY-MM-DD, a range's max is not below its
 * min, a map's extent has its east and north beyond its west and south, and a map's border cites one
 * entry of the data.
 */
import { describe, expect, it } from 'vitest';
import { eventDateSchema, isoDateSchema, mapSchema, reportedValueSchema } from '../../src/story/schemas';

const date = (start: unknown, precision: string) => eventDateSchema.safeParse({ start, precision, phrase: 'the words', derivation: 'How it was worked out.' });
const problems = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('an event’s date', () => {
  it('starts a week on its Monday, a month on its 1st and a year on 1 January', () => {
    expect(problems(date('2022-01-03', 'week'))).toEqual([]);
    expect(problems(date('2022-01-04', 'week'))).toEqual(['start: a week starts on its Monday (precision "week")']);
    expect(problems(date('2022-01-01', 'month'))).toEqual([]);
    expect(problems(date('2022-01-02', 'month'))).toEqual(['start: a month starts on its 1st (precision "month")']);
    expect(problems(date('2022-01-01', 'year'))).toEqual([]);
    expect(problems(date('2022-02-01', 'year'))).toEqual(['start: a year starts on 1 January (precision "year")']);
    expect(problems(date('2022-01-04', 'day'))).toEqual([]);
  });

  it('reports a date no calendar can read once, not also as a period’s wrong start', () => {
    expect(problems(date('2022-13-45', 'week'))).toEqual(['start: is not a real calendar date']);
    expect(problems(date('2022-00-01', 'month'))).toEqual(['start: is not a real calendar date']);
  });
});

describe('a date written by hand', () => {
  it('is YYYY-MM-DD and a real day; one YAML read as a date is taken as its day', () => {
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(isoDateSchema.parse(new Date('2022-01-06T00:00:00Z'))).toBe('2022-01-06');
    expect(problems(isoDateSchema.safeParse('2023-02-29'))).toEqual([': is not a real calendar date']);
    expect(problems(isoDateSchema.safeParse('6 January 2022'))).toEqual([': must be a date written YYYY-MM-DD']);
    expect(problems(isoDateSchema.safeParse('x2022-01-06'))).toEqual([': must be a date written YYYY-MM-DD']);
    expect(problems(isoDateSchema.safeParse('2022-01-06x'))).toEqual([': must be a date written YYYY-MM-DD']);
  });
});

describe('a reported range', () => {
  it('accepts a max equal to its min, and refuses one below it', () => {
    const vague = { type: 'vague', text: 'dozens', rangeReason: 'The site reads “dozens” as 24 or more.' };
    expect(reportedValueSchema.safeParse({ ...vague, min: 24, max: 24 }).success).toBe(true);
    expect(problems(reportedValueSchema.safeParse({ ...vague, min: 24, max: 23 }))).toEqual(['max: max must not be below min']);
    const upper = { type: 'upper-bound', text: 'as many as 3,000', rangeReason: 'The source gives no floor.' };
    expect(reportedValueSchema.safeParse({ ...upper, max: 3000, min: 3000 }).success).toBe(true);
    expect(problems(reportedValueSchema.safeParse({ ...upper, max: 3000, min: 3001 }))).toEqual(['max: max must not be below min']);
  });
});

describe('a map', () => {
  const MAP = {
    id: 'deployment',
    extent: { west: 22, south: 36.5, east: 88, north: 60 },
    cities: [{ id: 'moscow', name: 'Moscow', lon: 37.62, lat: 55.76 }],
    countries: [{ actor: 'russia', isoNumeric: '643', labelAt: [52, 57.5] }],
  };

  it('accepts the real story’s shape', () => {
    expect(problems(mapSchema.safeParse(MAP))).toEqual([]);
  });

  it('needs its east beyond its west and its north beyond its south', () => {
    for (const extent of [
      { west: 22, south: 36.5, east: 22, north: 60 },
      { west: 22, south: 36.5, east: 10, north: 60 },
      { west: 22, south: 60, east: 88, north: 60 },
      { west: 22, south: 61, east: 88, north: 60 },
    ]) {
      expect(problems(mapSchema.safeParse({ ...MAP, extent }))).toEqual(['extent: east/north must exceed west/south']);
    }
  });

  it('marks a border for a figure or for a relation, not both and not neither', () => {
    const border = (extra: object) => mapSchema.safeParse({ ...MAP, borders: [{ along: ['russia', 'ukraine'], ...extra }] });
    expect(border({ figure: 'troops-massed' }).success).toBe(true);
    expect(border({ relation: 'russia-borders-ukraine' }).success).toBe(true);
    const message = 'borders.0: give the figure or the relation the border is marked for (one of them), so the mark cites the article';
    expect(problems(border({}))).toEqual([message]);
    expect(problems(border({ figure: 'troops-massed', relation: 'russia-borders-ukraine' }))).toEqual([message]);
  });
});
