/**
 * Joins one story's validated content into the story model: proves every excerpt against the article,
 * checks every reference between entries, and fails with every mistake found, each naming file, entry
 * and field (and what the editor may have meant).
 */
import { ContentError, ContentErrors, contentMistakes, type ContentMistake } from './content-error';
import { parseArticle } from './article/parse';
import { checkFigureWording } from './figure-wording';
import { findMentions } from './mentions';
import { locateExcerpt, paragraphIdsHint, type Citation } from './provenance';
import { nearestIdsHint } from './suggest';
import { vocabularyMistakes } from './vocabulary';
import type { Actor, Claim, Figure, FigureReport, LaterEvent, Note, Relation, Sourced, Story, StoryEvent, StoryInput, StoryMap, Unread } from './types';
import type { MapBorder } from './schemas/map';

const NOTHING_UNREAD: Unread = { ids: new Set(), kinds: new Set() };

/** The kinds of entry other entries refer to by id, and the data kind each is read from. */
const REFERRED = { actor: 'actors', event: 'events', figure: 'figures', relation: 'relations' } as const;

/**
 * Builds the story, or throws ContentErrors listing every mistake. `unread` names what of the story's
 * data could not be read (already reported): a reference to it is not reported again as unknown.
 */
export function buildStory(input: StoryInput, unread: Unread = NOTHING_UNREAD): Story {
  const { blocks, sections } = parseArticle(input.article.body, input.article.filePath, input.article.bodyLine);
  const blockIds = new Set(blocks.map((block) => block.id));
  if (!blocks.some((block) => !block.bySite)) {
    throw new ContentError(input.article.filePath, input.slug, 'body', 'the article has no text: the reporter’s words go below the frontmatter');
  }
  const mistakes: ContentMistake[] = [...vocabularyMistakes(input)];
  /** Runs a check that throws its mistake, and goes on to the next. */
  const attempt = <T>(check: () => T): T | undefined => {
    try {
      return check();
    } catch (error) {
      mistakes.push(...contentMistakes(error));
      return undefined;
    }
  };
  const known = {
    actor: new Set(input.actors.map(({ data }) => data.id)),
    event: new Set(input.events.map(({ data }) => data.id)),
    figure: new Set(input.figures.map(({ data }) => data.id)),
    relation: new Set(input.relations.map(({ data }) => data.id)),
  };

  /** Reports each id of `ids` that is not a known `what` id; a list field names the item (`actors[1]`). */
  const requireIds = (what: keyof typeof known, ids: string | string[] | undefined, filePath: string, entry: string, field: string) => {
    if (unread.kinds.has(REFERRED[what])) return;
    const list = Array.isArray(ids) ? ids : [ids];
    list.forEach((id, index) => {
      if (id === undefined || known[what].has(id) || unread.ids.has(id)) return;
      mistakes.push(new ContentError(filePath, entry, Array.isArray(ids) ? `${field}[${index}]` : field, `unknown ${what} id "${id}"${nearestIdsHint(id, known[what])}`));
    });
  };

  /** The citation of an excerpt, or a mistake; a story with a mistake is never built, so the placeholder is never read. */
  const cite = <T extends { id: string; excerpt: string; excerptParagraph?: string }>({ data, filePath }: Sourced<T>, field = 'excerpt'): Citation =>
    attempt(() => locateExcerpt(blocks, data.excerpt, data.excerptParagraph, { file: filePath, entry: data.id, field })) ?? (undefined as never);

  const actors: Actor[] = input.actors.map((entry) => {
    const { excerpt: _excerpt, excerptParagraph: _hint, ...rest } = entry.data;
    requireIds('actor', rest.affiliations, entry.filePath, rest.id, 'affiliations');
    return { ...rest, citation: cite(entry) };
  });

  const events: StoryEvent[] = input.events.map((entry) => {
    const { excerpt: _excerpt, excerptParagraph: _hint, ...rest } = entry.data;
    requireIds('actor', rest.actors, entry.filePath, rest.id, 'actors');
    requireIds('figure', rest.figures, entry.filePath, rest.id, 'figures');
    return { ...rest, citation: cite(entry) };
  });

  const figures: Figure[] = input.figures.map(({ data, filePath }) => {
    requireIds('figure', data.relatedFigures, filePath, data.id, 'relatedFigures');
    const reportIds = new Set<string>();
    const reports: FigureReport[] = data.reports.map((report, index) => {
      const field = `reports[${index}]`;
      if (reportIds.has(report.id)) mistakes.push(new ContentError(filePath, data.id, `${field}.id`, `duplicate report id "${report.id}"`));
      reportIds.add(report.id);
      attempt(() => checkFigureWording(report.value, { file: filePath, entry: data.id, field: `${field}.value` }));
      if (report.origin === 'external') return report;
      requireIds('actor', report.claimant, filePath, data.id, `${field}.claimant`);
      requireIds('actor', report.via, filePath, data.id, `${field}.via`);
      return { ...report, citation: cite({ data: { ...report, id: data.id }, filePath }, `${field}.excerpt`) };
    });
    return { ...data, reports };
  });

  const claims: Claim[] = input.claims.map((entry) => {
    const { excerpt: _excerpt, excerptParagraph: _hint, ...rest } = entry.data;
    requireIds('actor', rest.speaker, entry.filePath, rest.id, 'speaker');
    requireIds('actor', rest.via, entry.filePath, rest.id, 'via');
    requireIds('actor', rest.about, entry.filePath, rest.id, 'about');
    requireIds('event', rest.events, entry.filePath, rest.id, 'events');
    requireIds('figure', rest.figures, entry.filePath, rest.id, 'figures');
    return { ...rest, citation: cite(entry) };
  });

  const relations: Relation[] = input.relations.map((entry) => {
    const { excerpt: _excerpt, excerptParagraph: _hint, ...rest } = entry.data;
    requireIds('actor', rest.from, entry.filePath, rest.id, 'from');
    requireIds('actor', rest.to, entry.filePath, rest.id, 'to');
    if (rest.from === rest.to) mistakes.push(new ContentError(entry.filePath, rest.id, 'to', `a relation links two different actors; "${rest.to}" is also its "from"`));
    return { ...rest, citation: cite(entry) };
  });

  const notes: Note[] = input.notes.map(({ data, filePath }) => {
    const { target } = data;
    if ('paragraph' in target && !blockIds.has(target.paragraph)) {
      mistakes.push(new ContentError(filePath, data.id, 'target.paragraph', `no paragraph with id "${target.paragraph}" in the article${paragraphIdsHint(target.paragraph, blocks)}`));
    }
    if ('event' in target) requireIds('event', target.event, filePath, data.id, 'target.event');
    if ('figure' in target) requireIds('figure', target.figure, filePath, data.id, 'target.figure');
    return data;
  });

  const laterEvents: LaterEvent[] = (input.laterEvents ?? []).map(({ data }) => data);

  const maps: StoryMap[] = (input.maps ?? []).map(({ data, filePath }) => {
    const cityIds = new Set(data.cities.map((city) => city.id));
    const { west, east, south, north } = data.extent;
    data.cities.forEach((city, index) => {
      if (city.lon < west || city.lon > east || city.lat < south || city.lat > north) {
        mistakes.push(new ContentError(filePath, data.id, `cities[${index}]`, `"${city.id}" (${city.lon}, ${city.lat}) lies outside the map's extent (${west}–${east} E, ${south}–${north} N), so it would not be drawn`));
      }
    });
    requireIds('actor', data.alliance, filePath, data.id, 'alliance');
    data.countries.forEach((country, index) => requireIds('actor', country.actor, filePath, data.id, `countries[${index}].actor`));
    const countryActors = new Set(data.countries.map((country) => country.actor));
    const requireCountries = (ids: string[], field: string, why: string) => {
      const missing = ids.find((id) => !countryActors.has(id));
      if (missing) mistakes.push(new ContentError(filePath, data.id, field, `"${missing}" ${why} but is not one of the map's countries (add it to countries)`));
    };
    if (data.alliance) {
      const members = input.relations.filter(({ data: relation }) => relation.type === 'member-of' && relation.to === data.alliance);
      requireCountries(members.map(({ data: relation }) => relation.from), 'alliance', `is a member of "${data.alliance}"`);
    }
    if (data.deployment) {
      requireIds('relation', data.deployment.relation, filePath, data.id, 'deployment.relation');
      requireIds('figure', data.deployment.figure, filePath, data.id, 'deployment.figure');
      if (!cityIds.has(data.deployment.fromCity)) {
        mistakes.push(new ContentError(filePath, data.id, 'deployment.fromCity', `unknown city id "${data.deployment.fromCity}"${nearestIdsHint(data.deployment.fromCity, cityIds)}`));
      }
      const target = input.relations.find((relation) => relation.data.id === data.deployment!.relation)?.data.to;
      if (target) requireCountries([target], 'deployment.relation', 'is where the forces go');
    }
    const { massed, borders: others = [], ...rest } = data;
    const borders: MapBorder[] = [...(massed ? [massed] : []), ...others];
    borders.forEach((border, index) => {
      const field = massed && index === 0 ? 'massed' : `borders[${index - (massed ? 1 : 0)}]`;
      requireIds('figure', border.figure, filePath, data.id, `${field}.figure`);
      requireIds('relation', border.relation, filePath, data.id, `${field}.relation`);
      requireIds('actor', border.along, filePath, data.id, `${field}.along`);
      requireCountries(border.along, `${field}.along`, 'has its border marked');
    });
    return { ...rest, borders };
  });

  if (mistakes.length) throw new ContentErrors(mistakes);
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
