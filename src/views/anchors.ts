/**
 * The fragment ids of everything another page links to. One function per kind of anchor serves both
 * sides: the target element's `id` and the link's `#fragment` (built in routes.ts), so the two can only
 * agree. A paragraph's id is its own (from its first words, src/story/article/remark-block-ids.ts).
 */
export const anchors = {
  /** A timeline entry of an article event. */
  event: (eventId: string) => `event-${eventId}`,
  /** A timeline entry of a later report: a figure's outside report, or a later event. */
  laterReport: (figureId: string, reportId: string) => `later-${figureId}-${reportId}`,
  laterEvent: (laterEventId: string) => `later-${laterEventId}`,
  /** An entry on the timeline of all stories: the story's slug keeps it unique. */
  inAllStories: (slug: string, anchor: string) => `${slug}--${anchor}`,
  /** A relation in the list on either end's profile and on the who's who page. */
  relation: (relationId: string) => `relation-${relationId}`,
  /** The who's who page's drawing of the whole network, which each profile's drawing links to. */
  relationsGraph: () => 'relations-graph',
  /** A figure's first row in a chart table; following it focuses the figure's mark. */
  figure: (figureId: string) => `figure-${figureId}`,
  /** A chart panel ("casualties", "deployment"), after an optional prefix when it appears twice on a page. */
  chartPanel: (panel: string, prefix = '') => `${prefix}chart-${panel}`,
  /** A claim's row in the claims ledger. */
  claim: (claimId: string) => `claim-${claimId}`,
  /** A figure report's row in the claims ledger (article and later reports alike). */
  claimFigureReport: (figureId: string, reportId: string) => `claim-figure-${figureId}-${reportId}`,
  /**
   * A year ("year-2022") and a month ("month-2022-01") of the archive: named by the date alone, so they never
   * move as stories arrive (an id must begin with a letter, hence the word).
   */
  archiveYear: (year: string) => `year-${year}`,
  archiveMonth: (month: string) => `month-${month}`,
};
