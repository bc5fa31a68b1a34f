/**
 * Natural Earth countries (world-atlas, 1:50m) reduced at build time to the map's area with
 * topojson-client: only the countries that reach into the area, and the shared borders asked for.
 * Nothing of this is shipped to the browser; the map is drawn to SVG paths at build time.
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json';

export interface Extent {
  west: number;
  south: number;
  east: number;
  north: number;
}

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
const topology = world as unknown as Countries;

function* positions(geometry: Geometry): Generator<Position> {
  switch (geometry.type) {
    case 'Point':
      yield geometry.coordinates;
      break;
    case 'MultiPoint':
    case 'LineString':
      yield* geometry.coordinates;
      break;
    case 'MultiLineString':
    case 'Polygon':
      for (const line of geometry.coordinates) yield* line;
      break;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) for (const ring of polygon) yield* ring;
      break;
    case 'GeometryCollection':
      for (const part of geometry.geometries) yield* positions(part);
      break;
  }
}

function reaches(geometry: Geometry | null, extent: Extent): boolean {
  if (!geometry) return false;
  for (const [lon, lat] of positions(geometry)) {
    if (lon >= extent.west && lon <= extent.east && lat >= extent.south && lat <= extent.north) return true;
  }
  return false;
}

export type Country = Feature<Geometry, { name: string }> & { id: string };

// The atlas never changes during a build: each reduction is made once and reused by every width.
const regions = new Map<string, Country[]>();
const borders = new Map<string, MultiLineString>();

/** Every country with some land inside the extent, by ISO numeric id. */
export function countriesIn(extent: Extent): Country[] {
  const key = `${extent.west},${extent.south},${extent.east},${extent.north}`;
  let countries = regions.get(key);
  if (!countries) {
    const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    countries = all.features.filter((country) => reaches(country.geometry, extent)).map((country) => country as Country);
    regions.set(key, countries);
  }
  return countries;
}

/** The border two countries share, as lines. */
export function sharedBorder(a: string, b: string): MultiLineString {
  const key = [a, b].sort().join('|');
  let border = borders.get(key);
  if (!border) {
    border = mesh(topology, topology.objects.countries, (left, right) => (left.id === a && right.id === b) || (left.id === b && right.id === a));
    borders.set(key, border);
  }
  return border;
}
