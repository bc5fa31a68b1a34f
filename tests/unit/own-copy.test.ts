/**
 * A title kept from a page must not keep the page: the share images and the search index keep a few words
 * of every built page, and at 1,000 stories the pages come to gigabytes (src/site/own-copy.ts).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ownCopy } from '../../src/site/own-copy';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** The heap kept alive by the titles `keep` returns from 300 pages of about 200 KB each, in MB. */
function heapKeptBy(keep: (title: string) => string): number {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const titles = Array.from({ length: 300 }, (_, page) => {
    const html = `<meta property="og:title" content="The title of page ${page}, long enough to be a slice">${'text ’'.repeat(16_000)}`;
    return keep(/content="([^"]*)"/.exec(html)![1]);
  });
  collectGarbage();
  const kept = (process.memoryUsage().heapUsed - before) / 1e6;
  expect(titles[299]).toBe('The title of page 299, long enough to be a slice');
  return kept;
}

describe('a copy of a string taken from a page', () => {
  it('keeps only its own characters, where the match itself keeps the whole page', () => {
    expect(heapKeptBy((title) => title)).toBeGreaterThan(40);
    expect(heapKeptBy(ownCopy)).toBeLessThan(5);
  });

  it('reads as the same text', () => {
    expect(ownCopy('The port’s “reopening” — 2,500 people')).toBe('The port’s “reopening” — 2,500 people');
  });
});
