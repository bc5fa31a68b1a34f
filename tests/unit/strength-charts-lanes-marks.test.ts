/**
 * The marks of the lane and over-time charts and the words at them (src/views/charts/upright-marks.ts,
 * mark-labels.ts, labels.ts): a ceiling drawn upright points down from its tick and a vague word is a band
 * from its high end to its low end; a mark's number goes after it, else before it but never into the
 * label column, else on a vague band only when the band has room to spare, else nowhere; the site's
 * reading of a band is split into its two ends only when the band has room for all three parts, and is
 * kept inside the chart; a label placed around an anchor may touch another label or the frame's edge but
 * never cross them, and tries the eight directions in a fixed order, ring by ring.
 */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { ReportedValue } from '../../src/story/schemas/figure';
import { OPEN_REACH, type MarkGeometry } from '../../src/views/charts/encoding';
import { candidateOffsets, overlaps, placeBox } from '../../src/views/charts/labels';
import { FONTS, frame, TextWriter, type DrawnLine } from '../../src/views/charts/layout';
import { readingLabel, valueLabel } from '../../src/views/charts/mark-labels';
import { paintIds } from '../../src/views/charts/marks';
import { reportLanes } from '../../src/views/charts/rows';
import { textWidth } from '../../src/views/charts/text-metrics';
import { uprightMark } from '../../src/views/charts/upright-marks';
import { miniStory } from '../support/fixture-stories';
import { later, mapFigure } from '../support/map-stories';

const dozens: ReportedValue = { type: 'vague', text: 'dozens', min: 24, max: 99, rangeReason: 'The site’s reading.' };

/** The chart row of one report published after the article, with the given value. */
function laterRow(value: ReportedValue) {
  const figure = mapFigure('toll', 'killed', 'People killed', [later('wire', value)], 'people', 'casualties');
  return reportLanes(miniStory(), 'casualties', figure)[0].row;
}

/** What the lines a fresh writer drew show: their words, where each box starts and ends, its anchor and its style. */
function shown(writer: TextWriter, lines: DrawnLine[]) {
  return lines.map((line, index) => {
    const box = writer.labels[index];
    const text = load(line.svg, { xml: true })('text');
    return { text: box.text, left: box.x, right: box.x + box.width, anchor: text.attr('text-anchor') ?? 'start', style: text.attr('class') };
  });
}

describe('upright marks (the over-time chart)', () => {
  // A number axis running up the page: 100 is drawn at y = 100, 0 at y = 200.
  const y = (n: number) => 200 - n;
  const fades = paintIds('t-');

  it('draws a ceiling as a tick at its number, with a fade and an arrowhead pointing down below it', () => {
    const ceiling: ReportedValue = { type: 'upper-bound', text: 'as many as 100', max: 100, min: 0, rangeReason: 'Only a ceiling.' };
    const { svg, box } = uprightMark(ceiling, 50, y, 'external', fades);
    const $ = load(svg, { xml: true });
    // Three shapes and nothing between them: no words belong to the mark itself.
    expect($.root().children().toArray().map((shape) => $(shape).attr('class'))).toEqual(['mark-fade', 'mark-tick', 'mark-arrow']);
    expect($.root().text()).toBe('');
    expect($('.mark-tick').attr()).toMatchObject({ x1: '42', y1: '100', x2: '58', y2: '100' });
    expect($('.mark-fade').attr()).toMatchObject({ x: '46', y: '100', width: '8', height: String(OPEN_REACH), fill: 'url(#t-fade-down-external-v)' });
    // The tip is OPEN_REACH below the tick, its two arms above the tip.
    expect($('.mark-arrow').attr('d')).toBe('M44,119L50,126L56,119');
    expect(box).toEqual({ x: 42, y: 98, width: 16, height: OPEN_REACH + 2 });
  });

  it('draws a vague word as a band from its high end down to its low end, and a tight one at least 4 px tall', () => {
    const band = uprightMark(dozens, 50, y, 'article', fades);
    expect(load(band.svg, { xml: true })('rect.mark-band').attr()).toMatchObject({ x: '45', y: '101', width: '10', height: '75' });
    expect(band.box).toEqual({ x: 45, y: 101, width: 10, height: 75 });
    const tight = uprightMark({ ...dozens, min: 40, max: 40 }, 50, y, 'article', fades);
    expect(load(tight.svg, { xml: true })('rect.mark-band').attr('height')).toBe('4');
    expect(tight.box).toEqual({ x: 45, y: 160, width: 10, height: 4 });
  });
});

describe('the number beside a lane’s mark', () => {
  it('goes before a mark with no room after it, and is left out where before would reach into the label column', () => {
    const box = frame(640);
    const row = laterRow({ type: 'lower-bound', text: 'higher than any official figure', min: 300 });
    const width = textWidth(row.valueText, FONTS.value);
    // The label column ends at 4 + 252; a label before the mark must start 8 px right of it, at 264.
    const columnEnd = box.labelX + box.labelWidth + 8;
    const room = new TextWriter();
    const before = valueLabel(room, { kind: 'exact', x: columnEnd + width + 12 + 20 }, 100, row, box);
    expect(shown(room, before)).toEqual([{ text: row.valueText, left: columnEnd + 20, right: columnEnd + 20 + width, anchor: 'end', style: 'chart-value' }]);
    // Five pixels short of room before the dot, and none after it.
    const short = new TextWriter();
    expect(valueLabel(short, { kind: 'exact', x: columnEnd + width + 12 - 5 }, 100, row, box)).toEqual([]);
    expect(short.labels).toEqual([]);
  });

  it('writes a vague word with no room beside its band on the band, centred', () => {
    const writer = new TextWriter();
    const lines = valueLabel(writer, { kind: 'vague', x0: 10, x1: 90 }, 100, laterRow(dozens), frame(100));
    const width = textWidth('dozens', FONTS.value);
    expect(shown(writer, lines)).toEqual([{ text: 'dozens', left: 50 - width / 2, right: 50 + width / 2, anchor: 'middle', style: 'chart-value' }]);
  });

  it('leaves a vague word off a band without 4 px to spare on each side of it', () => {
    const width = textWidth('dozens', FONTS.value);
    const writer = new TextWriter();
    expect(valueLabel(writer, { kind: 'vague', x0: 20, x1: 20 + width + 6 }, 100, laterRow(dozens), frame(100))).toEqual([]);
    expect(writer.labels).toEqual([]);
  });

  it('never writes over a floor’s arrow, even where its words would fit there: only a faint band is read through', () => {
    // A 60 px chart: no room after the floor's arrow, none before its tick; the arrow's 33 px would hold "9+".
    const floor: MarkGeometry = { kind: 'lower-bound', x: 20, to: 20 + OPEN_REACH };
    const writer = new TextWriter();
    expect(valueLabel(writer, floor, 100, laterRow({ type: 'lower-bound', text: '9+', min: 9 }), frame(60))).toEqual([]);
    expect(writer.labels).toEqual([]);
  });
});

describe('the site’s reading under a vague band', () => {
  const small = (text: string) => textWidth(text, FONTS.small);
  const read = (mark: MarkGeometry, width: number) => {
    const writer = new TextWriter();
    return shown(writer, readingLabel(writer, mark, dozens, 120, frame(width)));
  };

  it('writes the two ends under the band’s ends and “site’s reading” between them when the band has room for all three', () => {
    expect(read({ kind: 'vague', x0: 300, x1: 500 }, 640)).toEqual([
      { text: '24', left: 300, right: 300 + small('24'), anchor: 'start', style: 'chart-reading' },
      { text: 'site’s reading', left: 400 - small('site’s reading') / 2, right: 400 + small('site’s reading') / 2, anchor: 'middle', style: 'chart-reading' },
      { text: '99', left: 500 - small('99'), right: 500, anchor: 'end', style: 'chart-reading' },
    ]);
  });

  it('writes one line, “site’s reading: 24 to 99”, from the band’s start when the band is a pixel short of that room', () => {
    const line = 'site’s reading: 24 to 99';
    const room = small('24') + small('99') + 12 + small('site’s reading') + 12;
    expect(read({ kind: 'vague', x0: 300, x1: 300 + room - 1 }, 640)).toEqual([{ text: line, left: 300, right: 300 + small(line), anchor: 'start', style: 'chart-reading' }]);
  });

  it('ends the line at the band’s end when starting at the band would come within 4 px of the chart’s right edge', () => {
    const line = 'site’s reading: 24 to 99';
    const x0 = 400 - 4 - small(line) + 2;
    expect(read({ kind: 'vague', x0, x1: x0 + 10 }, 400)).toEqual([{ text: line, left: x0 + 10 - small(line), right: x0 + 10, anchor: 'end', style: 'chart-reading' }]);
  });

  it('in a chart too narrow for the line after the band, starts it at the label column’s edge rather than off the chart', () => {
    const line = 'site’s reading: 24 to 99';
    expect(read({ kind: 'vague', x0: 20, x1: 30 }, 150)).toEqual([{ text: line, left: 4, right: 4 + small(line), anchor: 'end', style: 'chart-reading' }]);
  });
});

describe('label placement around an anchor', () => {
  it('counts boxes that only touch along an edge as clear of each other, side by side either way round or one under the other', () => {
    const a = { x: 10, y: 10, width: 20, height: 10 };
    expect(overlaps(a, { x: 30, y: 10, width: 20, height: 10 })).toBe(false);
    expect(overlaps(a, { x: -10, y: 10, width: 20, height: 10 })).toBe(false);
    expect(overlaps(a, { x: 10, y: 0, width: 20, height: 10 })).toBe(false);
    expect(overlaps(a, { x: 10, y: 20, width: 20, height: 10 })).toBe(false);
    expect(overlaps(a, { x: 29, y: 19, width: 20, height: 10 })).toBe(true);
  });

  it('tries the anchor, then right, left, up, down and the four corners, then the same a ring further out', () => {
    const tried = candidateOffsets(10, 2).map(([dx, dy]) => [dx, Math.round(dy * 10) / 10]);
    expect(tried).toEqual([
      [0, 0],
      [10, 0], [-10, 0], [0, -6], [0, 6], [10, -6], [-10, -6], [10, 6], [-10, 6],
      [20, 0], [-20, 0], [0, -12], [0, 12], [20, -12], [-20, -12], [20, 12], [-20, 12],
    ]);
  });

  it('takes a place flush with every edge of the frame', () => {
    const bounds = { x: 10, y: 20, width: 100, height: 40 };
    expect(placeBox(100, 40, [60, 40], [[0, 0]], bounds, [])).toEqual(bounds);
  });

  it('passes over a place that sticks out of the frame on any side and takes the next one inside', () => {
    const bounds = { x: 0, y: 0, width: 100, height: 100 };
    const place = (first: [number, number]) => placeBox(20, 20, [50, 50], [first, [0, 0]], bounds, []);
    const inside = { x: 40, y: 40, width: 20, height: 20 };
    expect(place([-45, 0])).toEqual(inside);
    expect(place([45, 0])).toEqual(inside);
    expect(place([0, -45])).toEqual(inside);
    expect(place([0, 45])).toEqual(inside);
  });
});
