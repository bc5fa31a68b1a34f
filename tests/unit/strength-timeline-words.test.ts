/**
 * The timeline in words (src/views/timeline/describe.ts): the count line above the list and the
 * description of the axis drawing that a screen reader gives, read on the border fixture story, whose
 * outside reports came out both before and after the article.
 */
import { describe, expect, it } from 'vitest';
import { layoutAxis, type AxisLayout } from '../../src/views/timeline/axis';
import { describeAxis, describeCount, describeMonth, outsideNoun } from '../../src/views/timeline/describe';
import { axisItems, storyEntries, type TimelineEntry } from '../../src/views/timeline/entries';
import { borderStory } from '../support/fixture-stories';

const entries = () => storyEntries(borderStory());
const articleOnly = (list: TimelineEntry[]) => list.filter((entry) => entry.origin === 'article');
const outsideOnly = (list: TimelineEntry[], timing?: 'earlier' | 'later') =>
  list.filter((entry) => entry.origin === 'external' && (!timing || entry.timing === timing));

describe('the timeline’s count line', () => {
  it('counts the article’s events and the outside reports, named for when they came out', () => {
    expect(describeCount(entries())).toBe('7 entries: 5 events the article reports and 2 earlier and later reports from outside it.');
  });

  it('says "one" in the singular', () => {
    const all = entries();
    expect(describeCount([...articleOnly(all).slice(0, 1), ...outsideOnly(all, 'later')])).toBe(
      '2 entries: 1 event the article reports and 1 later report from outside it.',
    );
    expect(describeCount(articleOnly(all).slice(0, 1))).toBe('1 entry: 1 event the article reports.');
  });

  it('names outside reports that all came out before the article "earlier reports"', () => {
    const all = entries();
    expect(describeCount([...articleOnly(all), ...outsideOnly(all, 'earlier')])).toBe(
      '6 entries: 5 events the article reports and 1 earlier report from outside it.',
    );
    expect(outsideNoun(outsideOnly(all, 'earlier'))).toEqual({ one: 'earlier report', many: 'earlier reports' });
  });

  it('leaves out the outside reports when there are none', () => {
    expect(describeCount(articleOnly(entries()))).toBe('5 entries: 5 events the article reports.');
  });

  it('leaves out the article’s events when a month has none, and names the article then', () => {
    expect(describeCount(outsideOnly(entries(), 'later'))).toBe('1 entry: 1 later report from outside the article.');
  });
});

describe('a month of the timeline of all stories, in words', () => {
  it('counts the entries, the reports they come from and each kind', () => {
    expect(describeMonth(entries())).toBe('7 entries from one report: 5 events the article reports and 2 earlier and later reports from outside it.');
    const other = entries().map((entry) => ({ ...entry, story: { ...entry.story, slug: 'another-story' } }));
    expect(describeMonth([...articleOnly(entries()), ...outsideOnly(other)])).toBe(
      '7 entries from 2 reports: 5 events the article reports and 2 earlier and later reports from outside it.',
    );
  });
});

describe('the description of the timeline’s axis', () => {
  it('names each stretch from its first to its last day, the breaks, the marks and the outside reports’ column', () => {
    const all = entries();
    expect(describeAxis(all, layoutAxis(axisItems(all)))).toBe(
      'A vertical time axis, oldest at the top, in 2 stretches: 1 January 2029 to 31 December 2029; 9 June 2031 to 22 June 2031. ' +
        'Breaks skip 17 months with nothing in them; each stretch has its own scale. ' +
        'Each of the 7 entries of the list below is a mark: a dot for a day, a bar for a week or a year. ' +
        'Earlier and later reports from outside the article are diamonds in a column of their own.',
    );
  });

  it('has no break and no outside column when there is one stretch of the article’s events', () => {
    const recent = articleOnly(entries()).filter((entry) => entry.start >= '2031-01-01');
    expect(describeAxis(recent, layoutAxis(axisItems(recent)))).toBe(
      'A vertical time axis, oldest at the top, in 1 stretch: 9 June 2031 to 22 June 2031. ' +
        'Each of the 4 entries of the list below is a mark: a dot for a day, a bar for a week or a year.',
    );
  });

  it('names a stretch of one day by that day alone', () => {
    const layout = {
      segments: [{ start: new Date('2031-06-11T00:00:00Z'), end: new Date('2031-06-12T00:00:00Z') }],
      breaks: [],
    } as unknown as AxisLayout;
    const sameDay = articleOnly(entries()).filter((entry) => entry.start === '2031-06-11');
    expect(describeAxis(sameDay, layout)).toBe(
      'A vertical time axis, oldest at the top, in 1 stretch: 11 June 2031. Each of the 2 entries of the list below is a mark: a dot for a day, a bar for a week or a year.',
    );
  });

  it('joins two breaks with "and"', () => {
    const layout = {
      segments: [
        { start: new Date('2029-01-01T00:00:00Z'), end: new Date('2029-01-03T00:00:00Z') },
        { start: new Date('2030-01-01T00:00:00Z'), end: new Date('2030-01-02T00:00:00Z') },
        { start: new Date('2031-01-01T00:00:00Z'), end: new Date('2031-01-02T00:00:00Z') },
      ],
      breaks: [{ skipped: '12 months' }, { skipped: '1 year' }],
    } as unknown as AxisLayout;
    expect(describeAxis([], layout)).toContain(
      'in 3 stretches: 1 January 2029 to 2 January 2029; 1 January 2030; 1 January 2031. Breaks skip 12 months and 1 year with nothing in them;',
    );
  });
});
