/**
 * How the site words reports from outside the article (src/views/vocabulary.ts): earlier or later than
 * the article by their publication date, and the labels, category names and phrases built on that, which
 * the timeline, the charts' key and the ledger all show.
 */
import { describe, expect, it } from 'vitest';
import {
  actorKindLabel,
  figuresOutsideTimings,
  givenOn,
  outsideCategoryLabel,
  outsideOriginLabel,
  outsideReportLabels,
  outsideReportsNoun,
  outsideTiming,
  outsideTimings,
  publishedAround,
  relationLabel,
  reportedBy,
  statusLabel,
  valueTypeLabel,
} from '../../src/views/vocabulary';
import { borderStory } from '../support/fixture-stories';

describe('earlier or later', () => {
  it('calls a report published before the article’s day earlier, and one of its day or after later', () => {
    expect(outsideTiming('2031-06-11', '2031-06-12')).toBe('earlier');
    expect(outsideTiming('2031-06-12', '2031-06-12')).toBe('later');
    expect(outsideTiming('2031-06-13', '2031-06-12')).toBe('later');
    expect(outsideReportLabels).toEqual({ earlier: 'Earlier report', later: 'Later report' });
  });

  it('finds when each outside report of a story came out: its figures’ reports, then its later events', () => {
    const story = structuredClone(borderStory());
    expect(figuresOutsideTimings(story.figures, story.meta.published)).toEqual(['earlier', 'later']);
    expect(outsideTimings(story)).toEqual(['earlier', 'later']);
    // A later event needs only its publication date here.
    story.laterEvents = [{ publishedDate: '2031-05-01' }] as typeof story.laterEvents;
    expect(outsideTimings(story)).toEqual(['earlier', 'later', 'earlier']);
  });
});

describe('the words for a set of outside reports', () => {
  it('names them by when they came out, or both', () => {
    expect(outsideReportsNoun(['later', 'later'])).toEqual({ one: 'later report', many: 'later reports' });
    expect(outsideReportsNoun(['earlier'])).toEqual({ one: 'earlier report', many: 'earlier reports' });
    expect(outsideReportsNoun(['earlier', 'later'])).toEqual({ one: 'earlier or later report', many: 'earlier and later reports' });
  });

  it('labels the charts’ key entry for them', () => {
    expect(outsideOriginLabel(['later'])).toBe('Reported later, outside the article');
    expect(outsideOriginLabel(['earlier', 'earlier'])).toBe('Reported earlier, outside the article');
    expect(outsideOriginLabel(['later', 'earlier'])).toBe('Reported earlier or later, outside the article');
  });

  it('names the timeline’s category of them', () => {
    expect(outsideCategoryLabel(['later'])).toBe('Later reports');
    expect(outsideCategoryLabel(['earlier'])).toBe('Earlier reports');
    expect(outsideCategoryLabel(['earlier', 'later'])).toBe('Earlier and later reports');
  });

  it('says when they were published against the article', () => {
    expect(publishedAround(['later'])).toBe('published after it');
    expect(publishedAround(['earlier', 'earlier'])).toBe('published before it');
    expect(publishedAround(['earlier', 'later'])).toBe('published before or after it');
  });

  it('credits one to its outlet, capitalised at the start of a line and not inside a sentence', () => {
    expect(reportedBy('Reuters', 'later')).toBe('Reported later by Reuters');
    expect(reportedBy('Reuters', 'earlier', { inSentence: true })).toBe('reported earlier by Reuters');
  });

  it('says when a number was given, with "before" when the source gives only that', () => {
    expect(givenOn('2022-01-15')).toBe('15 January 2022');
    expect(givenOn('2022-01-15', 'before')).toBe('before 15 January 2022');
    expect(givenOn('2022-01-15', 'on', (iso) => `<${iso}>`)).toBe('<2022-01-15>');
  });
});

describe('labels from the site’s vocabulary', () => {
  it('words statuses, kinds of number, kinds of actor and relations as the pages show them', () => {
    expect(statusLabel('confirmed')).toBe('Stated as fact by the report');
    expect(valueTypeLabel('upper-bound')).toBe('Upper bound');
    expect(actorKindLabel('security-force')).toBe('Security force');
    expect(relationLabel('clashes-with')).toBe('clashes with');
  });
});
