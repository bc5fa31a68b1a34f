/**
 * What a story's map draws, resolved once from its data: the alliance's members, the forces sent and the
 * borders marked, each with what it cites. The drawing, its labels and its words all read this, so a map
 * shows (and says) only what the story has.
 */
import type { ReportedValue } from '../../../story/schemas/figure';
import type { Figure, Relation, Story, StoryMap } from '../../../story/types';
import { chartRows, type ChartRow } from '../rows';
import { allianceMembers } from '../story-lanes';
import type { ChartPanel } from '../types';

export type City = StoryMap['cities'][number];

/** What a mark cites: a figure's report (the article's own when it gives one), or a relation with no number. */
export type Cited = { figure: Figure; row: ChartRow; value: ReportedValue } | { relation: Relation };

export interface MapContents {
  story: Story;
  spec: StoryMap;
  nameOf: (actorId: string) => string;
  /** The atlas code (ISO 3166-1 numeric) of an actor's country. */
  codeOf: (actorId: string) => string;
  /** The alliance's short name, its members in the order the article names them, and the figure counting them. */
  alliance?: { name: string; members: Relation[]; countedBy?: Figure };
  deployment?: { from: City; relation: Relation; cited: Cited };
  borders: { along: [string, string]; cited: Cited }[];
}

/** The story's map for a chart panel (the map whose id is the panel's), if it has one. */
export function panelMap(story: Story, panel: ChartPanel): StoryMap | undefined {
  return story.maps.find((map) => map.id === panel);
}

/** The short name of an actor: "CSTO" from "Collective Security Treaty Organization (CSTO)". */
function shortName(name: string): string {
  return /\(([^)]+)\)\s*$/.exec(name)?.[1] ?? name;
}

function citedFigure(story: Story, figureId: string, origin: string | undefined): Cited {
  const figure = story.figures.find((candidate) => candidate.id === figureId);
  if (!figure) throw new Error(`The map's figure "${figureId}" is not in story "${story.slug}"`);
  const rows = chartRows(story, figure.panel, origin).filter((row) => row.figureId === figureId);
  // The article's number when it gives one; otherwise the first later report, which links to its outlet.
  const row = rows.find((candidate) => candidate.origin === 'article') ?? rows[0];
  const report = figure.reports.find((candidate) => candidate.id === row?.reportId);
  if (!row || !report) throw new Error(`The map's figure "${figureId}" has no report`);
  return { figure, row, value: report.value };
}

/** Resolves the map of a panel against the rest of the story; `origin` makes its links absolute. */
export function mapContents(story: Story, panel: ChartPanel, origin?: string): MapContents {
  const spec = panelMap(story, panel);
  if (!spec) throw new Error(`Story "${story.slug}" has no ${panel} map (content/stories/${story.slug}/maps.yaml)`);
  const names = new Map(story.actors.map((actor) => [actor.id, actor.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const codes = new Map(spec.countries.map((country) => [country.actor, country.isoNumeric]));
  const codeOf = (id: string) => {
    const code = codes.get(id);
    if (!code) throw new Error(`No map country for "${id}" (add it to countries in content/stories/${story.slug}/maps.yaml)`);
    return code;
  };
  const relationOf = (id: string) => {
    const relation = story.relations.find((candidate) => candidate.id === id);
    if (!relation) throw new Error(`The map's relation "${id}" is not in story "${story.slug}"`);
    return relation;
  };
  const cite = (figure: string | undefined, relation: string): Cited => (figure ? citedFigure(story, figure, origin) : { relation: relationOf(relation) });
  const { deployment, alliance } = spec;
  return {
    story,
    spec,
    nameOf,
    codeOf,
    alliance: alliance
      ? {
          name: shortName(nameOf(alliance)),
          members: allianceMembers(story, alliance),
          countedBy: story.figures.find((figure) => figure.panel === panel && figure.unit === 'states'),
        }
      : undefined,
    deployment: deployment
      ? { from: spec.cities.find((city) => city.id === deployment.fromCity)!, relation: relationOf(deployment.relation), cited: cite(deployment.figure, deployment.relation) }
      : undefined,
    borders: spec.borders.map((border) => ({ along: border.along, cited: cite(border.figure, border.relation!) })),
  };
}
