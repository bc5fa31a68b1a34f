/**
 * A story's map, drawn with d3-geo at build time from what the story has: the countries and cities it
 * names, and when it has them the alliance's member states, an arrow for forces sent and the borders it
 * marks. Every mark is a link to the article, named from its data like the charts' marks.
 */
import { geoCentroid } from 'd3-geo';
import type { Story } from '../../../story/types';
import { finishChart } from '../chart-svg';
import type { Box, Placement } from '../labels';
import { TextWriter, WIDE_FROM } from '../layout';
import { el } from '../svg';
import type { ChartPanel, RenderedChart, RenderOptions } from '../types';
import { mapContents, type Cited, type MapContents } from './contents';
import { landOf, mapFrame, spriteKey, type MapFrame } from './geometry';
import { drawLegend } from './legend';
import { citedLink, memberLink } from './links';
import { arrowShape, borderShape, type Point } from './marks';
import {
  badgeBox,
  drawBadge,
  leader,
  MAP_FONT,
  MAP_FONT_BOLD,
  placeCallout,
  placeCities,
  placeCountryNames,
  writeBlock,
  writeKeyLine,
  type Callout,
  type CalloutSpot,
} from './placement';
import { legendEntries, mapCredit, mapDescription, mapTitle, markLines } from './words';

interface MarkOutline {
  cited: Cited;
  /** The mark's own shapes, its wide invisible hit area first. */
  shapes: string[];
  box: Box;
  /** Points along it that labels keep clear of. */
  obstacles: Box[];
  spot: CalloutSpot;
  /** Where a label that had to move away points back to, if anywhere. */
  leaderTo?: Point;
}

/** The arrow (when the story sends forces) then each marked border, in the order they are numbered. */
function markOutlines({ deployment, borders, codeOf }: MapContents, frame: MapFrame): MarkOutline[] {
  const { projection, path, exact } = frame;
  const outlines: MarkOutline[] = [];
  if (deployment) {
    const arrow = arrowShape(projection([deployment.from.lon, deployment.from.lat]) as Point, projection(geoCentroid(frame.countryOf(deployment.relation.to))) as Point);
    const [px, py] = arrow.peak;
    outlines.push({
      cited: deployment.cited,
      shapes: [el('path', { class: 'map-hit', d: arrow.curve }), el('path', { class: 'map-arrow', d: arrow.curve }), el('path', { class: 'map-arrowhead', d: arrow.head })],
      box: arrow.box,
      obstacles: arrow.obstacles,
      spot: { label: [px, py - 18], reach: [14, 6], badge: [px, py - 12] },
    });
  }
  for (const { along, cited } of borders) {
    const border = borderShape(codeOf(along[0]), codeOf(along[1]), projection, exact);
    const [mx, my] = border.middle;
    outlines.push({
      cited,
      shapes: [el('path', { class: 'map-hit', d: path(border.lines) }), el('path', { class: 'map-massed', d: path(border.lines) })],
      box: border.box,
      obstacles: border.obstacles,
      spot: { label: [mx, my], reach: [16, 12], badge: [mx + 14, my] },
      leaderTo: border.middle,
    });
  }
  return outlines;
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** Text elements each followed by a space, so assistive technology reading the link hears separate words. */
const said = (texts: string[]) => texts.map((text) => `${text} `).join('');

/** A mark, its words and its key line (on a narrow map) as one link. */
function markLink(contents: MapContents, mark: MarkOutline, callout: Callout, key: ReturnType<typeof writeKeyLine> | null, writer: TextWriter, options: RenderOptions): string {
  const { label, badge, lines } = callout;
  const badgeDrawn = badge && drawBadge(writer, badge);
  const drawing = [
    ...mark.shapes,
    label ? (mark.leaderTo ? leader(label, mark.leaderTo) : '') + said(writeBlock(writer, label, MAP_FONT_BOLD, 'map-mark-label')) : '',
    badgeDrawn ? badgeDrawn.disc + said([badgeDrawn.text]) : '',
    key ? key.disc + said(key.texts) : '',
  ].join('');
  const shown = label ? label.lines : badge ? [badge.number, badge.number, ...lines] : [];
  const rings = label ? [union(mark.box, label)] : badge && key ? [union(mark.box, badgeBox(badge)), key.box] : [mark.box];
  return citedLink(contents, mark.cited, drawing, shown.join(' '), rings, options);
}

/** Each member state, drawn (or placed from the sprite) with its name and focus ring, as a link. */
function memberLinks(contents: MapContents, frame: MapFrame, names: Map<string, Placement>, writer: TextWriter, options: RenderOptions, placed: (key: string, className: string) => string): string[] {
  const { width } = options;
  const { top, height } = frame;
  return (contents.alliance?.members ?? []).map((membership) => {
    const country = frame.countryOf(membership.from);
    const [[bx0, by0], [bx1, by1]] = frame.exact.bounds(country);
    const clip = { x: Math.max(bx0, 0), y: Math.max(by0, top), width: Math.min(bx1, width) - Math.max(bx0, 0), height: Math.min(by1, top + height) - Math.max(by0, top) };
    const label = names.get(membership.from);
    const shape = options.spriteId ? placed(spriteKey.member(String(country.id)), 'map-member') : el('path', { class: 'map-member', d: frame.path(country) });
    const name = label ? writeBlock(writer, label, MAP_FONT_BOLD, 'map-country-label').join('') : '';
    return memberLink(contents, membership, [shape, name, el('rect', { class: 'chart-focus-ring', ...clip, rx: 3 })], options);
  });
}

export function renderMap(story: Story, panel: ChartPanel, options: RenderOptions): RenderedChart {
  const contents = mapContents(story, panel, options.origin);
  const { width } = options;
  const writer = new TextWriter();
  const legend = drawLegend(legendEntries(contents), width, writer);
  const frame = mapFrame(contents, width, legend.bottom + 8);
  const { top, height } = frame;
  // With a sprite, the land is placed from it; otherwise (downloads, share images) drawn here.
  const placed = (key: string, className: string) => el('use', { href: `#${options.spriteId}${key}`, x: 4, y: top, width: width - 8, height, class: className });

  // Labels keep clear of the marks, then of the cities; the marks' words go before the countries' names.
  const marks = markOutlines(contents, frame);
  const taken = marks.flatMap((mark) => mark.obstacles);
  const cities = placeCities(contents.spec.cities, frame.projection, frame.labels, taken, writer);
  const compact = width < WIDE_FROM;
  const callouts = marks.map((mark, index) => placeCallout(markLines(mark.cited, contents.nameOf), String(index + 1), mark.spot, compact, frame.labels, taken));
  const names = placeCountryNames(contents, frame.projection, frame.labels, taken);

  const land = landOf(contents);
  const members = new Set(contents.alliance?.members.map((membership) => membership.from));
  const otherNames = [...names].filter(([actor]) => !members.has(actor)).flatMap(([, label]) => writeBlock(writer, label, MAP_FONT, 'map-country-label'));
  const memberParts = memberLinks(contents, frame, names, writer, options, placed);
  let keyTop = top + height + 8;
  const keys = callouts.map(({ badge, lines }) => {
    if (!badge) return null;
    const key = writeKeyLine(writer, badge, lines, keyTop, width);
    keyTop += key.height + 6;
    return key;
  });
  const links = marks.map((mark, index) => markLink(contents, mark, callouts[index], keys[index], writer, options));

  return finishChart({
    name: 'map',
    width,
    prefix: options.idPrefix ?? `chart-map-${width}-`,
    title: mapTitle(contents),
    description: mapDescription(contents),
    defs: '',
    content: [
      legend.svg,
      el('rect', { class: 'map-water', x: 0, y: top, width, height }),
      el('g', { class: 'map-countries', 'aria-hidden': 'true' }, ...(options.spriteId ? [placed(spriteKey.land, 'map-land-placed')] : land.land.map((country) => el('path', { class: land.landClass(country), d: frame.path(country) })))),
      ...memberParts,
      el('g', { class: 'map-labels', 'aria-hidden': 'true' }, ...otherNames),
      // Borders under the arrow (the first mark when there is one).
      ...(contents.deployment ? [...links.slice(1), links[0]] : links),
      el('g', { class: 'map-cities', 'aria-hidden': 'true' }, ...cities),
    ],
    credit: mapCredit(contents),
    creditTop: keyTop,
    writer,
    readingNotes: [],
  });
}
