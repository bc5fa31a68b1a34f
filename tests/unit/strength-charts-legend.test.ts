/**
 * A chart's key (src/views/charts/legend.ts), as a reader sees it: the words for where reports come from
 * (solid for the article, dashed for outside it), no row for a part with nothing in it, an item moved to
 * the next row rather than end within 4 px of the chart's edge, and an item wider than a whole row
 * wrapped under itself, its lines 3 px below the row's top, with the key growing to hold them; its leads
 * are measured in bold, as drawn.
 */
import { describe, expect, it } from 'vitest';
import { legend } from '../../src/views/charts/legend';
import { FONTS, TextWriter } from '../../src/views/charts/layout';
import { paintIds, type Origin } from '../../src/views/charts/marks';
import { textWidth } from '../../src/views/charts/text-metrics';
import type { OutsideTiming, ValueType } from '../../src/views/vocabulary';

/** The key drawn from y = 10, its words as [text, left, top] to a tenth of a pixel, and its height. */
function key(kinds: ValueType[], origins: Origin[], width: number, outside: OutsideTiming[] = ['later']) {
  const writer = new TextWriter();
  const { height } = legend(writer, kinds, origins, outside, { labelX: 8, width }, 10, paintIds('t-'));
  const tenth = (n: number) => Math.round(n * 10) / 10;
  return { height, words: writer.labels.map(({ text, x, y }) => [text, tenth(x), tenth(y)]) };
}

describe('a chart’s key', () => {
  it('says the article’s reports are solid and later ones, outside it, dashed', () => {
    const texts = (outside: OutsideTiming[]) => key(['exact'], ['article', 'external'], 640, outside).words.map(([text]) => text);
    expect(texts(['later'])).toEqual(['Kind of number:', 'Exact number', 'Reported:', 'In the article (solid)', 'Reported later, outside the article (dashed)']);
    expect(texts(['earlier'])).toContain('Reported earlier, outside the article (dashed)');
  });

  it('has no row for a part with nothing in it', () => {
    expect(key([], ['article'], 640)).toEqual({ height: 22, words: [['Reported:', 8, 13.2], ['In the article (solid)', expect.any(Number), 13.2]] });
  });

  it('measures its lead in bold, as the style sheet draws it, so checks for touching words see its real width', () => {
    const writer = new TextWriter();
    legend(writer, ['exact'], ['article'], [], { labelX: 8, width: 640 }, 10, paintIds('t-'));
    expect(writer.labels.find(({ text }) => text === 'Reported:')?.width).toBe(textWidth('Reported:', { ...FONTS.small, bold: true }));
  });

  it('moves an item to the next row rather than end it within 4 px of the chart’s right edge', () => {
    const itemEnd = 8 + textWidth('Kind of number:', { ...FONTS.small, bold: true }) + 12 + 38 + textWidth('Exact number', FONTS.small);
    const exactAt = (width: number) => key(['exact'], ['article'], width).words.find(([text]) => text === 'Exact number');
    expect(exactAt(itemEnd + 4.5)).toEqual(['Exact number', 167.4, 13.2]);
    expect(exactAt(itemEnd + 2)).toEqual(['Exact number', 46, 35.2]);
  });

  it('wraps an item wider than a whole row under itself, 3 px below the row’s top, and grows to hold it', () => {
    expect(key(['exact', 'vague'], ['article'], 200)).toEqual({
      height: 140.8,
      words: [
        ['Kind of number:', 8, 13.2],
        ['Exact number', 46, 35.2],
        ['Vague quantity, such as', 46, 57],
        ['“dozens” (faint range:', 46, 72.6],
        ['the site’s reading)', 46, 88.2],
        ['Reported:', 8, 110],
        ['In the article (solid)', 46, 132],
      ],
    });
  });
});
