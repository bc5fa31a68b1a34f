/**
 * A panel's lane chart as a reader sees it (src/views/charts/panel-lanes.ts, lanes.ts, unit-lane.ts,
 * story-lanes.ts, group-heading.ts, lane-summary.ts, lane-axes.ts): a count of states drawn as one square
 * per state the article counts, in a row beside the labels (wide) or under them (narrow), with its number
 * after the squares and the members the article names; only the article's own exact count is squared; an
 * alliance's members listed in the order the article names them; the note under a figure the article gives
 * no number for, naming the figures to read it against; the title and the description in words; one
 * axis per kind of count, its note kept inside the chart, and the scales named on the chart's root.
 */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { ReportedValue } from '../../src/story/schemas/figure';
import type { Figure, Relation } from '../../src/story/types';
import { groupHeading } from '../../src/views/charts/group-heading';
import { FONTS, LEADING, TextWriter } from '../../src/views/charts/layout';
import { lanesTitle } from '../../src/views/charts/lane-summary';
import { renderLaneChart } from '../../src/views/charts/lanes';
import { renderPanelLanes } from '../../src/views/charts/panel-lanes';
import { allianceMembers, laneGroups } from '../../src/views/charts/story-lanes';
import { miniStory } from '../support/fixture-stories';
import { exact, floor, inArticle, later, mapFigure, mapStory, relation } from '../support/map-stories';

/** A relation whose cited words are `text`. */
function citing(id: string, from: string, to: string, text: string, type: Relation['type'] = 'member-of'): Relation {
  const made = relation(id, from, type, to);
  return { ...made, citation: { ...made.citation, articleText: text } };
}

const two: ReportedValue = { type: 'exact', text: 'two', value: 2 };

/**
 * Westmark sends troops; the pact's member states are counted as "two" in the article, as "a few" in the
 * article too, and as 3 later; the article names Ostland before Westmark.
 */
function membersStory(map: { alliance?: string } = { alliance: 'pact' }) {
  const sent = mapFigure('sent', 'troops-deployed', 'Westmark troops sent to Ostland', [inArticle('s800', floor(800))]);
  const members = mapFigure(
    'members',
    'member-states',
    'Pact member states',
    [inArticle('two', two), inArticle('few', { type: 'vague', text: 'a few', min: 2, max: 9, rangeReason: 'The site’s reading.' }), later('three', exact(3))],
    'states',
  );
  const relations = [citing('westmark-in', 'westmark', 'pact', 'Ostland and Westmark joined the pact'), citing('ostland-in', 'ostland', 'pact', 'Ostland and Westmark joined the pact')];
  return mapStory(map, [sent, members], relations);
}

function drawMembers(width: number, map?: { alliance?: string }) {
  const chart = renderPanelLanes(membersStory(map), 'deployment', { width });
  const labelBox = (test: (text: string) => boolean) => chart.labels.find((label) => test(label.text))!;
  return { chart, $: load(chart.svg, { xml: true }), labelBox };
}

describe('a count of states, drawn as squares', () => {
  it('draws one square per state of the article’s exact count, in a row beside the labels of a wide chart, its number after them', () => {
    const { $, labelBox } = drawMembers(640);
    const lane = $('a.chart-mark[data-figure="members"]');
    expect(lane.length).toBe(1);
    expect(lane.find('g.mark.mark-exact rect.mark-unit').toArray().map((square) => $(square).attr())).toEqual([
      expect.objectContaining({ x: '280', width: '14', height: '14' }),
      expect.objectContaining({ x: '299', width: '14', height: '14' }),
    ]);
    const laneTop = labelBox((text) => text.startsWith('“two” —')).y;
    const squaresTop = Number(lane.find('rect.mark-unit').first().attr('y'));
    expect(squaresTop).toBeCloseTo(laneTop + 2, 1);
    // The number "2" starts 4 px after the last square, its line centred on the squares.
    const count = labelBox((text) => text === '2');
    expect(count.x).toBe(280 + 2 * 19 + 4);
    expect(count.y + count.height / 2).toBeCloseTo(squaresTop + 7, 1);
    expect(lane.find('text.chart-value').text()).toBe('2');
    expect(count.height).toBe(FONTS.value.size * LEADING);
  });

  it('puts the squares under the labels of a narrow chart, from the label column’s edge', () => {
    const { $, labelBox } = drawMembers(400);
    const squares = $('a.chart-mark[data-figure="members"] rect.mark-unit');
    expect(squares.toArray().map((square) => $(square).attr('x'))).toEqual(['6', '25']);
    const named = labelBox((text) => text.startsWith('Named:'));
    expect(Number(squares.first().attr('y'))).toBeCloseTo(named.y + named.height + 6, 1);
    expect(labelBox((text) => text === '2').x).toBe(6 + 2 * 19 + 4);
  });

  it('heads the squares as a count not on an axis, and names the alliance’s members in the order the article names them', () => {
    const { $ } = drawMembers(640);
    expect($('.chart-group-heading[data-figure="members"]').text()).toBe('Pact member states (a count of states, not on an axis)');
    expect($('a.chart-mark[data-figure="members"] text.chart-label-muted').toArray().map((text) => $(text).text())).toContain('Named: Ostland, Westmark');
    expect($('desc').text()).toContain('Pact member states: “two”, Ostland, Westmark.');
  });

  it('names no members when the panel’s map has no alliance', () => {
    const { $ } = drawMembers(640, {});
    expect($('a.chart-mark[data-figure="members"] rect.mark-unit').length).toBe(2);
    expect($('svg').text()).not.toContain('Named:');
    expect($('desc').text()).toContain('Pact member states: “two”.');
  });

  it('squares only the article’s exact count: not its vague words for it, not a later report', () => {
    const { $ } = drawMembers(640);
    expect($('.chart-group-heading').toArray().map((heading) => $(heading).attr('data-figure'))).toEqual(['sent', 'members']);
    expect($('rect.mark-unit').length).toBe(2);
    expect($('a.chart-mark[data-report="three"], a.chart-mark[data-report="few"]').length).toBe(0);
  });

  it('fails loudly for a panel whose only figures are counts of states', () => {
    const story = membersStory();
    const statesOnly = { ...story, figures: story.figures.filter((figure) => figure.unit === 'states') };
    expect(() => renderPanelLanes(statesOnly, 'deployment', { width: 640 })).toThrow('Story "mini-fixture-story" has no figures to draw on an axis in the deployment panel');
  });
});

describe('an alliance’s members', () => {
  it('come in the order the article names them, those it does not name last in list order, members of other alliances and other relations left out', () => {
    const story = mapStory({}, [], [
      citing('westmark-in', 'westmark', 'pact', 'Ostland and Westmark joined the pact'),
      citing('lowmark-in', 'lowmark', 'pact', 'a neighbour joined'),
      citing('ostland-in', 'ostland', 'pact', 'Ostland and Westmark joined the pact'),
      citing('alpland-in', 'alpland', 'pact', 'another neighbour joined'),
      citing('alpland-other', 'alpland', 'other-pact', 'Alpland joined another pact'),
      citing('westmark-sent', 'westmark', 'pact', 'Westmark sent troops', 'deployed-to'),
    ]);
    expect(allianceMembers(story, 'pact').map((member) => member.from)).toEqual(['ostland', 'westmark', 'lowmark', 'alpland']);
  });
});

describe('the note under a figure the article gives no number for', () => {
  /** The heading and note drawn for one of three figures: two the article counts, and a total only later reports give. */
  function headed(id: 'capital' | 'total') {
    const capital = mapFigure('capital', 'killed', 'People killed in the capital', [inArticle('c12', exact(12))], 'people', 'casualties');
    const north = mapFigure('north', 'killed', 'People killed in the north', [inArticle('n3', exact(3))], 'people', 'casualties');
    const total: Figure = { ...mapFigure('total', 'killed', 'People killed in all', [later('t40', exact(40))], 'people', 'casualties'), relatedFigures: ['capital', 'gone', 'north'] };
    const context = [capital, north, total].map((figure) => ({ figure, lanes: [] }));
    const figure = id === 'capital' ? capital : total;
    const $ = load(groupHeading(new TextWriter(), figure, figure.label, context, 4, 0, 2000).svg, { xml: true });
    return { heading: $('.chart-group-heading').text(), note: $('.chart-site-note').toArray().map((line) => $(line).text()).join(' ') };
  }

  it('says every report came later and names the related figures the panel draws, in the figure’s order', () => {
    expect(headed('total')).toEqual({
      heading: 'People killed in all',
      note: 'The article gives no number for this. Every report here came later. Read it against “People killed in the capital” and “People killed in the north”, above.',
    });
  });

  it('is left out for a figure the article gives a number for', () => {
    expect(headed('capital')).toEqual({ heading: 'People killed in the capital', note: '' });
  });
});

describe('the chart’s title, words and axes', () => {
  it('names every kind of count its axes draw in the title, as one sentence: the last after “and”, only the first capitalised', () => {
    const figures = (['killed', 'injured', 'missing'] as const).map((kind) => mapFigure(kind, kind, kind, [inArticle(kind, exact(5))], 'people', 'casualties'));
    expect(lanesTitle(figures, miniStory().meta.published)).toBe('People killed, people injured and people missing: the article’s numbers');
    expect(lanesTitle(figures.slice(0, 2), miniStory().meta.published)).toBe('People killed and people injured: the article’s numbers');
  });

  /** A toll spanning four orders of magnitude (3 and more than 40,000 killed) and 12 injured, as a casualties panel. */
  function drawSpans(width: number) {
    const wide = mapFigure('wide', 'killed', 'People killed', [inArticle('w3', exact(3)), later('w40000', floor(40000))], 'people', 'casualties');
    const hurt = mapFigure('hurt', 'injured', 'People injured', [inArticle('h12', exact(12))], 'people', 'casualties');
    const chart = renderPanelLanes({ ...miniStory(), figures: [wide, hurt], notes: [] }, 'casualties', { width });
    return { chart, $: load(chart.svg, { xml: true }) };
  }

  it('gives a toll spanning four orders of magnitude a log axis and another count a linear one, and names both on the chart', () => {
    const { chart, $ } = drawSpans(640);
    expect($('svg').attr('data-scale')).toBe('log linear');
    expect(chart.readingNotes).toHaveLength(1);
    expect(chart.readingNotes[0]).toContain('Each kind of count has its own axis (people killed; people injured)');
    expect(chart.readingNotes[0]).toContain('People killed runs over such a span that its axis is logarithmic');
  });

  // At 400 px the log axis's note fits on one line only by coming within 4 px of the edge, so it wraps.
  it.each([400, 640])('keeps each axis’s note 4 px inside the chart’s right edge, wrapping it where it must (%i px)', (width) => {
    const { chart, $ } = drawSpans(width);
    const noteLines = new Set($('text.chart-axis-label').toArray().map((line) => $(line).text()));
    const drawn = chart.labels.filter((label) => noteLines.has(label.text));
    expect(drawn.map((line) => line.text).join(' ')).toContain('People killed, log scale: each gridline is ten times the one before');
    for (const line of drawn) expect(line.x + line.width).toBeLessThanOrEqual(width - 4);
  });

  it('draws a lane chart given no counts of states: its lanes and no squares, described by its lanes alone', () => {
    const story = { ...miniStory(), figures: [mapFigure('hurt', 'injured', 'People injured', [inArticle('h12', exact(12))], 'people', 'casualties')], notes: [] };
    const groups = laneGroups(story, 'casualties', story.figures);
    const chart = renderLaneChart({ name: 'casualties', title: 'People injured', groups, credit: 'Example credit.' }, { width: 640 });
    const $ = load(chart.svg, { xml: true });
    expect($('a.chart-mark[data-figure="hurt"]').length).toBe(1);
    expect($('rect.mark-unit').length).toBe(0);
    expect($('desc').text()).toMatch(/^Each row is one report of a number, the article’s own\. People injured: “12” .*\.$/);
  });
});
