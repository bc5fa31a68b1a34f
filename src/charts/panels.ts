/** What each chart panel is called and how the site introduces it (the site's own words). */
import type { ChartPanel } from './types';

export interface PanelText {
  title: string;
  /** A few words naming the panel's subject, for labels that must tell the panels apart. */
  topic: string;
  intro: string;
  /** One line under the title of an embedded chart, where the reading notes do not fit. */
  dek: string;
  tableCaption: string;
}

export const PANEL_TEXT: Record<ChartPanel, PanelText> = {
  casualties: {
    title: 'Killed and injured: who counted what, and when',
    topic: 'killed and injured',
    intro:
      'Each row is one report of a number, drawn by what kind of number it is: a dot for an exact count, an arrow ' +
      'fading past a floor for “more than”, a faint band for a vague word, its ends the site’s reading of it. The article’s own reports are solid ' +
      'and come first; reports published later, outside the article, are dashed, in another colour, with their ' +
      'outlet and date.',
    dek: 'Every count of the dead and injured, as each source gave it: exact, “more than”, or a word such as “dozens”.',
    tableCaption: 'Killed and injured: every report in the chart, one row per report',
  },
  deployment: {
    title: 'Troops: sent to Kazakhstan, and massed near Ukraine',
    topic: 'troops',
    intro:
      'The troops the article counts, drawn by what kind of number each is, and the alliance they were sent under. ' +
      'The map marks the alliance’s members, the deployment to Kazakhstan and the border where Russia has massed ' +
      'troops. Later reports from outside the article are dashed, with their outlet and date.',
    dek: 'The troops the article counts, as each source gave the number, and the alliance they were sent under.',
    tableCaption: 'Troops and the alliance: every report in the chart, one row per report',
  },
};
