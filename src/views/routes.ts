/** Every URL of the site is made here, so pages, feeds, share cards and tests agree; fragments come from anchors.ts. */
import { anchors } from './anchors';

const base = '/';

export const routes = {
  home: () => base,
  story: (slug: string) => `${base}stories/${slug}/`,
  paragraph: (slug: string, blockId: string) => `${base}stories/${slug}/#${blockId}`,
  section: (slug: string, sectionId: string) => `${base}stories/${slug}/sections/${sectionId}/`,
  /** A story's timeline; without a story, the index of the timeline of all stories, by month. */
  timeline: (slug?: string) => (slug ? `${base}stories/${slug}/timeline/` : `${base}timeline/`),
  /** One month ("2022-01") of the timeline of all stories; with an entry's anchor, that entry on it. */
  timelineMonth: (month: string, anchor?: string) => `${base}timeline/${month}/${anchor ? `#${anchor}` : ''}`,
  event: (slug: string, eventId: string) => `${base}stories/${slug}/timeline/#${anchors.event(eventId)}`,
  actors: (slug: string) => `${base}stories/${slug}/actors/`,
  /** The who's who page's drawing of the whole network. */
  relationsGraph: (slug: string) => `${base}stories/${slug}/actors/#${anchors.relationsGraph()}`,
  actor: (slug: string, actorId: string) => `${base}stories/${slug}/actors/${actorId}/`,
  /** A relation on the profile of one of its two ends (it is on both). */
  relation: (slug: string, actorId: string, relationId: string) => `${base}stories/${slug}/actors/${actorId}/#${anchors.relation(relationId)}`,
  charts: (slug: string) => `${base}stories/${slug}/charts/`,
  figure: (slug: string, figureId: string) => `${base}stories/${slug}/charts/#${anchors.figure(figureId)}`,
  /** A chart panel ("casualties", "deployment") on the charts page. */
  chartPanel: (slug: string, panel: string) => `${base}stories/${slug}/charts/#${anchors.chartPanel(panel)}`,
  /** A panel's downloads: data as csv or json, the chart as svg (the browser draws the PNG from it). */
  chartFile: (slug: string, panel: string, ext: 'csv' | 'json' | 'svg') => `${base}stories/${slug}/charts/${panel}.${ext}`,
  claims: (slug: string) => `${base}stories/${slug}/claims/`,
  claim: (slug: string, claimId: string) => `${base}stories/${slug}/claims/#${anchors.claim(claimId)}`,
  /** A figure report's row in the claims ledger (article and later reports alike). */
  claimFigureReport: (slug: string, figureId: string, reportId: string) =>
    `${base}stories/${slug}/claims/#${anchors.claimFigureReport(figureId, reportId)}`,
  /** The claims ledger grouped another way ("speaker", "topic" or "status"). */
  claimsGrouped: (slug: string, group: string) => `${base}stories/${slug}/claims/?group=${group}`,
  /** An embeddable chart panel; a fixed colour theme ("light", "dark") is its own page, painted so from the start. */
  embed: (slug: string, chart: string, theme?: string) => `${base}embed/${slug}/${chart}/${theme ? `${theme}/` : ''}`,
  /** Every story, by year and month; with a month ("2022-01"), that month's heading. */
  archive: (month?: string) => (month ? `${base}archive/#${anchors.archiveMonth(month)}` : `${base}archive/`),
  search: (query?: string) => (query ? `${base}search/?q=${encodeURIComponent(query)}` : `${base}search/`),
  /** Where the Pagefind bundle is served from (written by src/site/integrations/pagefind.ts). */
  searchBundle: () => `${base}pagefind/`,
};
