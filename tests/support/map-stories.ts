/**
 * Small synthetic map stories for the map's tests: the mini fixture story with four invented states
 * ("Westmark", "Ostland", "Lowmark", "Alpland", drawn on real Natural Earth shapes: France, Germany,
 * Belgium, Switzerland) and an invented alliance, "Example Pact (EP)". Call `mapStory` inside a test, so
 * mutation testing counts the building as that test's.
 */
import type { ReportedValue } from '../../src/story/schemas/figure';
import type { Actor, ArticleReport, Figure, FigureReport, Relation, Story, StoryMap } from '../../src/story/types';
import { miniStory } from './fixture-stories';

export const floor = (min: number): ReportedValue => ({ type: 'lower-bound', text: `more than ${min.toLocaleString('en-GB')}`, min });
export const exact = (value: number): ReportedValue => ({ type: 'exact', text: String(value), value });

/** The article's report of a number, cited where the mini story's first article report is. */
export function inArticle(id: string, value: ReportedValue): FigureReport {
  const cited = miniStory()
    .figures.flatMap((figure) => figure.reports)
    .find((report): report is ArticleReport => report.origin === 'article')!;
  return { ...cited, id, value, confirmation: 'unconfirmed', confirmationNote: 'A synthetic case.' };
}

/** A report published after the article by an outlet. */
export function later(id: string, value: ReportedValue): FigureReport {
  return {
    origin: 'external',
    id,
    date: '2030-03-20',
    dateQualifier: 'on',
    claimantName: `Official ${id}`,
    value,
    summary: 'A synthetic case.',
    confirmation: 'unconfirmed',
    outlet: 'Example Wire',
    title: 'A synthetic report',
    publishedDate: '2030-03-20',
    url: `https://example.org/${id}`,
  };
}

export function mapFigure(id: string, kind: Figure['kind'], label: string, reports: FigureReport[], unit: Figure['unit'] = 'troops', panel: Figure['panel'] = 'deployment'): Figure {
  return { id, kind, subject: id, label, unit, panel, relatedFigures: [], reports };
}

export function relation(id: string, from: string, type: Relation['type'], to: string): Relation {
  return { ...miniStory().relations[0], id, from, type, to };
}

function state(id: string, name: string): Actor {
  return { ...miniStory().actors[0], id, name, kind: 'state', aliases: [], affiliations: [] };
}

/** The map of the four states: three cities and nothing marked. */
export function placesMap(): StoryMap {
  return {
    id: 'deployment',
    extent: { west: -5, south: 43, east: 16, north: 55 },
    cities: [
      { id: 'port-exa', name: 'Port Exa', lon: 2.35, lat: 48.86 },
      { id: 'riverburg', name: 'Riverburg', lon: 13.4, lat: 52.52 },
      { id: 'alpstadt', name: 'Alpstadt', lon: 7.45, lat: 46.95 },
    ],
    countries: [
      { actor: 'westmark', isoNumeric: '250', labelAt: [2.5, 46.5] },
      { actor: 'ostland', isoNumeric: '276', labelAt: [10, 51] },
      { actor: 'lowmark', isoNumeric: '056', labelAt: [4.6, 50.6] },
      { actor: 'alpland', isoNumeric: '756', labelAt: [8.2, 46.8] },
    ],
    borders: [],
  };
}

/** The mini story with the four states, the alliance (named `allianceName`), and the given map, figures and relations. */
export function mapStory(map: Partial<StoryMap>, figures: Figure[] = [], relations: Relation[] = [], allianceName = 'Example Pact (EP)'): Story {
  const base = miniStory();
  const states = [state('westmark', 'Westmark'), state('ostland', 'Ostland'), state('lowmark', 'Lowmark'), state('alpland', 'Alpland'), state('pact', allianceName)];
  return { ...base, actors: [...base.actors, ...states], relations: [...base.relations, ...relations], figures, notes: [], maps: [{ ...placesMap(), ...map }] };
}

/** Westmark and Ostland in the pact, and Westmark sending forces to Ostland. */
export function pactRelations(): Relation[] {
  return [
    relation('westmark-in-pact', 'westmark', 'member-of', 'pact'),
    relation('ostland-in-pact', 'ostland', 'member-of', 'pact'),
    relation('westmark-sent', 'westmark', 'deployed-to', 'ostland'),
  ];
}
