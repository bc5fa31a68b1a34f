/**
 * What each chart panel is called and how the site introduces it (the site's own words), derived from
 * what the story's figures count, so any story's panels read as its own: a story with no troops never
 * hears of troops, and no place name is written here.
 */
import type { Figure, Story } from '../../story/types';
import { mapIntro } from './map/words';
import { changesOverTime } from './over-time';
import { storyPanels, panelCharts } from './registry';
import { panelFigures } from './rows';
import type { ChartPanel } from './types';
import { figureKinds, figuresOutsideTimings, outsideReportsNoun, panels, type OutsideTiming } from '../vocabulary';
import { listInWords } from '../format/text';

export interface PanelText {
  title: string;
  /** A few words naming the panel's subject, for labels that must tell the panels apart. */
  topic: string;
  intro: string;
  /** One line under the title of an embedded chart, where the reading notes do not fit. */
  dek: string;
  tableCaption: string;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The menu's name for a story's charts page: the panels it has ("Casualties", "Casualties & troops", "Casualties, troops & displacement"). */
export function chartsLabel(story: Story): string {
  const names = storyPanels(story).map((panel, index) => (index === 0 ? panels[panel]!.label : panels[panel]!.label.toLowerCase()));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} & ${names.at(-1)}`;
}

/** What the figures of a panel count, in words: "killed and injured", "troops sent and troops massed". */
function topicOf(figures: Figure[]): string {
  const phrases = [...new Set(figures.map((figure) => figureKinds[figure.kind].phrase).filter((phrase): phrase is string => Boolean(phrase)))];
  return listInWords(phrases);
}

export function panelText(story: Story, panel: ChartPanel): PanelText {
  const figures = panelFigures(story, panel);
  const topic = topicOf(figures);
  const charts = panelCharts(panel, story).map((chart) => chart.name);
  const outside = figuresOutsideTimings(figures, story.meta.published);
  const kinds = new Set(figures.flatMap((figure) => figure.reports.map((report) => report.value.type)));
  const marks = [
    kinds.has('exact') && 'a dot for an exact count',
    kinds.has('lower-bound') && 'an arrow fading past a floor for “more than”',
    kinds.has('upper-bound') && 'an arrow fading back below a ceiling for “as many as”',
    kinds.has('vague') && 'a faint band for a vague word, its ends the site’s reading of it',
  ].filter((mark): mark is string => Boolean(mark));
  const intro = [
    `Each row is one report of a number, drawn by what kind of number it is: ${listInWords(marks)}. Each kind of count has its own axis.`,
    figures.some(changesOverTime) &&
      `A total reported as several different numbers is drawn by the date of each report, with the article’s day marked.`,
    figures.some((figure) => figure.unit === 'states') && `A count of states is drawn as one square per state the article names.`,
    charts.includes('map') && mapIntro(story, panel),
    outside.length > 0
      ? `The article’s own reports are solid and come first; reports published ${publishedWhen(outside)}, outside the article, are dashed, in another colour, with their outlet and date.`
      : 'Every number here is the article’s own.',
  ].filter((sentence): sentence is string => Boolean(sentence));
  return {
    title: `${capitalised(topic)}: who counted what, and when`,
    topic,
    intro: intro.join(' '),
    dek: `Every count of ${topic}, as each source gave it: an exact number, a floor or ceiling, or a word such as “dozens”.`,
    tableCaption: `${capitalised(topic)}: every report in the chart, one row per report`,
  };
}

/** "later", "earlier", or "before or after it". */
function publishedWhen(timings: OutsideTiming[]): string {
  const kinds = new Set(timings);
  return kinds.size === 1 ? [...kinds][0]! : 'before or after it';
}

/** The charts page's description: what its panels count, and how outside reports are kept. */
export function chartsPageDescription(story: Story): string {
  const panelsOfStory = storyPanels(story);
  const topics = panelsOfStory.map((panel) => topicOf(panelFigures(story, panel)));
  const outside = figuresOutsideTimings(panelsOfStory.flatMap((panel) => panelFigures(story, panel)), story.meta.published);
  const apart = outside.length > 0 ? `, with ${outsideReportsNoun(outside).many} set apart` : '';
  return `Every number the report gives (${topics.join('; ')}), drawn by how precise it is and who gave it${apart}.`;
}

/** The charts page's heading: what its panels count. */
export function chartsPageTitle(story: Story): string {
  const names = storyPanels(story).map((panel, index) => (index === 0 ? panels[panel].label : panels[panel].label.toLowerCase()));
  return `${listInWords(names)}: the numbers in the report`;
}
