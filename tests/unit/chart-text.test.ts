/** Build-time text layout: widths, wrapping and label placement, without a browser. */
import { describe, expect, it } from 'vitest';
import { formatShortDay } from '../../src/views/charts/format';
import { candidateOffsets, overlaps, placeLabel, type Box } from '../../src/views/charts/labels';
import { textWidth, wrapText } from '../../src/views/charts/text-metrics';

describe('text widths and wrapping', () => {
  it('measures wider text as wider, bold wider than regular', () => {
    expect(textWidth('Kazakhstan', { size: 13 })).toBeGreaterThan(textWidth('Kyiv', { size: 13 }));
    expect(textWidth('Kazakhstan', { size: 13, bold: true })).toBeGreaterThan(textWidth('Kazakhstan', { size: 13 }));
    expect(textWidth('Kazakhstan', { size: 26 })).toBeCloseTo(2 * textWidth('Kazakhstan', { size: 13 }));
  });

  it('wraps to lines no wider than asked, keeping every word in order', () => {
    const text = 'Reported later by AP (as republished by KPRC Click2Houston), 15 Jan 2022';
    for (const width of [160, 230, 300]) {
      const lines = wrapText(text, width, { size: 13 });
      for (const line of lines) expect(textWidth(line, { size: 13 })).toBeLessThanOrEqual(width);
      expect(lines.join(' ')).toBe(text);
    }
  });

  it('never splits a date at its no-break spaces', () => {
    const date = formatShortDay('2022-03-14');
    expect(date).toBe('14\u00a0Mar\u00a02022');
    const lines = wrapText(`Reported later by RFE/RL, ${date}`, 150, { size: 12 });
    expect(lines.some((line) => line.includes(date))).toBe(true);
  });

  it('cuts a word longer than the line with a hyphen instead of overflowing', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', 60, { size: 12 });
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, { size: 12 })).toBeLessThanOrEqual(60);
  });
});

describe('label placement', () => {
  const bounds: Box = { x: 0, y: 0, width: 200, height: 100 };

  it('takes the anchor when it is free and moves away from what is taken', () => {
    const taken: Box[] = [];
    const first = placeLabel(['Moscow'], { size: 12 }, [100, 50], candidateOffsets(10, 4), bounds, taken);
    const second = placeLabel(['Moscow'], { size: 12 }, [100, 50], candidateOffsets(10, 4), bounds, taken);
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(overlaps(first!, second!)).toBe(false);
  });

  it('stays inside the frame, or gives up rather than overlap', () => {
    const taken: Box[] = [{ x: 0, y: 0, width: 200, height: 100 }];
    expect(placeLabel(['Almaty'], { size: 12 }, [100, 50], candidateOffsets(10, 4), bounds, taken)).toBeNull();
    const edge = placeLabel(['Nur-Sultan'], { size: 12 }, [195, 50], candidateOffsets(10, 8), bounds, []);
    expect(edge!.x + edge!.width).toBeLessThanOrEqual(200);
  });
});
