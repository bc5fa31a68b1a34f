/**
 * The site's words for a story's chart panels (src/views/charts/panels.ts), as a reader meets them on
 * the report fixture: each panel named by what its figures count, an intro that lists only the marks
 * its kinds of number need and says only what the panel has (totals over time, a count of states, a
 * map, outside reports earlier or later), and the charts page's heading, description and menu label.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/story/types';
import { chartsLabel, chartsPageDescription, chartsPageTitle, panelText } from '../../src/views/charts/panels';
import { projectRoot } from '../support/build-site';
import { REPORT } from '../support/fixture-stories';
import { storyFromFiles } from '../support/story-from-files';

let cached: Story | undefined;
/** The report fixture, read inside the first test that asks for it. */
const reportStory = () => (cached ??= storyFromFiles(resolve(projectRoot, REPORT.root), REPORT.slug));

/** The intro's sentences, each cut to its first few words. */
const opening = (story: Story, panel: 'casualties' | 'deployment') =>
  panelText(story, panel)
    .intro.split(/(?<=\.) /)
    .map((sentence) => sentence.split(' ').slice(0, 5).join(' '));

/** A copy of the report with its outside reports kept, dropped, or some moved before the article. */
function withOutside(keep: (report: Story['figures'][number]['reports'][number]) => 'keep' | 'drop' | 'earlier'): Story {
  const story = structuredClone(reportStory());
  for (const figure of story.figures) {
    figure.reports = figure.reports.flatMap((report): Story['figures'][number]['reports'] => {
      if (report.origin === 'article') return [report];
      const choice = keep(report);
      if (choice === 'drop') return [];
      return [choice === 'earlier' ? { ...report, date: '2022-01-05', publishedDate: '2022-01-05' } : report];
    });
  }
  return story;
}

describe('a chart panel’s words', () => {
  it('name each panel by what its figures count, in its title, dek and table caption', () => {
    const casualties = panelText(reportStory(), 'casualties');
    expect([casualties.title, casualties.topic, casualties.tableCaption]).toEqual([
      'Killed and injured: who counted what, and when',
      'killed and injured',
      'Killed and injured: every report in the chart, one row per report',
    ]);
    expect(panelText(reportStory(), 'deployment').dek).toBe(
      'Every count of troops sent and troops massed, as each source gave it: an exact number, a floor or ceiling, or a word such as “dozens”.',
    );
  });

  it('list only the marks the panel’s kinds of number need', () => {
    // The casualties have no “as many as”; the deployment has all four kinds.
    expect(panelText(reportStory(), 'casualties').intro).toContain(
      'drawn by what kind of number it is: a dot for an exact count, an arrow fading past a floor for “more than” and a faint band for a vague word, its ends the site’s reading of it.',
    );
    expect(panelText(reportStory(), 'deployment').intro).toContain(
      'a dot for an exact count, an arrow fading past a floor for “more than”, an arrow fading back below a ceiling for “as many as” and a faint band',
    );
  });

  it('say only what each panel has: totals over time, a count of states, a map, reports from outside', () => {
    expect(opening(reportStory(), 'casualties')).toEqual([
      'Each row is one report',
      'Each kind of count has',
      'A total reported as several',
      'The article’s own reports are',
    ]);
    expect(opening(reportStory(), 'deployment')).toEqual([
      'Each row is one report',
      'Each kind of count has',
      'A count of states is',
      'The map marks the alliance’s',
      'The article’s own reports are',
    ]);
  });

  it('say when outside reports came out: later, earlier, or before or after the article', () => {
    const when = (story: Story) => /reports published (.+?), outside the article/.exec(panelText(story, 'casualties').intro)?.[1];
    expect(when(reportStory())).toBe('later');
    expect(when(withOutside(() => 'earlier'))).toBe('earlier');
    expect(when(withOutside((report) => (report.id === 'ap-4300-injured' ? 'earlier' : 'keep')))).toBe('before or after it');
  });

  it('say every number is the article’s own when nothing came from outside', () => {
    const story = withOutside(() => 'drop');
    expect(panelText(story, 'deployment').intro).toMatch(/Every number here is the article’s own\.$/);
    expect(chartsPageDescription(story)).toBe(
      'Every number the report gives (killed and injured; troops sent and troops massed), drawn by how precise it is and who gave it.',
    );
  });
});

describe('the charts page’s words', () => {
  it('head the page, describe it and label its menu entry by the panels it has, the first capitalised', () => {
    expect(chartsPageTitle(reportStory())).toBe('Casualties and troops: the numbers in the report');
    expect(chartsLabel(reportStory())).toBe('Casualties & troops');
    expect(chartsPageDescription(reportStory())).toBe(
      'Every number the report gives (killed and injured; troops sent and troops massed), drawn by how precise it is and who gave it, with later reports set apart.',
    );
  });
});
