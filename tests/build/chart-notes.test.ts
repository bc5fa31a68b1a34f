/**
 * The site's notes beside each chart say each point once: no two sentences of a panel's notes are the
 * same or nearly the same (four or more words shared, and most of the shorter one's words), on every
 * chart page of the build.
 */
import { describe, expect, it } from 'vitest';
import { listPages, loadPage } from '../support/site';

const chartPages = listPages().filter((path) => /^\/stories\/[^/]+\/charts\/$/.test(path));

/** The words of a sentence that carry its meaning: four letters or more, lower case. */
const words = (sentence: string) => new Set(sentence.toLowerCase().match(/[\p{L}\d]{4,}/gu) ?? []);

/** Whether two sentences make the same point: at least four shared words, 70 % of the shorter's. */
function repeats(a: Set<string>, b: Set<string>): boolean {
  const shared = [...a].filter((word) => b.has(word)).length;
  return shared >= 4 && shared / Math.min(a.size, b.size) >= 0.7;
}

it('has chart pages to check', () => {
  expect(chartPages.length).toBeGreaterThan(0);
});

describe.each(chartPages)('the chart notes on %s', (path) => {
  it('say each point once', () => {
    const $ = loadPage(path);
    const panels = $('aside.chart-notes').toArray();
    expect(panels.length).toBeGreaterThan(0);
    for (const panel of panels) {
      const sentences = $(panel)
        .find('p, dd')
        .toArray()
        .flatMap((element) => $(element).text().replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z“])/))
        .map((sentence) => sentence.trim())
        .filter((sentence) => words(sentence).size >= 4);
      expect(sentences.length).toBeGreaterThan(0);
      for (let i = 0; i < sentences.length; i += 1) {
        for (let j = i + 1; j < sentences.length; j += 1) {
          expect(repeats(words(sentences[i]), words(sentences[j])), `“${sentences[i]}” / “${sentences[j]}”`).toBe(false);
        }
      }
    }
  });
});
