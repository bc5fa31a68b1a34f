/**
 * Joins one story's validated content into the story model: proves every excerpt against the article,
 * checks every reference between entries, and fails with file, entry and field on the first mistake.
 */
import { ContentError, ContentErrors } from './content-error';
import { parseArticle } from './article/parse';
import { checkFigureWording } from './figure-wording';
import { findMentions } from './mentions';
import { locateExcerpt } from './provenance';
import { vocabularyMistakes } from './vocabulary';
import type { Actor, Claim, Figure, FigureReport, LaterEvent, Note, Relation, Sourced, Story, StoryEvent, StoryInput, StoryMap } from './types';
import type { MapBorder } from './schemas/map';

function assertUniqueIds(kind: string, entries: Sourced<{ id: string }>[]): void {
  const seen = new Set<string>();
  for (const { data, filePath } of entries) {
    if (seen.has(data.id)) throw new ContentError(filePath, data.id, 'id', `duplicate ${kind} id`);
    seen.add(data.id);
  }
}

export function buildStory(input: StoryInput): Story {
  const { blocks, sections } = parseArticle(input.article.body, input.article.filePath, input.article.bodyLine);
  const blockIds = new Set(blocks.map((block) => block.id));
  if (!blocks.some((block) => !block.bySite)) {
    throw new ContentError(input.article.filePath, input.slug, 'body', 'the article has no text: the reporter’s words go below the frontmatter');
  }

  for (const [kind, entries] of Object.entries({
    actor: input.actors,
    event: input.events,
    figure: input.figures,
    claim: input.claims,
    relation: input.relations,
    note: input.notes,
    'later event': input.laterEvents ?? [],
    map: input.maps ?? [],
  })) {
    assertUniqueIds(kind, entries);
  }
  const unknownValues = vocabularyMistakes(input);
  if (unknownValues.length) throw new ContentErrors(unknownValues);
  const actorIds = new Set(input.actors.map(({ data }) => data.id));
  const eventIds = new Set(input.events.map(({ data }) => data.id));
  const figureIds = new Set(input.figures.map(({ data }) => data.id));

  const cite = <T extends { id: string; excerpt: string; excerptParagraph?: string }>(
    { data, filePath }: Sourced<T>,
    field = 'excerpt',
  ) => locateExcerpt(blocks, data.excerpt, data.excerptParagraph, { file: filePath, entry: data.id, field });

  const requireIds = (known: Set<string>, what: string, ids: (string | undefined)[], filePath: string, entry: string, field: string) => {
    for (const id of ids) {
      if (id !== undefined && !known.has(id)) throw new ContentError(filePath, entry, field, `unknown ${what} id "${id}"`);
    }
  };

  const actors: Actor[] = input.actors.map((entry) => {
    const { excerpt: _excerpt, excerptParagraph: _hint, ...rest } = entry.data;
    requireIds(actorIds, 'actor', rest.affiliations, entry.filePath, rest.id, 'affiliations');
    return { ...rest, citation: cite(entry) };
  });

  const events: StoryEvent[] = input.events.map((entry) => {
    const { excerpt: _excerpt, excerptParagraph: _hint, ...rest } = entry.data;
    requireIds(actorIds, 'actor', rest.actors, entry.filePath, rest.id, 'actors');
    requireIds(figureIds, 'figure', rest.figures, entry.filePath, rest.id, 'figures');
    return { ...rest, citation: cite(entry) };
  });

  const figures: Figure[] = input.figures.map(({ data, filePath }) => {
    requireIds(figureIds, 'figure', data.relatedFigures, filePath, data.id, 'relatedFigures');
    const reportIds = new Set<string>();
    const reports: FigureReport[] = data.reports.map((report, index) => {
      const field = `reports[${index}]`;
      if (reportIds.has(report.id)) throw new ContentError(filePath, data.id, `${field}.id`, `duplicate report id "${report.id}"`);
      reportIds.add(report.id);
      checkFigureWording(report.value, { file: filePath, entry: data.id, field: `${field}.value` });
      if (report.origin === 'external') return report;
      requireIds(actorIds, 'actor', [report.claimant], filePath, data.id, `${field}.claimant`);
      requireIds(actorIds, 'actor', [report.via], filePath, data.id, `${field}.via`);
      const citation = locateExcerpt(blocks, report.excerpt, report.excerptParagraph, {
        file: filePath,
        entry: data.id,
        field: `${field}.excerpt`,
      });
      return { ...report, citation };
    });
    return { ...data, reports };
  });

  const claims: Claim[] = input.claims.map((entry) => {
    const { excerpt: _excerpt, excerptParagraph: _hint, ...rest } = entry.data;
    requireIds(actorIds, 'actor', [rest.speaker], entry.filePath, rest.id, 'speaker');
    requireIds(actorIds, 'actor', [rest.via], entry.filePath, rest.id, 'via');
    requireIds(actorIds, 'actor', rest.about, entry.filePath, rest.id, 'about');
    requireIds(eventIds, 'event', rest.events, entry.filePath, rest.id, 'events');
    requireIds(figureIds, 'figure', rest.figures, entry.filePath, rest.id, 'figures');
    return { ...rest, citation: cite(entry) };
  });

  const relations: Relation[] = input.relations.map((entry) => {
    const { excerpt: _excerpt, excerptParagraph: _hint, ...rest } = entry.data;
    requireIds(actorIds, 'actor', [rest.from], entry.filePath, rest.id, 'from');
    requireIds(actorIds, 'actor', [rest.to], entry.filePath, rest.id, 'to');
    if (rest.from === rest.to) throw new ContentError(entry.filePath, rest.id, 'to', `a relation links two different actors; "${rest.to}" is also its "from"`);
    return { ...rest, citation: cite(entry) };
  });

  const notes: Note[] = input.notes.map(({ data, filePath }) => {
    const { target } = data;
    if ('paragraph' in target && !blockIds.has(target.paragraph)) {
      throw new ContentError(filePath, data.id, 'target.paragraph', `no paragraph with id "${target.paragraph}" in the article`);
    }
    if ('event' in target) requireIds(eventIds, 'event', [target.event], filePath, data.id, 'target.event');
    if ('figure' in target) requireIds(figureIds, 'figure', [target.figure], filePath, data.id, 'target.figure');
    return data;
  });

  const laterEvents: LaterEvent[] = (input.laterEvents ?? []).map(({ data }) => data);

  const relationIds = new Set(input.relations.map(({ data }) => data.id));
  const maps: StoryMap[] = (input.maps ?? []).map(({ data, filePath }) => {
    const cityIds = new Set(data.cities.map((city) => city.id));
    const { west, east, south, north } = data.extent;
    data.cities.forEach((city, index) => {
      if (city.lon < west || city.lon > east || city.lat < south || city.lat > north) {
        throw new ContentError(filePath, data.id, `cities[${index}]`, `"${city.id}" (${city.lon}, ${city.lat}) lies outside the map's extent (${west}–${east} E, ${south}–${north} N), so it would not be drawn`);
      }
    });
    requireIds(actorIds, 'actor', [data.alliance], filePath, data.id, 'alliance');
    requireIds(actorIds, 'actor', data.countries.map((country) => country.actor), filePath, data.id, 'countries');
    const countryActors = new Set(data.countries.map((country) => country.actor));
    const requireCountries = (ids: string[], field: string, why: string) => {
      const missing = ids.find((id) => !countryActors.has(id));
      if (missing) throw new ContentError(filePath, data.id, field, `"${missing}" ${why} but is not one of the map's countries (add it to countries)`);
    };
    if (data.alliance) {
      const members = input.relations.filter(({ data: relation }) => relation.type === 'member-of' && relation.to === data.alliance);
      requireCountries(members.map(({ data: relation }) => relation.from), 'alliance', `is a member of "${data.alliance}"`);
    }
    if (data.deployment) {
      requireIds(relationIds, 'relation', [data.deployment.relation], filePath, data.id, 'deployment.relation');
      requireIds(figureIds, 'figure', [data.deployment.figure], filePath, data.id, 'deployment.figure');
      requireIds(cityIds, 'city', [data.deployment.fromCity], filePath, data.id, 'deployment.fromCity');
      const target = input.relations.find((relation) => relation.data.id === data.deployment!.relation)!.data.to;
      requireCountries([target], 'deployment.relation', 'is where the forces go');
    }
    const { massed, borders: others = [], ...rest } = data;
    const borders: MapBorder[] = [...(massed ? [massed] : []), ...others];
    borders.forEach((border, index) => {
      const field = massed && index === 0 ? 'massed' : `borders[${index - (massed ? 1 : 0)}]`;
      requireIds(figureIds, 'figure', [border.figure], filePath, data.id, `${field}.figure`);
      requireIds(relationIds, 'relation', [border.relation], filePath, data.id, `${field}.relation`);
      requireIds(actorIds, 'actor', border.along, filePath, data.id, `${field}.along`);
      requireCountries(border.along, `${field}.along`, 'has its border marked');
    });
    return { ...rest, borders };
  });

  return {
    slug: input.slug,
    meta: input.article.data,
    body: input.article.body,
    articlePath: input.article.filePath,
    blocks,
    sections,
    actors,
    events,
    figures,
    claims,
    relations,
    notes,
    laterEvents,
    maps,
    mentions: findMentions({ blocks, actors, meta: input.article.data }),
  };
}
