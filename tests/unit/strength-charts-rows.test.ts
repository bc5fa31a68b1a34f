/**
 * The rows of a chart's data table and downloads (src/views/charts/rows.ts), as a reader meets them:
 * the figures in the order the article reports them (by paragraph, then by place in the paragraph, with
 * figures only outside reports give coming last), each figure's own reports first, outside ones by date
 * with a report "before" a day ahead of that day's others, and each row's reading of its number: the
 * exact value, the floor, the ceiling and the site's reason for a range.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/story/types';
import { chartRows, panelFigures } from '../../src/views/charts/rows';
import { projectRoot } from '../support/build-site';
import { REPORT, borderStory } from '../support/fixture-stories';
import { storyFromFiles } from '../support/story-from-files';

let cached: Story | undefined;
/** The report fixture, read inside the first test that asks for it. */
const reportStory = () => (cached ??= storyFromFiles(resolve(projectRoot, REPORT.root), REPORT.slug));

/** A copy of the story whose figures (and each figure's reports) are listed in reverse. */
function reversed(story: Story): Story {
  const copy = structuredClone(story);
  copy.figures.reverse();
  for (const figure of copy.figures) figure.reports.reverse();
  return copy;
}

describe('the figures of a chart panel', () => {
  it('come in the order the article reports them, whatever order figures.yaml lists them in', () => {
    // figures.yaml lists the Russian troops first; the article names the six member states two paragraphs earlier.
    expect(panelFigures(reportStory(), 'deployment').map((figure) => figure.id)).toEqual([
      'csto-member-states',
      'russian-troops-deployed',
      'troops-massed-near-ukraine',
      'csto-force-deployed',
    ]);
  });

  it('within one paragraph, follow the place of each excerpt, and put a figure with no article report last', () => {
    // "State TV said 12 … officers …, including two … beheaded. More than 1,000 people were injured …" is one paragraph.
    const expected = ['protesters-killed', 'officers-killed', 'officers-beheaded', 'people-injured', 'people-killed'];
    expect(panelFigures(reportStory(), 'casualties').map((figure) => figure.id)).toEqual(expected);
    expect(panelFigures(reversed(reportStory()), 'casualties').map((figure) => figure.id)).toEqual(expected);
  });

  it('keep the listed order for figures that only outside reports give', () => {
    const story = structuredClone(reportStory());
    const twin = structuredClone(story.figures.find((figure) => figure.id === 'people-killed')!);
    story.figures.push({ ...twin, id: 'people-killed-again', label: 'People killed (again)' });
    expect(panelFigures(story, 'casualties').map((figure) => figure.id).slice(-2)).toEqual(['people-killed', 'people-killed-again']);
    story.figures.reverse();
    expect(panelFigures(story, 'casualties').map((figure) => figure.id).slice(-2)).toEqual(['people-killed-again', 'people-killed']);
  });
});

describe('the rows of a figure', () => {
  it('put outside reports by date, one given “before” a day ahead of the others that day, however they are listed', () => {
    const ids = (story: Story) => chartRows(story, 'casualties').filter((row) => row.figureId === 'people-killed').map((row) => [row.reportId, row.dateQualifier]);
    const story = structuredClone(reportStory());
    const figure = story.figures.find((candidate) => candidate.id === 'people-killed')!;
    const byId = (id: string) => figure.reports.find((report) => report.id === id)!;
    // The file lists each "before" report ahead of its day's others; list them after instead.
    figure.reports = ['ap-toll-225', 'ap-previous-toll-164', 'rferl-asylov-230', 'rferl-earlier-toll-227', 'rferl-azimova-238', 'rferl-rights-groups-higher'].map(byId);
    expect(ids(story)).toEqual([
      ['ap-previous-toll-164', 'before'],
      ['ap-toll-225', 'on'],
      ['rferl-earlier-toll-227', 'before'],
      ['rferl-asylov-230', 'on'],
      ['rferl-azimova-238', 'on'],
      ['rferl-rights-groups-higher', 'on'],
    ]);
  });

  it('keep reports of the same day and kind in the order they are listed', () => {
    const sameDay = (story: Story) =>
      chartRows(story, 'casualties')
        .filter((row) => row.figureId === 'people-killed' && row.date === '2022-03-14' && row.dateQualifier === 'on')
        .map((row) => row.valueText);
    expect(sameDay(reportStory())).toEqual(['230', '238', 'higher than any official figure']);
    expect(sameDay(reversed(reportStory()))).toEqual(['higher than any official figure', '238', '230']);
  });

  it('put the article’s own report first even when an earlier outside report is listed ahead of it', () => {
    const rows = chartRows(borderStory(), 'casualties').filter((row) => row.figureId === 'soldiers-killed');
    expect(rows.map((row) => [row.origin, row.date, row.valueText])).toEqual([
      ['article', '2031-06-12', 'at least 14'],
      ['external', '2031-06-11', 'at least 10'],
      ['external', '2031-06-20', '17'],
    ]);
  });
});

describe('a row’s reading of its number', () => {
  /** [kind, value, floor, ceiling, drawn from, drawn to, the start of the site's reason for a range]. */
  const reading = (reportId: string) => {
    const story = reportStory();
    const row = [...chartRows(story, 'casualties'), ...chartRows(story, 'deployment')].find((candidate) => candidate.reportId === reportId)!;
    return [row.kind, row.value, row.min, row.max, row.drawnMin, row.drawnMax, row.rangeReason?.slice(0, 24) ?? null];
  };

  it('gives an exact number as its value, with no floor, ceiling or reason', () => {
    expect(reading('state-tv-12')).toEqual(['Exact number', 12, null, null, 12, 12, null]);
  });

  it('gives a “more than” as a floor with no ceiling, and draws it from the floor up', () => {
    expect(reading('health-officials-1000')).toEqual(['Lower bound', null, 1000, null, 1000, null, null]);
  });

  it('gives an “as many as” its ceiling, the floor the site drew it from, and why', () => {
    expect(reading('local-media-3000')).toEqual(['Upper bound', null, 0, 3000, 0, 3000, '“As many as 3,000” gives']);
  });

  it('gives a vague word the ends the site read into it, and why', () => {
    expect(reading('almaty-police-dozens')).toEqual(['Vague quantity', null, 24, 99, 24, 99, '“Dozens” means at least ']);
  });

  it('names who gave the number and the channel it came through', () => {
    const row = chartRows(reportStory(), 'casualties').find((candidate) => candidate.reportId === 'almaty-police-dozens')!;
    expect([row.source, row.claimant, row.via, row.confirmationLabel]).toEqual(['Almaty police via Khabar 24', 'Almaty police', 'Khabar 24', 'Unconfirmed']);
  });
});
