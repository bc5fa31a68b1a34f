/**
 * The map's projection and land: a conic equal-area projection chosen from the story's extent, fitted to
 * a width, and the land drawn once as symbols that every layout of the map places with <use>.
 */
import type { Feature, MultiPoint } from 'geojson';
import { geoConicEqualArea, geoPath, type GeoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { StoryMap } from '../../../story/types';
import { countriesIn, type Country } from '../geo/region';
import { relativePath, simplified } from '../geo/simplify';
import { el } from '../svg';
import type { Box } from '../labels';
import type { MapContents } from './contents';

type Extent = StoryMap['extent'];

/** Points along the extent's edges: fitting to them keeps its curved parallels inside the frame. */
function extentPoints({ west, south, east, north }: Extent): Feature<MultiPoint> {
  const coordinates: [number, number][] = [];
  for (let step = 0; step <= 20; step += 1) {
    const lon = west + ((east - west) * step) / 20;
    const lat = south + ((north - south) * step) / 20;
    coordinates.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates } };
}

/**
 * Equal area, so no country looks larger than it is; the standard parallels at one sixth and five sixths
 * of the extent's latitudes (the usual rule for a conic, least distortion across the span) and the
 * central meridian through its middle, so north is up at its centre.
 */
function extentProjection({ west, south, east, north }: Extent): GeoProjection {
  const span = north - south;
  return geoConicEqualArea()
    .parallels([south + span / 6, north - span / 6])
    .rotate([-(west + east) / 2, 0]);
}

/** The map's projection, fitted (centred, aspect kept) into a box `width` wide; every layout and the sprite use it. */
function fittedProjection(extent: Extent, x0: number, y0: number, width: number): { projection: GeoProjection; height: number } {
  const points = extentPoints(extent);
  const projection = extentProjection(extent);
  projection.fitWidth(width, points);
  const [[, fy0], [, fy1]] = geoPath(projection).bounds(points);
  const height = Math.round(fy1 - fy0);
  projection.fitExtent([[x0, y0], [x0 + width, y0 + height]], points);
  return { projection, height };
}

/** One layout's map: where it sits, its projection, how it draws a shape, and where labels may go. */
export interface MapFrame {
  top: number;
  height: number;
  projection: GeoProjection;
  /** A shape's outline, simplified to a pixel; bounds and centroids use `exact`. */
  path: (shape: GeoPermissibleObjects) => string;
  exact: GeoPath;
  labels: Box;
  countryOf: (actor: string) => Country;
}

/** The map of one layout `width` wide, its top at `top`, clipped to its frame. */
export function mapFrame(contents: MapContents, width: number, top: number): MapFrame {
  const { projection, height } = fittedProjection(contents.spec.extent, 4, top, width - 8);
  projection.clipExtent([[0, top], [width, top + height]]);
  const outline = geoPath(simplified(projection, 1.5)).digits(0);
  const byCode = new Map(countriesIn(contents.spec.extent).map((country) => [String(country.id), country]));
  return {
    top,
    height,
    projection,
    path: (shape) => relativePath(outline(shape) ?? ''),
    exact: geoPath(projection),
    labels: { x: 2, y: top + 2, width: width - 4, height: height - 4 },
    countryOf: (actor) => {
      const country = byCode.get(contents.codeOf(actor));
      if (!country) throw new Error(`Country "${actor}" is not in the map's area`);
      return country;
    },
  };
}

/** The ids of the sprite's symbols: all land but the members, and one per member state. */
export const spriteKey = { land: 'land', member: (code: string) => `member-${code}` };

/** The countries a map draws, split into plain land and the alliance's members, with each land's class. */
export function landOf(contents: MapContents): { land: Country[]; members: Country[]; landClass: (country: Country) => string } {
  const memberCodes = new Set(contents.alliance?.members.map((membership) => contents.codeOf(membership.from)));
  // The far side of a marked border is set apart from the rest of the land.
  const neighbours = new Set(contents.borders.map((border) => contents.codeOf(border.along[1])));
  const countries = countriesIn(contents.spec.extent);
  return {
    land: countries.filter((country) => !memberCodes.has(String(country.id))),
    members: countries.filter((country) => memberCodes.has(String(country.id))),
    landClass: (country) => (neighbours.has(String(country.id)) ? 'map-land map-neighbour' : 'map-land'),
  };
}

/** The width, in the map's own units, its land is drawn at when one drawing serves every layout. */
const SPRITE_WIDTH = 960;

/**
 * The map's land drawn once, as symbols that every layout of the map places with <use> (see
 * `RenderOptions.spriteId`): the geometry is most of a map's bytes, the labels are what differ by width.
 * A symbol scales its drawing like the layout's own fitted projection does, so both line up exactly.
 */
export function mapSprite(contents: MapContents, idPrefix: string): string {
  const { projection, height } = fittedProjection(contents.spec.extent, 0, 0, SPRITE_WIDTH);
  projection.clipExtent([[0, 0], [SPRITE_WIDTH, height]]);
  // Simplified to two of its units: under two screen pixels at every size an embed or page shows it.
  const outline = geoPath(simplified(projection, 2)).digits(0);
  const path = (country: Country) => relativePath(outline(country) ?? '');
  const { land, members, landClass } = landOf(contents);
  const symbol = (key: string, ...children: string[]) =>
    el('symbol', { id: `${idPrefix}${key}`, viewBox: `0 0 ${SPRITE_WIDTH} ${height}`, preserveAspectRatio: 'xMidYMid meet' }, ...children);
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', class: 'chart-sprite', width: 0, height: 0, 'aria-hidden': 'true', focusable: 'false' },
    symbol(spriteKey.land, ...land.map((country) => el('path', { class: landClass(country), d: path(country) }))),
    ...members.map((country) => symbol(spriteKey.member(String(country.id)), el('path', { d: path(country) }))),
  );
}
