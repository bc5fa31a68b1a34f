/** Every URL of the site is made here, so pages, feeds, share cards and tests agree. */
const base = '/';

export const routes = {
  home: () => base,
  story: (slug: string) => `${base}stories/${slug}/`,
  paragraph: (slug: string, blockId: string) => `${base}stories/${slug}/#${blockId}`,
  section: (slug: string, sectionId: string) => `${base}stories/${slug}/sections/${sectionId}/`,
  timeline: (slug?: string) => (slug ? `${base}stories/${slug}/timeline/` : `${base}timeline/`),
  event: (slug: string, eventId: string) => `${base}stories/${slug}/timeline/#event-${eventId}`,
  actors: (slug: string) => `${base}stories/${slug}/actors/`,
  actor: (slug: string, actorId: string) => `${base}stories/${slug}/actors/${actorId}/`,
  charts: (slug: string) => `${base}stories/${slug}/charts/`,
  figure: (slug: string, figureId: string) => `${base}stories/${slug}/charts/#figure-${figureId}`,
  claims: (slug: string) => `${base}stories/${slug}/claims/`,
  claim: (slug: string, claimId: string) => `${base}stories/${slug}/claims/#claim-${claimId}`,
  embed: (slug: string, chart: string) => `${base}embed/${slug}/${chart}/`,
  search: () => `${base}search/`,
};
