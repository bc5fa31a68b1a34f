/**
 * The over-time chart's words about itself (src/views/charts/over-time-summary.ts): the reading note that
 * says why the figures are drawn by date, naming each figure in quotes, joined with “and”, with “was” for
 * one and “were” for several; and the description that lists a figure's reports in date order.
 */
import { describe, expect, it } from 'vitest';
import { describeOverTime, overTimeNote } from '../../src/views/charts/over-time-summary';
import { exact, inArticle } from '../support/map-stories';
import { reportedOn, tollFigure, tollGroups } from '../support/over-time-stories';

const toll = () => tollFigure('toll', 'Deaths in the city', [reportedOn('t230', exact(230), '2030-03-14'), reportedOn('t227', exact(227), '2030-03-14', 'before')]);
const injured = () => tollFigure('injured', 'People injured', [reportedOn('i10', exact(10), '2030-03-12')]);

describe('the note on why a figure is drawn over time', () => {
  it('names one figure in quotes and says it “was” reported as several numbers', () => {
    expect(overTimeNote(tollGroups(toll()))).toBe(
      'Why over time: “Deaths in the city” was reported as several different numbers, so each is placed at the date of its report, on a linear axis from zero. Reports of the same day stand side by side in the order given, not by time of day.',
    );
  });

  it('names two figures joined with “and”, and says they “were”', () => {
    expect(overTimeNote(tollGroups(toll(), injured()))).toMatch(/^Why over time: “Deaths in the city” and “People injured” were reported as several different numbers, /);
  });
});

describe('the description of the chart', () => {
  it('gives the article’s date, then each figure’s reports by date, a report “before” a day first, and the article’s own in quotes', () => {
    const withArticle = tollFigure('toll', 'Deaths in the city', [inArticle('a164', exact(164)), ...toll().reports]);
    const text = describeOverTime('2030-03-07', tollGroups(withArticle)).replace(/\u00a0/g, ' ');
    expect(text).toMatch(/^The article is dated 7 Mar 2030\. Deaths in the city, by date of report: “164” from .+, in the article, .+; 227 from Official t227, reported by Example Wire, before 14 Mar 2030; 230 from Official t230, reported by Example Wire, 14 Mar 2030\.$/);
  });
});
