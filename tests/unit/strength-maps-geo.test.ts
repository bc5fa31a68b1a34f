/**
 * The map's geography (src/views/charts/geo/region.ts, simplify.ts; map/marks.ts, geometry.ts): which
 * countries an extent takes in, the border two countries share, how outlines are thinned without losing
 * a line's ends, a point or a ring's start, how the arrow bows and where its head points, where a border's
 * words go and how its obstacles are spaced, and the land drawn once for every layout.
 */
import { load } from 'cheerio';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { geoConicEqualArea, geoIdentity, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json';
import { describe, expect, it } from 'vitest';
import { countriesIn, sharedBorder } from '../../src/views/charts/geo/region';
import { relativePath, simplified } from '../../src/views/charts/geo/simplify';
import { mapContents } from '../../src/views/charts/map/contents';
import { mapSprite } from '../../src/views/charts/map/geometry';
import { arrowShape, borderShape } from '../../src/views/charts/map/marks';
import { renderMap } from '../../src/views/charts/map/render';
import { numbers } from '../support/path-numbers';
import { mapStory, pactRelations } from '../support/map-stories';

type Point = [number, number];

/** Every vertex of a country of the atlas, as "lon,lat". */
function verticesOf(id: string): Set<string> {
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  const country = all.features.find((candidate) => String(candidate.id) === id)!;
  const geometry = country.geometry as Polygon | MultiPolygon;
  const rings: Position[][] = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  return new Set(rings.flat().map(([lon, lat]) => `${lon},${lat}`));
}

/** A path's points, in order, from d3-geo's absolute "M…L…" output. */
const pathPoints = (d: string): Point[] => {
  const values = numbers(d);
  return Array.from({ length: values.length / 2 }, (_, index) => [values[2 * index], values[2 * index + 1]]);
};

/** A projection that leaves pixel coordinates as they are, for feeding the simplifier by hand. */
const pixels = () => geoIdentity() as unknown as GeoProjection;

describe('the countries an extent takes in', () => {
  it('takes in a country whose land only touches the extent, at a corner', () => {
    const [lon, lat] = [...verticesOf('398')][0].split(',').map(Number);
    const ids = countriesIn({ west: lon, south: lat, east: lon, north: lat }).map((country) => String(country.id));
    expect(ids).toContain('398');
  });

  it('gives each extent its own countries', () => {
    const europe = countriesIn({ west: -5, south: 43, east: 16, north: 55 }).map((country) => String(country.id));
    const asia = countriesIn({ west: 60, south: 40, east: 80, north: 50 }).map((country) => String(country.id));
    expect(europe).toContain('250');
    expect(europe).not.toContain('398');
    expect(asia).toContain('398');
    expect(asia).not.toContain('250');
  });
});

describe('the border two countries share', () => {
  it('follows both countries, whichever way the atlas runs the line and in either order they are named', () => {
    for (const [a, b] of [['643', '398'], ['250', '756']]) {
      const border = sharedBorder(a, b);
      const points = border.coordinates.flat().map(([lon, lat]) => `${lon},${lat}`);
      expect(points.length, `${a}–${b}`).toBeGreaterThan(20);
      const [first, second] = [verticesOf(a), verticesOf(b)];
      expect(points.filter((point) => !first.has(point) || !second.has(point)), `${a}–${b}`).toEqual([]);
    }
  });
});

describe('thinning outlines to the pixel', () => {
  const draw = (tolerance: number, shape: GeoPermissibleObjects) => geoPath(simplified(pixels(), tolerance))(shape) ?? '';

  it('keeps a point exactly the tolerance away and drops a nearer one, but always the line’s last point', () => {
    const line: GeoPermissibleObjects = { type: 'LineString', coordinates: [[0, 0], [2, 0], [3, 0], [5, 0], [5.5, 0]] };
    expect(pathPoints(draw(2, line))).toEqual([[0, 0], [2, 0], [5, 0], [5.5, 0]]);
  });

  it('starts every line with its own first point, however near the last line ended', () => {
    const lines: GeoPermissibleObjects = { type: 'MultiLineString', coordinates: [[[0, 0], [10, 0]], [[10, 1], [20, 1]]] };
    expect(draw(2, lines)).toBe('M0,0L10,0M10,1L20,1');
  });

  it('never drops a point that is not on a line, before or after one', () => {
    const circles = (d: string) => d.split('m0,').length - 1;
    expect(circles(draw(2, { type: 'MultiPoint', coordinates: [[0, 0], [1, 0]] }))).toBe(2);
    const after: GeoPermissibleObjects = { type: 'GeometryCollection', geometries: [{ type: 'LineString', coordinates: [[0, 0], [10, 0]] }, { type: 'MultiPoint', coordinates: [[10, 1], [11, 1]] }] };
    expect(circles(draw(2, after))).toBe(2);
  });

  it('leaves a line drawn after a polygon open', () => {
    const path = geoPath(simplified(pixels(), 1));
    expect(path({ type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 0]]] })).toMatch(/Z$/);
    expect(path({ type: 'LineString', coordinates: [[0, 20], [10, 20]] })).toBe('M0,20L10,20');
  });

  it('writes nothing for a shape with nothing to draw', () => {
    expect(relativePath('')).toBe('');
  });
});

describe('the arrow for forces sent', () => {
  const curve = (d: string) => {
    const [x0, y0, qx, qy, x1, y1] = numbers(d);
    return { start: [x0, y0], control: [qx, qy], end: [x1, y1] };
  };

  it('bows north whichever way it points', () => {
    for (const [from, to] of [[[0, 100], [200, 100]], [[200, 100], [0, 100]], [[0, 100], [200, 160]], [[200, 160], [0, 100]]] as [Point, Point][]) {
      const { start, control, end } = curve(arrowShape(from, to).curve);
      expect(control[1], `${from} → ${to}`).toBeLessThan((start[1] + end[1]) / 2 - 20);
    }
  });

  it('ends its head 3 px past the curve’s end, pointing along it, with its two barbs either side 9 px back', () => {
    const arrow = arrowShape([0, 100], [200, 160]);
    const { control, end } = curve(arrow.curve);
    const length = Math.hypot(end[0] - control[0], end[1] - control[1]);
    const along: Point = [(end[0] - control[0]) / length, (end[1] - control[1]) / length];
    const [tip, barb1, barb2] = pathPoints(arrow.head);
    expect(tip[0]).toBeCloseTo(end[0] + 3 * along[0], 0);
    expect(tip[1]).toBeCloseTo(end[1] + 3 * along[1], 0);
    for (const barb of [barb1, barb2]) {
      const back = (barb[0] - end[0]) * along[0] + (barb[1] - end[1]) * along[1];
      expect(back).toBeCloseTo(-9, 0);
    }
    const side = (barb: Point) => (barb[0] - end[0]) * -along[1] + (barb[1] - end[1]) * along[0];
    expect(side(barb1)).toBeCloseTo(-6, 0);
    expect(side(barb2)).toBeCloseTo(6, 0);
  });

  it('gives its focus ring the whole arrow, ends, curve and head, with 2 px of room and no more', () => {
    for (const [from, to] of [[[0, 100], [200, 100]], [[200, 160], [0, 100]]] as [Point, Point][]) {
      const arrow = arrowShape(from, to);
      const { start, control, end } = curve(arrow.curve);
      // Points along the drawn curve (a quadratic Bézier), and the head's tip and barbs.
      const along = Array.from({ length: 41 }, (_, step): Point => {
        const t = step / 40;
        return [0, 1].map((axis) => (1 - t) ** 2 * start[axis] + 2 * (1 - t) * t * control[axis] + t ** 2 * end[axis]) as Point;
      });
      const drawn = [...along, ...pathPoints(arrow.head)];
      const { x, y, width, height } = arrow.box;
      const [xs, ys] = [drawn.map(([px]) => px), drawn.map(([, py]) => py)];
      expect([x, y], `${from} → ${to}`).toEqual([Math.min(...xs) - 2, Math.min(...ys) - 2].map((value) => expect.closeTo(value, 0)));
      expect([x + width, y + height], `${from} → ${to}`).toEqual([Math.max(...xs) + 2, Math.max(...ys) + 2].map((value) => expect.closeTo(value, 0)));
      expect(height, 'the arrow’s full height, not a strip round its peak').toBeGreaterThan(20);
    }
  });

  it('keeps labels off 19 points spread along the curve, between its ends and no higher than its peak', () => {
    const arrow = arrowShape([0, 100], [200, 100]);
    expect(arrow.obstacles).toHaveLength(19);
    const centres = arrow.obstacles.map((box) => [box.x + 3, box.y + 3]);
    expect(centres.map(([x]) => x)).toEqual([...centres.map(([x]) => x)].sort((a, b) => a - b));
    expect(Math.min(...centres.map(([x]) => x))).toBeGreaterThan(0);
    expect(Math.max(...centres.map(([x]) => x))).toBeLessThan(200);
    expect(Math.min(...centres.map(([, y]) => y))).toBeGreaterThanOrEqual(arrow.peak[1] - 0.01);
  });
});

describe('a marked border', () => {
  const projected = () => {
    const projection = geoConicEqualArea().parallels([40, 55]).rotate([-30, 0]);
    projection.fitWidth(800, { type: 'MultiPoint', coordinates: [[-10, 35], [60, 35], [-10, 65], [60, 65]] });
    return { projection, exact: geoPath(projection) };
  };

  it('puts its words halfway along its longest stretch', () => {
    const { projection, exact } = projected();
    // Russia–Ukraine's longest stretch is its last line; France–Spain's, its first.
    for (const [a, b] of [['643', '804'], ['250', '724']]) {
      const lines = sharedBorder(a, b).coordinates;
      expect(lines.length, `${a}–${b}`).toBeGreaterThan(1);
      const longest = [...lines].sort((x, y) => y.length - x.length)[0];
      const middle = projection(longest[Math.floor(longest.length / 2)] as Point)!;
      const shape = borderShape(a, b, projection, exact);
      expect(shape.middle[0], `${a}–${b}`).toBeCloseTo(middle[0], 5);
      expect(shape.middle[1], `${a}–${b}`).toBeCloseTo(middle[1], 5);
    }
  });

  it('keeps one obstacle every 5 px or more along each line, all of them on the border', () => {
    const { projection, exact } = projected();
    const shape = borderShape('643', '398', projection, exact);
    expect(shape.obstacles.length).toBeGreaterThan(20);
    const centres = shape.obstacles.map((box) => [box.x + 3, box.y + 3]);
    const gaps = centres.slice(1).map((point, index) => Math.hypot(point[0] - centres[index][0], point[1] - centres[index][1]));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(5);
    for (const [x, y] of centres) {
      expect(x).toBeGreaterThanOrEqual(shape.box.x - 0.01);
      expect(x).toBeLessThanOrEqual(shape.box.x + shape.box.width + 0.01);
      expect(y).toBeGreaterThanOrEqual(shape.box.y - 0.01);
      expect(y).toBeLessThanOrEqual(shape.box.y + shape.box.height + 0.01);
    }
  });

  it('cannot be marked between countries that share none, and says so', () => {
    const { projection, exact } = projected();
    expect(() => borderShape('250', '643', projection, exact)).toThrow('Countries 250 and 643 share no border in the atlas, so it cannot be marked');
  });
});

describe('the land drawn once for every layout', () => {
  it('draws all the land but the members in one symbol, each member in its own, at the sprite’s width', () => {
    const story = mapStory({ alliance: 'pact' }, [], pactRelations());
    const $ = load(mapSprite(mapContents(story, 'deployment'), 'p-'), { xml: true });
    const sprite = $('svg.chart-sprite');
    expect(sprite.attr('aria-hidden')).toBe('true');
    expect(sprite.attr('width')).toBe('0');
    expect($('symbol').toArray().map((symbol) => $(symbol).attr('id')).sort()).toEqual(['p-land', 'p-member-250', 'p-member-276']);
    const land = $('symbol#p-land');
    expect(land.attr('viewBox')).toMatch(/^0 0 960 \d+$/);
    expect(land.attr('preserveAspectRatio')).toBe('xMidYMid meet');
    const paths = land.find('path');
    expect(paths.length).toBeGreaterThan(4);
    expect(paths.toArray().every((path) => /^M\d+,\d+l/.test($(path).attr('d') ?? ''))).toBe(true);
    expect(paths.toArray().every((path) => $(path).attr('class') === 'map-land')).toBe(true);
    expect($('symbol#p-member-250 path').attr('d')).toMatch(/^M\d+,\d+l/);
  });

  it('places the sprite in a layout by id, at the layout’s map frame', () => {
    const story = mapStory({ alliance: 'pact' }, [], pactRelations());
    const $ = load(renderMap(story, 'deployment', { width: 640, spriteId: 's-' }).svg, { xml: true });
    const land = $('.map-countries use');
    expect(land.attr('href')).toBe('#s-land');
    expect(land.attr('class')).toBe('map-land-placed');
    expect(land.attr('x')).toBe('4');
    expect(land.attr('width')).toBe('632');
    expect(Number(land.attr('y'))).toBe(Number($('.map-water').attr('y')));
    expect($('use.map-member').toArray().map((use) => $(use).attr('href'))).toEqual(['#s-member-250', '#s-member-276']);
    expect($('.map-countries path')).toHaveLength(0);
  });

  it('refuses a member state outside the map’s area', () => {
    const story = mapStory({ alliance: 'pact', countries: [...mapStory({}).maps[0].countries, { actor: 'pact', isoNumeric: '036', labelAt: [5, 48] }] }, [], [
      ...pactRelations(),
      { ...pactRelations()[0], id: 'far-in-pact', from: 'pact' },
    ]);
    expect(() => renderMap(story, 'deployment', { width: 640 })).toThrow('Country "pact" is not in the map\'s area');
  });
});
