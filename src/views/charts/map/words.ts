/**
 * Every word the map says, built from what it draws (never read back from the drawing): its title and
 * description, the words beside each mark, the legend, the credit and the sentence that introduces it.
 */
import type { Relation, Story } from '../../../story/types';
import { listInWords, quoted } from '../../format/text';
import { figureKinds, figureUnits, relationLabel, relationTypes } from '../../vocabulary';
import { SITE_NAME } from '../story-lanes';
import type { ChartPanel } from '../types';
import { mapContents, panelMap, type Cited, type MapContents } from './contents';

/** "Russia sent forces to Kazakhstan", from the relation's actors and type. */
export function relationWords(relation: Relation, nameOf: (id: string) => string): string {
  return `${nameOf(relation.from)} ${relationLabel(relation.type)} ${nameOf(relation.to)}`;
}

/** A figure's number as the map quotes it: the article's words in quotation marks, a later report's plain. */
function valueWords(cited: Extract<Cited, { figure: unknown }>): string {
  return cited.row.origin === 'article' ? quoted(cited.row.valueText) : cited.row.valueText;
}

/** The words written beside a mark: what the figure counts and its number, or the relation it stands for. */
export function markLines(cited: Cited, nameOf: (id: string) => string): string[] {
  if ('relation' in cited) return [`${nameOf(cited.relation.from)} ${relationLabel(cited.relation.type)}`, nameOf(cited.relation.to)];
  return [`${cited.figure.label}:`, valueWords(cited)];
}

const borderName = ([a, b]: [string, string], nameOf: (id: string) => string) => `${nameOf(a)}–${nameOf(b)}`;

/** The countries a map names, west to east by where their names are written. */
function countriesWestToEast({ spec, nameOf }: MapContents): string[] {
  return [...spec.countries].sort((x, y) => x.labelAt[0] - y.labelAt[0]).map((country) => nameOf(country.actor));
}

export function mapTitle(contents: MapContents): string {
  const { alliance, deployment, borders, nameOf } = contents;
  const figures = [deployment?.cited, ...borders.map((border) => border.cited)].flatMap((cited) => (cited && 'figure' in cited ? [cited.figure] : []));
  const units = [...new Set(figures.map((figure) => figureUnits[figure.unit].label.toLowerCase()))];
  const phrase = (cited: Extract<Cited, { figure: unknown }>) => figureKinds[cited.figure.kind].phrase ?? cited.figure.label.toLowerCase();
  const parts = [
    alliance && alliance.members.length > 0 && `the ${alliance.name}’s members`,
    deployment &&
      ('figure' in deployment.cited ? `the ${phrase(deployment.cited)} to ${nameOf(deployment.relation.to)}` : relationWords(deployment.relation, nameOf)),
    ...borders.map(({ along, cited }) => ('figure' in cited ? `the ${phrase(cited)} near ${nameOf(along[1])}` : `the ${borderName(along, nameOf)} border`)),
  ].filter((part): part is string => Boolean(part));
  const lead = units.length > 0 ? `Where the ${listInWords(units)} are` : 'Where it happens';
  return `${lead}: ${listInWords(parts.length > 0 ? parts : countriesWestToEast(contents))}`;
}

export function mapDescription(contents: MapContents): string {
  const { spec, alliance, deployment, borders, nameOf } = contents;
  const arrow = deployment && `An arrow from ${deployment.from.name} into ${nameOf(deployment.relation.to)} stands for`;
  return [
    `A map of ${countriesWestToEast(contents).join(', ')}, west to east.`,
    alliance && alliance.members.length > 0 && `Marked as ${alliance.name} members, as the article lists them: ${alliance.members.map((member) => nameOf(member.from)).join(', ')}.`,
    deployment &&
      ('figure' in deployment.cited
        ? `${arrow} ${deployment.cited.figure.label.toLowerCase()}: ${valueWords(deployment.cited)} (source: ${deployment.cited.row.source}; ${deployment.cited.row.confirmationLabel.toLowerCase()}).`
        : `${arrow} what the article reports: ${relationWords(deployment.relation, nameOf)}.`),
    ...borders.map(({ along, cited }) =>
      'figure' in cited
        ? `The ${borderName(along, nameOf)} border is marked for ${cited.figure.label.toLowerCase()}: ${valueWords(cited)}.`
        : `The ${borderName(along, nameOf)} border is marked for what the article reports: ${relationWords(cited.relation, nameOf)}.`,
    ),
    `Cities shown: ${spec.cities.map((city) => city.name).join(', ')}.`,
  ]
    .filter((sentence): sentence is string => Boolean(sentence))
    .join(' ');
}

export type LegendSwatch = 'member' | 'arrow' | 'border' | 'city';

/** The legend's entries, one per kind of mark the map draws (borders of one kind once). */
export function legendEntries({ alliance, deployment, borders }: MapContents): { swatch: LegendSwatch; text: string }[] {
  const borderTexts = borders.map(({ cited }) => ('figure' in cited ? `${figureKinds[cited.figure.kind].label} near the border` : 'Border the article names'));
  return [
    ...(alliance && alliance.members.length > 0 ? [{ swatch: 'member' as const, text: `${alliance.name} member state (${alliance.members.length} named)` }] : []),
    ...(deployment
      ? [{ swatch: 'arrow' as const, text: 'figure' in deployment.cited ? figureKinds[deployment.cited.figure.kind].label : relationTypes[deployment.relation.type].heading }]
      : []),
    ...[...new Set(borderTexts)].map((text) => ({ swatch: 'border' as const, text })),
    { swatch: 'city', text: 'City' },
  ];
}

export function mapCredit({ deployment }: MapContents): string {
  const route = deployment ? ' The arrow joins the two states; the article gives no route.' : '';
  return `Map: Natural Earth 1:50m (world-atlas).${route} ${SITE_NAME}.`;
}

/** The sentence introducing a panel's map, from what it marks: "The map marks the alliance’s members, …". */
export function mapIntro(story: Story, panel: ChartPanel): string | null {
  if (!panelMap(story, panel)) return null;
  const { alliance, deployment, borders, nameOf } = mapContents(story, panel);
  const parts = [
    alliance && alliance.members.length > 0 && 'the alliance’s members',
    deployment && ('figure' in deployment.cited ? figureKinds[deployment.cited.figure.kind].onMap : `where ${relationWords(deployment.relation, nameOf)}`),
    ...borders.map(({ along, cited }) => ('figure' in cited ? figureKinds[cited.figure.kind].onMap : `the ${borderName(along, nameOf)} border`)),
  ].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? `The map marks ${listInWords([...new Set(parts)])}.` : 'The map shows the places the article names.';
}
