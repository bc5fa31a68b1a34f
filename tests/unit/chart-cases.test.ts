/**
 * Synthetic chart cases, one per encoding, as Observable Plot keeps its snapshots: each is a small story
 * made in memory from the fixture story with one kind of number, drawn by the real renderers and kept
 * as an SVG file a reviewer can open (tests/snapshots/charts/cases/). Beside each picture, the property
 * a reader relies on: an open end never reads as a value, a vague word takes less ink than a number,
 * two kinds of count never share an axis, a toll revised over time keeps every report apart, a lone
 * number is drawn from zero, a vague word read from zero is still a band, a small number beside one ten
 * thousand times larger stays apart from zero on a named log scale, an empty panel draws nothing, and a map
 * draws what its story has (places alone, forces sent with no massing, a border with no troops) and no more.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { OPEN_REACH } from '../../src/views/charts/encoding';
import { overlaps } from '../../src/views/charts/labels';
import { SAME_DAY_GAP } from '../../src/views/charts/over-time-placement';
import { chartsLabel, chartsPageTitle, panelText } from '../../src/views/charts/panels';
import { panelCharts, renderPanel } from '../../src/views/charts/registry';
import { standaloneSvg } from '../../src/views/charts/standalone';
import type { Actor, ArticleReport, Figure, FigureReport, Relation, Story, StoryMap } from '../../src/story/types';
import type { ReportedValue } from '../../src/story/schemas/figure';
import { projectRoot } from '../support/build-site';
import { placesMap } from '../support/map-stories';
import { storyFromFiles } from '../support/story-from-files';

const base = storyFromFiles(resolve(projectRoot, 'tests/fixtures/mini'), 'mini-fixture-story');
const css = readFileSync(resolve(projectRoot, 'src/site/styles/charts.css'), 'utf8');
const cited = base.figures.flatMap((figure) => figure.reports).find((report): report is ArticleReport => report.origin === 'article');
if (!cited) throw new Error('The fixture story needs a figure reported in its article');

function inArticle(id: string, value: ReportedValue): FigureReport {
  return { ...cited!, id, value, date: base.meta.published, confirmation: 'unconfirmed', confirmationNote: 'A synthetic case.' };
}

function later(id: string, value: ReportedValue, date: string, dateQualifier: 'on' | 'before' = 'on'): FigureReport {
  return {
    origin: 'external',
    id,
    date,
    dateQualifier,
    claimantName: `Official ${id}`,
    value,
    summary: 'A synthetic case.',
    confirmation: 'unconfirmed',
    outlet: 'Example Wire',
    title: 'A synthetic report',
    publishedDate: date,
    url: `https://example.org/${id}`,
  };
}

function figure(id: string, kind: Figure['kind'], reports: FigureReport[]): Figure {
  return { id, kind, subject: id, label: `Case: ${id}`, unit: 'people', panel: 'casualties', relatedFigures: [], reports };
}

const exact = (value: number): ReportedValue => ({ type: 'exact', text: String(value), value });
const floor = (min: number): ReportedValue => ({ type: 'lower-bound', text: `more than ${min.toLocaleString('en-GB')}`, min });

const CASES: Record<string, Figure[]> = {
  exact: [figure('exact', 'killed', [inArticle('a12', exact(12)), later('l19', exact(19), '2030-03-20')])],
  floor: [figure('floor', 'injured', [inArticle('a1000', floor(1000)), later('l4300', floor(4300), '2030-03-20')])],
  ceiling: [
    figure('ceiling', 'injured', [
      inArticle('a3000', { type: 'upper-bound', text: 'as many as 3,000', max: 3000, min: 0, rangeReason: 'Only a ceiling.' }),
      later('l400', { type: 'upper-bound', text: 'up to 400', max: 400, min: 0, rangeReason: 'Only a ceiling.' }, '2030-03-20'),
    ]),
  ],
  vague: [figure('vague', 'killed', [inArticle('dozens', { type: 'vague', text: 'dozens', min: 24, max: 99, rangeReason: 'The site’s reading.' })])],
  'two-kinds': [figure('killed', 'killed', [inArticle('k12', exact(12))]), figure('injured', 'injured', [inArticle('i1000', floor(1000))])],
  'over-time': [
    figure('toll', 'killed', [
      later('t164', exact(164), '2030-03-15', 'before'),
      later('t225', exact(225), '2030-03-15'),
      later('t227', exact(227), '2030-05-14', 'before'),
      later('t230', exact(230), '2030-05-14'),
      later('t238', exact(238), '2030-05-14'),
      later('higher', { type: 'lower-bound', text: 'higher than any official figure', min: 238 }, '2030-05-14'),
    ]),
  ],
  'one-value': [figure('alone', 'killed', [inArticle('a7', exact(7))])],
  'vague-at-zero': [figure('few', 'injured', [inArticle('a-few', { type: 'vague', text: 'a few', min: 0, max: 9, rangeReason: 'The site’s reading of “a few”.' })])],
  'wide-range': [figure('wide', 'injured', [inArticle('w3', exact(3)), later('w40000', floor(40000), '2030-03-20')])],
};

function storyWith(figures: Figure[]): Story {
  return { ...base, figures, notes: [] };
}

function draw(name: string, width: number) {
  const charts = renderPanel(storyWith(CASES[name]), 'casualties', { width, origin: 'https://example.org' });
  return { charts, $: load(charts.map((chart) => chart.svg).join(''), { xml: true }) };
}

describe.each(Object.keys(CASES))('the synthetic case “%s”', (name) => {
  it('matches its picture', async () => {
    const { charts } = draw(name, 480);
    const svg = standaloneSvg(charts, 'light', css, 'casualties').replace(/></g, '>\n<');
    await expect(svg).toMatchFileSnapshot(`../snapshots/charts/cases/${name}.svg`);
  });
});

describe('what each encoding promises a reader', () => {
  it('draws a single number from zero on an axis that reaches past it, with its words on the mark', () => {
    const { $ } = draw('one-value', 480);
    expect($('a.chart-mark')).toHaveLength(1);
    expect($('.chart-axis-label').text()).toBe('People killed, from zero');
    expect($('a[data-report="a7"] .chart-value').text()).toContain('7');
    const ticks = $('.chart-tick-label').toArray().map((tick) => Number($(tick).text().replace(/,/g, '')));
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(7);
  });

  it('draws a vague word whose reading starts at zero as a band from the axis, still labelled as the site’s reading', () => {
    const { $ } = draw('vague-at-zero', 640);
    const mark = $('a[data-report="a-few"]');
    expect(mark.find('.mark-band')).toHaveLength(1);
    expect(mark.find('.chart-value').text()).toBe('“a few”');
    expect(mark.find('.chart-reading').text()).toMatch(/0.*9/);
  });

  it('keeps a small number apart from zero beside one ten thousand times larger, on a log scale it names', () => {
    const { $ } = draw('wide-range', 640);
    expect($('.chart-axis-label').text().replace(/\s+/g, ' ')).toMatch(/^People injured, log scale/);
    const axisStart = Number($('.chart-tick-label').first().attr('x'));
    const small = Number($('a[data-report="w3"] .mark-dot').attr('cx'));
    expect(small - axisStart).toBeGreaterThan(20);
    expect($('a[data-report="w40000"]')).toHaveLength(1);
  });

  it('draws nothing for a panel a story has no figure for, and says so', () => {
    expect(panelCharts('casualties', storyWith([]))).toEqual([]);
    expect(() => renderPanel(storyWith([]), 'casualties', { width: 640, origin: 'https://example.org' })).toThrow(/nothing to chart in the casualties panel/);
  });

  it.each(['floor', 'ceiling'])('draws every open end of a %s at one fixed length, whatever its value, at every width', (name) => {
    for (const width of [300, 640, 960]) {
      const { $ } = draw(name, width);
      const fades = $('a.chart-mark .mark-fade').toArray().map((fade) => Number($(fade).attr('width')));
      expect(fades).toHaveLength(2);
      for (const length of fades) expect(length).toBe(OPEN_REACH);
      expect($('a.chart-mark .mark-arrow')).toHaveLength(2);
    }
  });

  it('draws a vague word as a faint band with its ends labelled as the site’s reading, and the word itself on the mark', () => {
    const { $ } = draw('vague', 640);
    const mark = $('a[data-report="dozens"]');
    expect(mark.find('.mark-band')).toHaveLength(1);
    expect(mark.find('[fill^="url"]')).toHaveLength(0);
    expect(mark.find('.chart-value').text()).toBe('“dozens”');
    expect(mark.find('.chart-reading').text()).toContain('site’s reading');
    expect(mark.find('.chart-reading').text()).toMatch(/24.*99/);
  });

  it('never puts two kinds of count on one axis', () => {
    const { $ } = draw('two-kinds', 640);
    expect($('.chart-axis-label').toArray().map((label) => $(label).text())).toEqual(['People killed, from zero', 'People injured, from zero']);
  });

  it('draws a toll reported as several numbers over time, with the article’s date marked', () => {
    const { charts, $ } = draw('over-time', 340);
    expect(charts.map((chart) => chart.name)).toEqual(['over-time']);
    expect($('.chart-article-day').text().replace(/\u00a0/g, ' ')).toBe('The article, 7 Mar 2030');
    expect($('a.chart-mark')).toHaveLength(6);
  });

  it.each([260, 340, 640, 960])('keeps reports of one day side by side at %i px, each distinguishable', (width) => {
    const { $ } = draw('over-time', width);
    const centres = $('a.chart-mark .mark')
      .toArray()
      .map((mark) => {
        const dot = $(mark).find('circle');
        return dot.length ? Number(dot.attr('cx')) : Number($(mark).find('.mark-tick').attr('x1')) + 8;
      });
    expect(centres).toHaveLength(6);
    for (let i = 1; i < centres.length; i += 1) expect(centres[i] - centres[i - 1]).toBeGreaterThanOrEqual(SAME_DAY_GAP.narrow);
  });
});

describe('the words around a panel come from what its figures count', () => {
  it('names a story’s panel for its own kinds of count, and nothing it does not have', () => {
    const story = storyWith([...CASES.vague, ...CASES.floor]);
    const text = panelText(story, 'casualties');
    expect(text.title).toBe('Killed and injured: who counted what, and when');
    expect(text.intro).toContain('a faint band for a vague word');
    expect(text.intro).not.toMatch(/map|troops|states|“as many as”/);
    expect(chartsLabel(story)).toBe('Casualties');
    expect(chartsPageTitle(story)).toBe('Casualties: the numbers in the report');
  });

  it('says the numbers are all the article’s when no later report is drawn', () => {
    const text = panelText(storyWith(CASES['two-kinds']), 'casualties');
    expect(text.intro).toContain('Every number here is the article’s own.');
    expect(text.intro).not.toContain('dashed');
  });
});

// ——— Maps ———
// Invented states drawn on real Natural Earth shapes, so no case reads as any story's geography.

const state = (id: string, name: string): Actor => ({ ...base.actors[0], id, name, kind: 'state', aliases: [], affiliations: [] });
const relation = (id: string, from: string, type: Relation['type'], to: string): Relation => ({ ...base.relations[0], id, from, type, to });
const STATES = [state('westmark', 'Westmark'), state('ostland', 'Ostland'), state('lowmark', 'Lowmark'), state('alpland', 'Alpland'), state('pact', 'Example Pact (EP)')];
const PLACES: StoryMap = placesMap();
const sent = { ...figure('sent', 'troops-deployed', [inArticle('s800', floor(800))]), unit: 'troops' as const, panel: 'deployment' as const, label: 'Westmark troops sent to Ostland' };

const MAP_CASES: Record<string, { map: StoryMap; figures: Figure[]; relations: Relation[] }> = {
  'map-places': { map: PLACES, figures: [], relations: [] },
  'map-deployment': {
    map: { ...PLACES, alliance: 'pact', deployment: { relation: 'westmark-sent', figure: 'sent', fromCity: 'port-exa' } },
    figures: [sent],
    relations: [
      relation('westmark-in-pact', 'westmark', 'member-of', 'pact'),
      relation('ostland-in-pact', 'ostland', 'member-of', 'pact'),
      relation('westmark-sent', 'westmark', 'deployed-to', 'ostland'),
    ],
  },
  'map-border': {
    map: { ...PLACES, borders: [{ along: ['westmark', 'alpland'], relation: 'border-talks' }] },
    figures: [],
    relations: [relation('border-talks', 'westmark', 'negotiates-with', 'alpland')],
  },
};

function mapStory(name: string): Story {
  const { map, figures, relations } = MAP_CASES[name];
  return { ...base, actors: [...base.actors, ...STATES], relations: [...base.relations, ...relations], figures, notes: [], maps: [map] };
}

function drawMap(name: string, width: number) {
  const charts = renderPanel(mapStory(name), 'deployment', { width, origin: 'https://example.org' });
  const map = charts.find((chart) => chart.name === 'map')!;
  return { charts, map, $: load(map.svg, { xml: true }) };
}

describe.each(Object.keys(MAP_CASES))('the synthetic map “%s”', (name) => {
  it('matches its picture', async () => {
    const { charts } = drawMap(name, 640);
    const svg = standaloneSvg(charts, 'light', css, 'deployment').replace(/></g, '>\n<');
    await expect(svg).toMatchFileSnapshot(`../snapshots/charts/cases/${name}.svg`);
  });

  it.each([340, 640, 960])('keeps every label clear of every other, inside the map, at %i px', (width) => {
    const { map } = drawMap(name, width);
    expect(map.labels.length).toBeGreaterThan(4);
    for (const [index, a] of map.labels.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(width);
      expect(a.y + a.height).toBeLessThanOrEqual(map.height);
      // The lines of one block touch; half a pixel of give keeps them from counting as a collision.
      for (const b of map.labels.slice(index + 1)) expect(overlaps(a, b, -0.5), `“${a.text}” and “${b.text}”`).toBe(false);
    }
  });

  it.each([340, 960])('names every city and country it shows, and makes every mark a link named from its data, at %i px', (width) => {
    const { map, $ } = drawMap(name, width);
    const shown = $('text').toArray().map((text) => $(text).text());
    for (const city of PLACES.cities) expect(shown).toContain(city.name);
    expect(map.description).toContain('A map of Westmark, Lowmark, Alpland, Ostland, west to east.');
    for (const mark of $('a.chart-mark').toArray()) {
      const label = $(mark).attr('aria-label') ?? '';
      expect($(mark).attr('href')).toMatch(/^https:\/\/example\.org\/stories\/mini-fixture-story\/#/);
      for (const word of $(mark).find('text').toArray().map((text) => $(text).text())) expect(label).toContain(word);
    }
  });
});

describe('what a map promises a reader', () => {
  it('draws a story’s places alone, with no figure at all: no arrow, no border, no members, nothing to follow', () => {
    expect(panelCharts('deployment', mapStory('map-places')).map((chart) => chart.name)).toEqual(['map']);
    const { map, $ } = drawMap('map-places', 640);
    expect($('.map-arrow, .map-massed, .map-member, a')).toHaveLength(0);
    expect(map.title).toBe('Where it happens: Westmark, Lowmark, Alpland and Ostland');
    expect(map.description).not.toMatch(/arrow|border|troops|member/i);
    expect($('.chart-legend-text').toArray().map((text) => $(text).text())).toEqual(['City']);
    expect($('.chart-credit').text()).not.toContain('arrow');
  });

  it('draws forces sent with no massing: one arrow, named for its figure, and no border', () => {
    const { map, $ } = drawMap('map-deployment', 640);
    expect($('.map-massed')).toHaveLength(0);
    const arrow = $('a.chart-mark').has('.map-arrow');
    expect(arrow).toHaveLength(1);
    expect(arrow.attr('data-figure')).toBe('sent');
    expect(arrow.attr('aria-label')).toMatch(/^Westmark troops sent to Ostland: “more than 800”\. Lower bound/);
    expect($('a.chart-mark').has('.map-member').toArray().map((member) => $(member).attr('data-relation'))).toEqual(['westmark-in-pact', 'ostland-in-pact']);
    expect(map.title).toBe('Where the troops are: the EP’s members and the troops sent to Ostland');
    expect(map.description).toContain('An arrow from Port Exa into Ostland stands for westmark troops sent to ostland: “more than 800”');
    expect($('.chart-legend-text').toArray().map((text) => $(text).text())).toEqual(['EP member state (2 named)', 'Troops sent', 'City']);
  });

  it('on a narrow map, numbers the arrow and says its words in the key under the map', () => {
    const { $ } = drawMap('map-deployment', 340);
    const arrow = $('a.chart-mark').has('.map-arrow');
    expect(arrow.find('.map-badge')).toHaveLength(2);
    expect(arrow.find('.map-mark-label').text()).toContain('Westmark troops sent to Ostland:');
  });

  it('marks a border with no troops, linked to the relation the article reports and named from it', () => {
    const { map, $ } = drawMap('map-border', 640);
    expect($('.map-arrow')).toHaveLength(0);
    const border = $('a.chart-mark').has('.map-massed');
    expect(border).toHaveLength(1);
    expect(border.find('.map-massed').attr('d')).toMatch(/^M[\d.]+,[\d.]+/);
    expect(border.attr('data-relation')).toBe('border-talks');
    expect(border.attr('aria-label')).toBe('Westmark in talks with Alpland: as the article reports it, with no number. Opens the paragraph.');
    expect(map.title).toBe('Where it happens: the Westmark–Alpland border');
    expect(map.description).toContain('The Westmark–Alpland border is marked for what the article reports: Westmark in talks with Alpland.');
    expect($('.chart-legend-text').toArray().map((text) => $(text).text())).toEqual(['Border the article names', 'City']);
  });
});
