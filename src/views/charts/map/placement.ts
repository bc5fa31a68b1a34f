/**
 * Where the map's words go, greedily and in order of importance: city names beside their dots, each
 * mark's words (beside it on a wide map; on a narrow one a numbered badge, the words in a key under the
 * map), then country names. Each placed box is taken, so later labels move around earlier ones.
 */
import type { GeoProjection } from 'd3-geo';
import { candidateOffsets, placeBox, placeLabel, type Box, type Placement } from '../labels';
import { LEADING, type TextWriter } from '../layout';
import { textWidth, wrapText, type FontSpec } from '../text-metrics';
import { el } from '../svg';
import type { City, MapContents } from './contents';
import type { Point } from './marks';

export const MAP_FONT: FontSpec = { size: 12 };
export const MAP_FONT_BOLD: FontSpec = { size: 12, bold: true };

/** The text elements of a placed block of lines, centred in it. */
export function writeBlock(writer: TextWriter, placement: Placement, font: FontSpec, className: string): string[] {
  return placement.lines.map((line, index) => writer.line(line, placement.x + placement.width / 2, placement.y + index * font.size * LEADING, font, className, 'middle'));
}

/** City dots and names; the dots are taken first, as fixed points every label moves around. */
export function placeCities(cities: City[], projection: GeoProjection, frame: Box, taken: Box[], writer: TextWriter): string[] {
  const at = (city: City) => projection([city.lon, city.lat]) as Point;
  for (const city of cities) {
    const [cx, cy] = at(city);
    taken.push({ x: cx - 4, y: cy - 4, width: 8, height: 8 });
  }
  return cities.flatMap((city) => {
    const [cx, cy] = at(city);
    const side = textWidth(city.name, MAP_FONT_BOLD) / 2 + 9;
    const offsets: Point[] = [[side, 0], [-side, 0], [0, -16], [0, 16], [side, -12], [-side, -12], [side, 12], [-side, 12]];
    const placed = placeLabel([city.name], MAP_FONT_BOLD, [cx, cy], offsets, frame, taken);
    return [el('circle', { class: 'map-city', cx, cy, r: 3.5 }), ...(placed ? writeBlock(writer, placed, MAP_FONT_BOLD, 'map-city-label') : [])];
  });
}

/** Country names, the alliance's members first (in bold), then the other countries the map names. */
export function placeCountryNames(contents: MapContents, projection: GeoProjection, frame: Box, taken: Box[]): Map<string, Placement> {
  const members = new Set(contents.alliance?.members.map((membership) => membership.from));
  const order = [...members, ...contents.spec.countries.map((country) => country.actor).filter((actor) => !members.has(actor))];
  const placed = new Map<string, Placement>();
  for (const actor of order) {
    const country = contents.spec.countries.find((candidate) => candidate.actor === actor)!;
    const font = members.has(actor) ? MAP_FONT_BOLD : MAP_FONT;
    const label = placeLabel([contents.nameOf(actor)], font, projection(country.labelAt) as Point, candidateOffsets(12, 6), frame, taken);
    if (label) placed.set(actor, label);
  }
  return placed;
}

export interface Badge {
  number: string;
  x: number;
  y: number;
}

/** A mark's words on the map: a label block (wide), or a badge whose number leads to the key (narrow). */
export interface Callout {
  lines: string[];
  label: Placement | null;
  badge: Badge | null;
}

/** Where a mark wants its words: the label's anchor and how far it may move, the badge's anchor. */
export interface CalloutSpot {
  label: Point;
  reach: [step: number, rings: number];
  badge: Point;
}

export function placeCallout(lines: string[], number: string, spot: CalloutSpot, compact: boolean, frame: Box, taken: Box[]): Callout {
  if (!compact) return { lines, label: placeLabel(lines, MAP_FONT_BOLD, spot.label, candidateOffsets(...spot.reach), frame, taken), badge: null };
  const box = placeBox(20, 20, spot.badge, candidateOffsets(8, 6), frame, taken);
  return { lines, label: null, badge: box ? { number, x: box.x + 10, y: box.y + 10 } : null };
}

/** A badge: its disc and its number's text element. */
export function drawBadge(writer: TextWriter, badge: Badge): { disc: string; text: string } {
  return {
    disc: el('circle', { class: 'map-badge', cx: badge.x, cy: badge.y, r: 9 }),
    text: writer.line(badge.number, badge.x, badge.y - (MAP_FONT_BOLD.size * LEADING) / 2, MAP_FONT_BOLD, 'map-badge-label', 'middle'),
  };
}

export const badgeBox = (badge: Badge): Box => ({ x: badge.x - 10, y: badge.y - 10, width: 20, height: 20 });

/** One line of the key under a narrow map: the badge's number, then the mark's words wrapped beside it. */
export function writeKeyLine(writer: TextWriter, badge: Badge, lines: string[], top: number, width: number): { disc: string; texts: string[]; box: Box; height: number } {
  const wrapped = wrapText(lines.join(' '), width - 34, MAP_FONT_BOLD);
  const { disc, text } = drawBadge(writer, { number: badge.number, x: 13, y: top + 9 });
  const texts = [text, ...wrapped.map((line, index) => writer.line(line, 30, top + index * MAP_FONT_BOLD.size * LEADING, MAP_FONT_BOLD, 'map-mark-label'))];
  const height = Math.max(wrapped.length * MAP_FONT_BOLD.size * LEADING, 20);
  return { disc, texts, box: { x: 2, y: top - 1, width: width - 4, height: height + 2 }, height };
}

/** A thin line from a label that had to move away back to the point it names. */
export function leader(box: Box, [x, y]: Point): string {
  const nearX = Math.min(Math.max(x, box.x), box.x + box.width);
  const nearY = Math.min(Math.max(y, box.y), box.y + box.height);
  if (Math.hypot(nearX - x, nearY - y) < 12) return '';
  return el('line', { class: 'map-leader', x1: x, y1: y, x2: nearX, y2: nearY });
}
