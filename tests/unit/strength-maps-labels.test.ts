/**
 * Where a map's words go and how its marks read (src/views/charts/map/placement.ts, legend.ts, render.ts,
 * links.ts): a city's name beside its dot and never over another city's, the order of places a name
 * tries, a country name that fits nowhere left out, badges numbered from 1 and centred on their discs,
 * the key under a narrow map, when a leader line is drawn, the legend's rows, and each mark's focus rings
 * and link.
 */
import { resolve } from 'node:path';
import { load } from 'cheerio';
import type { GeoProjection } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { Box } from '../../src/views/charts/labels';
import { FONTS, LEADING, TextWriter, WIDE_FROM } from '../../src/views/charts/layout';
import { mapContents } from '../../src/views/charts/map/contents';
import { mapFrame } from '../../src/views/charts/map/geometry';
import { drawLegend } from '../../src/views/charts/map/legend';
import { badgeBox, drawBadge, leader, MAP_FONT_BOLD, placeCities, placeCountryNames, writeKeyLine } from '../../src/views/charts/map/placement';
import { renderMap } from '../../src/views/charts/map/render';
import { textWidth } from '../../src/views/charts/text-metrics';
import { floor, inArticle, mapFigure, mapStory, pactRelations } from '../support/map-stories';
import { projectRoot } from '../support/build-site';
import { REPORT } from '../support/fixture-stories';
import { storyFromFiles } from '../support/story-from-files';

/** A "projection" that reads a city's lon and lat as pixels. */
const asPixels = ((point: [number, number]) => point) as unknown as GeoProjection;
const city = (id: string, lon: number, lat: number) => ({ id, name: id, lon, lat });
const centre = (box: Box) => [box.x + box.width / 2, box.y + box.height / 2];
const LINE = MAP_FONT_BOLD.size * LEADING;

/** Westmark sends troops to Ostland and masses troops on the Westmark–Alpland border, the two states in the pact. */
function markedStory() {
  const sent = mapFigure('sent', 'troops-deployed', 'Westmark troops sent to Ostland', [inArticle('s800', floor(800))]);
  const massed = mapFigure('massed', 'troops-massed', 'Troops massed near Alpland', [inArticle('m1000', floor(1000))]);
  return mapStory(
    { alliance: 'pact', deployment: { relation: 'westmark-sent', figure: 'sent', fromCity: 'port-exa' }, borders: [{ along: ['westmark', 'alpland'], figure: 'massed' }] },
    [sent, massed],
    pactRelations(),
  );
}

describe('city names', () => {
  it('writes a name beside its dot, never over another city’s dot', () => {
    const side = textWidth('Alpha', MAP_FONT_BOLD) / 2 + 9;
    const writer = new TextWriter();
    const taken: Box[] = [];
    // Beta's dot is where Alpha's name would go first.
    placeCities([city('Alpha', 200, 200), city('Beta', 200 + side, 200)], asPixels, { x: 0, y: 0, width: 600, height: 400 }, taken, writer);
    const alpha = writer.labels.find((label) => label.text === 'Alpha')!;
    expect(alpha.x + alpha.width).toBeLessThanOrEqual(200 + side - 4);
    expect(taken.slice(0, 2)).toEqual([
      { x: 196, y: 196, width: 8, height: 8 },
      { x: 196 + side, y: 196, width: 8, height: 8 },
    ]);
  });

  it('tries right of the dot, left, above, below, then the four corners, in that order', () => {
    const side = textWidth('Alpha', MAP_FONT_BOLD) / 2 + 9;
    const wanted = [[side, 0], [-side, 0], [0, -16], [0, 16], [side, -12], [-side, -12], [side, 12], [-side, 12]];
    const placedAt = (blocked: number) => {
      const writer = new TextWriter();
      // A one-pixel blocker at the centre of each place tried before.
      const taken = wanted.slice(0, blocked).map(([dx, dy]) => ({ x: 200 + dx - 0.5, y: 200 + dy - 0.5, width: 1, height: 1 }));
      placeCities([city('Alpha', 200, 200)], asPixels, { x: 0, y: 0, width: 600, height: 400 }, taken, writer);
      const [x, y] = centre(writer.labels.find((label) => label.text === 'Alpha')!);
      return [Math.round(x - 200), Math.round(y - 200)];
    };
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(placedAt)).toEqual(wanted.map(([dx, dy]) => [Math.round(dx), dy]));
  });
});

describe('country names', () => {
  it('leaves out a name that fits nowhere on the map, and keeps the others', () => {
    const story = mapStory({ countries: [...mapStory({}).maps[0].countries.slice(0, 3), { actor: 'alpland', isoNumeric: '756', labelAt: [60, 46.8] }] });
    const contents = mapContents(story, 'deployment');
    const frame = mapFrame(contents, 640, 30);
    const names = placeCountryNames(contents, frame.projection, frame.labels, []);
    expect([...names.keys()].sort()).toEqual(['lowmark', 'ostland', 'westmark']);
  });
});

describe('badges and the key under a narrow map', () => {
  it('centres a badge’s number on its disc, and boxes the disc', () => {
    const writer = new TextWriter();
    const { disc, text } = drawBadge(writer, { number: '2', x: 50, y: 80 });
    expect(disc).toContain('cx="50" cy="80" r="9"');
    expect(text).toContain('class="map-badge-label"');
    expect(text).toContain('text-anchor="middle"');
    const [x, y] = centre(writer.labels[0]);
    expect(x).toBeCloseTo(50, 5);
    expect(y).toBeCloseTo(80, 5);
    expect(badgeBox({ number: '2', x: 50, y: 80 })).toEqual({ x: 40, y: 70, width: 20, height: 20 });
  });

  it('writes a key line’s words down the page beside its badge, inside its box', () => {
    const writer = new TextWriter();
    const words = ['Westmark troops sent to Ostland, far across the border:', '“more than 800”'];
    const key = writeKeyLine(writer, { number: '1', x: 0, y: 0 }, words, 300, 200);
    expect(key.disc).toContain('cx="13" cy="309"');
    const lines = writer.labels.filter((label) => label.text !== '1');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((line) => line.y)).toEqual(lines.map((_, index) => 300 + index * LINE));
    expect(key.height).toBeCloseTo(lines.length * LINE, 5);
    expect(key.box).toEqual({ x: 2, y: 299, width: 196, height: key.height + 2 });
  });
});

describe('leader lines', () => {
  it('joins a label to its point only when it had to move 12 px or more away', () => {
    const box = { x: 100, y: 100, width: 40, height: 10 };
    expect(leader(box, [120, 105])).toBe('');
    expect(leader(box, [120, 111.9])).toBe('');
    expect(leader(box, [152, 105])).toBe('<line class="map-leader" x1="152" y1="105" x2="140" y2="105"/>');
  });
});

describe('the legend', () => {
  const entry = (text: string) => ({ swatch: 'city' as const, text });

  it('keeps a first entry on the first row, however long', () => {
    expect(drawLegend([entry('A very long legend entry that cannot fit the width')], 100, new TextWriter()).bottom).toBe(28);
  });

  it('keeps an entry that just fits on its row, and wraps one that does not', () => {
    const first = 34 + textWidth('City', FONTS.small);
    const second = 34 + textWidth('Troops sent', FONTS.small);
    const fits = 4 + first + 18 + second + 4;
    expect(drawLegend([entry('City'), entry('Troops sent')], fits, new TextWriter()).bottom).toBe(28);
    expect(drawLegend([entry('City'), entry('Troops sent')], fits - 0.5, new TextWriter()).bottom).toBe(50);
  });
});

describe('a map’s marks', () => {
  it('numbers the marks from 1, the arrow first, on a narrow map', () => {
    const $ = load(renderMap(markedStory(), 'deployment', { width: 340 }).svg, { xml: true });
    const arrow = $('a.chart-mark').has('.map-arrow');
    const border = $('a.chart-mark').has('.map-massed');
    expect(arrow.find('.map-badge-label').toArray().map((text) => $(text).text())).toEqual(['1', '1']);
    expect(border.find('.map-badge-label').toArray().map((text) => $(text).text())).toEqual(['2', '2']);
  });

  it('rings a narrow map’s mark with its badge, and its key line apart; a wide map’s mark with its label', () => {
    const narrow = load(renderMap(markedStory(), 'deployment', { width: 340 }).svg, { xml: true });
    expect(narrow('a.chart-mark').has('.map-arrow').find('.chart-focus-ring')).toHaveLength(2);
    const chart = renderMap(markedStory(), 'deployment', { width: 640 });
    const wide = load(chart.svg, { xml: true });
    const arrow = wide('a.chart-mark').has('.map-arrow');
    const rings = arrow.find('.chart-focus-ring');
    expect(rings).toHaveLength(1);
    const ring = ['x', 'y', 'width', 'height'].map((name) => Number(rings.attr(name)));
    const [x0, , , , x1] = (arrow.find('path.map-arrow').attr('d') ?? '').match(/-?\d+(?:\.\d+)?/g)!.map(Number);
    expect(ring[0]).toBeLessThanOrEqual(Math.min(x0, x1));
    expect(ring[0] + ring[2]).toBeGreaterThanOrEqual(Math.max(x0, x1));
    const words = arrow.find('text.map-mark-label').toArray();
    expect(words.length).toBeGreaterThan(0);
    const label = chart.labels.filter((box) => words.some((text) => wide(text).text() === box.text));
    expect(label.length).toBe(words.length);
    for (const box of label) {
      expect(box.x).toBeGreaterThanOrEqual(ring[0]);
      expect(box.x + box.width).toBeLessThanOrEqual(ring[0] + ring[2]);
      expect(box.y).toBeGreaterThanOrEqual(ring[1]);
      expect(box.y + box.height).toBeLessThanOrEqual(ring[1] + ring[3]);
    }
  });

  it('rings each mark of a real report’s map together with all its words, at every width with words beside the marks', () => {
    const story = storyFromFiles(resolve(projectRoot, REPORT.root), REPORT.slug);
    for (const width of [WIDE_FROM, 960]) {
      const chart = renderMap(story, 'deployment', { width });
      const $ = load(chart.svg, { xml: true });
      const marks = $('a.chart-mark').filter((_, mark) => $(mark).find('text.map-mark-label').length > 0).toArray();
      expect(marks.length, `marks with words at ${width} px`).toBeGreaterThan(0);
      for (const mark of marks) {
        const rings = $(mark).find('.chart-focus-ring');
        expect(rings).toHaveLength(1);
        const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((name) => Number(rings.attr(name)));
        const words = $(mark).find('text.map-mark-label').toArray().map((text) => $(text).text());
        for (const box of chart.labels.filter((label) => words.includes(label.text))) {
          expect(box.x, box.text).toBeGreaterThanOrEqual(x);
          expect(box.x + box.width, box.text).toBeLessThanOrEqual(x + w);
          expect(box.y, box.text).toBeGreaterThanOrEqual(y);
          expect(box.y + box.height, box.text).toBeLessThanOrEqual(y + h);
        }
      }
    }
  });

  it('writes the marks’ words beside them from the wide layout’s width on, and as numbered badges below it', () => {
    const at = (width: number) => load(renderMap(markedStory(), 'deployment', { width }).svg, { xml: true });
    expect(at(WIDE_FROM)('.map-badge')).toHaveLength(0);
    expect(at(WIDE_FROM - 1)('.map-badge').length).toBeGreaterThan(0);
  });

  it('puts no stray words inside a mark’s link, only its drawing and text elements', () => {
    const story = markedStory();
    // Ostland's name cannot be placed: its point is far outside the map.
    story.maps[0].countries = story.maps[0].countries.map((country) => (country.actor === 'ostland' ? { ...country, labelAt: [60, 51] } : country));
    for (const width of [340, 640]) {
      const $ = load(renderMap(story, 'deployment', { width }).svg, { xml: true });
      const links = $('a.chart-mark').toArray();
      expect(links.length).toBe(4);
      const stray = links.flatMap((link) => $(link).contents().toArray().filter((node) => node.type === 'text' && $(node).text().trim() !== ''));
      expect(stray, `${width} px`).toHaveLength(0);
    }
  });

  it('puts the narrow map’s arrow badge above the arrow’s peak', () => {
    const $ = load(renderMap(markedStory(), 'deployment', { width: 340 }).svg, { xml: true });
    const badge = (selector: string) => {
      const disc = $('a.chart-mark').has(selector).find('circle.map-badge').first();
      return [Number(disc.attr('cx')), Number(disc.attr('cy'))];
    };
    const [x0, y0, qx, qy, x1, y1] = ($('a.chart-mark path.map-arrow').attr('d') ?? '').match(/-?\d+(?:\.\d+)?/g)!.map(Number);
    const peak = [(x0 + 2 * qx + x1) / 4, (y0 + 2 * qy + y1) / 4];
    expect(badge('.map-arrow')[1]).toBeLessThan(peak[1]);
  });

  it('opens a relation’s mark in a new tab safely when asked to', () => {
    const story = mapStory({ borders: [{ along: ['westmark', 'alpland'], relation: 'westmark-sent' }] }, [], pactRelations());
    const $ = load(renderMap(story, 'deployment', { width: 640, linkTarget: '_blank' }).svg, { xml: true });
    const border = $('a.chart-mark').has('.map-massed');
    expect(border.attr('target')).toBe('_blank');
    expect(border.attr('rel')).toBe('noopener');
  });

  it('adds no reading notes beside a map', () => {
    expect(renderMap(markedStory(), 'deployment', { width: 640 }).readingNotes).toEqual([]);
  });
});
