/** Share cards: a chart's numbers in their sources' words, and nothing laid out off the 1200×630 card. */
import { describe, expect, it } from 'vitest';
import { cardSvg, cardTree, type Card } from '../../src/site/integrations/share-images';

/** The lowest and rightmost points any drawn text reaches (satori draws glyphs as path data). */
function extent(svg: string): { right: number; bottom: number } {
  let right = 0;
  let bottom = 0;
  for (const [, d] of svg.matchAll(/<path[^>]* d="([^"]+)"/g)) {
    // Glyph outlines are made of M, L and Q commands only, so their numbers come in x, y pairs.
    if (!/Q/.test(d) || /[^MLQZ\d\s.-]/.test(d)) continue;
    const numbers = d.match(/-?\d+(?:\.\d+)?/g)!.map(Number);
    for (let index = 0; index + 1 < numbers.length; index += 2) {
      right = Math.max(right, numbers[index]);
      bottom = Math.max(bottom, numbers[index + 1]);
    }
  }
  return { right, bottom };
}

const textOf = (node: unknown): string =>
  typeof node === 'string' ? node : Array.isArray(node) ? node.map(textOf).join(' ') : node && typeof node === 'object' && 'props' in node ? textOf((node as { props: { children?: unknown } }).props.children) : '';

const longest: Card = {
  title: 'A headline long enough to need three lines of the card’s largest type and then some more words to clip away at the end',
  description: 'A description that runs on and on, well past what a card can hold, so that it must be clipped somewhere sensible before the footer. '.repeat(3),
  imagePath: '/og/x/card.png',
  numbers: [],
};

describe('share cards', () => {
  it.each([
    ['a text card', longest],
    [
      'a chart card with four long numbers',
      {
        ...longest,
        numbers: Array.from({ length: 4 }, (_, index) => ({
          words: `more than ${index + 1},000 and counting, officials said`,
          label: 'People reported missing in the northern provinces',
          source: 'The interior ministry via the state news agency',
        })),
      },
    ],
  ])('%s keeps every word on the card, footer included', async (_, card) => {
    const svg = await cardSvg(card);
    const { right, bottom } = extent(svg);
    expect(bottom).toBeGreaterThan(560);
    expect(bottom).toBeLessThanOrEqual(630);
    expect(right).toBeLessThanOrEqual(1200 - 40);
  });

  it('shows a chart’s numbers in their sources’ own words, quoted, with what they count and who said it', () => {
    const text = textOf(cardTree({ ...longest, numbers: [{ words: 'dozens', label: 'Protesters killed', source: 'Police' }] }));
    expect(text).toContain('“dozens”');
    expect(text).toContain('Protesters killed');
    expect(text).toContain('Source: Police');
    expect(text).not.toContain(longest.description.slice(0, 40));
  });
});
