/**
 * The over-time chart as drawn (src/views/charts/over-time.ts, over-time-plot.ts, mark-link.ts): its
 * count axis reaches the top of every report (an "as many as" ceiling, a "more than" floor); a number's
 * label may go from a row above the plot down to just above its axis; the article's day is labelled
 * inside the plot; dates that would touch go on a second row, and one with room on neither is left out;
 * no mark stands left of the plot's start; the chart's title, key (and its words for later reports),
 * reading note and refusal of a story with nothing that changed; and a mark's link names the day an
 * outside report was published, and opens a new tab with rel="noopener".
 */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { FONTS, LEADING, TextWriter } from '../../src/views/charts/layout';
import { markLink } from '../../src/views/charts/mark-link';
import { overTimeSpec, renderOverTime } from '../../src/views/charts/over-time';
import { drawDatePlot } from '../../src/views/charts/over-time-plot';
import type { ReportedValue } from '../../src/story/schemas/figure';
import { exact, floor, inArticle } from '../support/map-stories';
import { reportedOn, tollFigure, tollGroups, tollStory } from '../support/over-time-stories';

const ARTICLE_DATE = '2030-03-07';
const asMany = (max: number): ReportedValue => ({ type: 'upper-bound', text: `as many as ${max}`, min: 0, max, rangeReason: 'Only a ceiling.' });
/** A toll reported as 100 and 150, then as `third`, on three days after the article. */
const revised = (third: ReportedValue) =>
  tollFigure('toll', 'Deaths in the city', [reportedOn('t100', exact(100), '2030-03-10'), reportedOn('t150', exact(150), '2030-03-12'), reportedOn('third', third, '2030-03-14')]);

function render(width: number, ...figures: ReturnType<typeof revised>[]) {
  const chart = renderOverTime(overTimeSpec(tollStory(...figures), 'casualties'), { width, origin: 'https://example.org' });
  return { chart, $: load(chart.svg, { xml: true }) };
}

const countTicks = ($: ReturnType<typeof load>) =>
  $('.chart-tick-label')
    .toArray()
    .map((tick) => $(tick).text())
    .filter((text) => /^[\d,]+$/.test(text))
    .map((text) => Number(text.replace(/,/g, '')));

describe('the count axis', () => {
  it('reaches the top of an “as many as” ceiling', () => {
    expect(Math.max(...countTicks(render(640, revised(asMany(500))).$))).toBeGreaterThanOrEqual(500);
  });

  it('reaches a “more than” floor', () => {
    expect(Math.max(...countTicks(render(640, revised(floor(900))).$))).toBeGreaterThanOrEqual(900);
  });
});

describe('the plot', () => {
  const plotOf = (dates: string[], articleDate = ARTICLE_DATE, right = 400) => {
    const writer = new TextWriter();
    const [{ lanes }] = tollGroups(tollFigure('toll', 'Toll', dates.map((date, i) => reportedOn(`r${i}`, exact(100 + i), date))));
    return { writer, plot: drawDatePlot(writer, lanes, articleDate, 48, right, 210, 0) };
  };

  it('lets a number’s label go from a row above the plot down to 2 px above its axis, across the plot and 10 px past it', () => {
    const { plot } = plotOf(['2030-03-10', '2030-03-12']);
    const line = FONTS.value.size * LEADING;
    const { x, y, width, height } = plot.labelBounds;
    expect([x, y, width, y + height]).toEqual([2, plot.plotTop - line - 6, 410, plot.plotTop + 210 - 2]);
  });

  it('labels the article’s day inside the plot, even when the article came after every report', () => {
    const { writer } = plotOf(['2030-03-01', '2030-03-03'], '2030-03-20');
    const label = writer.labels.find(({ text }) => text.startsWith('The article'))!;
    expect(label.text.replace(/\u00a0/g, ' ')).toBe('The article, 20 Mar 2030');
    expect(label.x + label.width).toBeCloseTo(400, 6);
  });

  it('puts a date that would touch the one before on a second row, and leaves out a date with room on neither', () => {
    const { writer } = plotOf(['2030-03-14', '2030-03-15', '2030-03-16'], ARTICLE_DATE, 200);
    const dates = writer.labels.filter(({ text }) => /^\d+\u00a0Mar/.test(text)).map(({ text, y }) => [text.replace(/\u00a0/g, ' '), y]);
    const firstRow = dates[0][1] as number;
    expect(dates).toEqual([
      ['7 Mar 2030', firstRow],
      ['14 Mar 2030', firstRow],
      ['15 Mar 2030', firstRow + FONTS.small.size * LEADING],
    ]);
  });
});

describe('the chart', () => {
  it('keeps every mark inside the plot, even when one day has more reports than there is room for side by side', () => {
    const crowded = tollFigure('toll', 'Deaths in the city', Array.from({ length: 20 }, (_, i) => reportedOn(`same${i}`, exact(100 + i), '2030-03-14')));
    const { $ } = render(260, crowded);
    const xs = $('a.chart-mark .mark-dot').toArray().map((dot) => Number($(dot).attr('cx')));
    const axisStart = Number($('.chart-axis').first().attr('x1'));
    expect(xs).toHaveLength(20);
    expect(Math.min(...xs)).toBe(axisStart + 10);
  });

  it('is titled with every figure that changed, one after another, and draws its own key unless told not to', () => {
    const { chart, $ } = render(640, revised(exact(238)), { ...revised(exact(40)), id: 'injured', label: 'People injured' });
    expect(chart.title).toBe('Deaths in the city; People injured: each report by its date');
    expect($('.chart-legend')).toHaveLength(1);
    expect(chart.readingNotes).toEqual([expect.stringMatching(/^Why over time: “Deaths in the city” and “People injured” were reported as several different numbers/)]);
  });

  it('says in its key that the outside reports came later, when all of them did, beside the article’s own', () => {
    const withArticle = { ...revised(exact(238)), reports: [inArticle('a90', exact(90)), ...revised(exact(238)).reports] };
    const { $ } = render(640, withArticle);
    expect($('.chart-legend-text').toArray().map((text) => $(text).text())).toContain('Reported later, outside the article (dashed)');
  });

  it('refuses a story with no figure reported as three different numbers', () => {
    const steady = tollFigure('toll', 'Deaths in the city', [reportedOn('a', exact(100), '2030-03-10'), reportedOn('b', exact(150), '2030-03-12')]);
    expect(() => overTimeSpec(tollStory(steady), 'casualties')).toThrow('Story "mini-fixture-story" has no figure that changed over time on the casualties panel');
  });
});

describe('a mark’s link', () => {
  it('names the day an outside report was published, not the day its number was given for', () => {
    const figure = tollFigure('toll', 'Deaths in the city', [{ ...reportedOn('t150', exact(150), '2030-03-12'), publishedDate: '2030-03-20' }]);
    const [{ lanes }] = tollGroups(figure);
    const $ = load(markLink(figure, lanes[0].row, lanes[0].report.value, []), { xml: true });
    expect($('a').attr('aria-label')).toContain(', 20 March 2030, outside the article');
    expect($('a').attr('data-tip')!.split('\n').at(-1)).toMatch(/, 20 March 2030$/);
  });

  it('opens an article’s paragraph in a new tab with rel="noopener"', () => {
    const figure = tollFigure('toll', 'Deaths in the city', [inArticle('a100', exact(100))]);
    const [{ lanes }] = tollGroups(figure);
    const $ = load(markLink(figure, lanes[0].row, lanes[0].report.value, [], '_blank'), { xml: true });
    expect([$('a').attr('target'), $('a').attr('rel')]).toEqual(['_blank', 'noopener']);
  });
});
