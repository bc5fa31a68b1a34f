/**
 * Every built page is of a kind the browser tests know (tests/support/page-kinds.ts), so a new template
 * cannot go unopened by them; and the browser sample holds a page of every kind the build has, two of
 * the kinds whose pages differ in what they show.
 */
import { expect, it } from 'vitest';
import { browserPages, kindOf, PAGE_KINDS } from '../support/page-kinds';
import { listPages } from '../support/site';

it('gives every built page a kind', () => {
  const pages = listPages();
  expect(pages.length).toBeGreaterThan(PAGE_KINDS.length);
  expect(pages.filter((path) => kindOf(path) === undefined)).toEqual([]);
});

it('samples every kind the build has for the browser tests, and fewer pages than the build', () => {
  const pages = listPages();
  const sample = browserPages();
  expect(new Set(sample.map(kindOf))).toEqual(new Set(pages.map(kindOf)));
  expect(sample.length).toBeLessThan(pages.length);
});

it('opens one page of a kind whose pages are one template filled with more or less, two where pages of the kind differ', () => {
  const pages = listPages();
  const sample = browserPages();
  const counts = PAGE_KINDS.filter(({ kind }) => pages.some((path) => kindOf(path) === kind)).map(({ kind, varies }) => {
    const built = pages.filter((path) => kindOf(path) === kind).length;
    return [kind, sample.filter((path) => kindOf(path) === kind).length, varies ? Math.min(built, 2) : 1];
  });
  expect(counts.length).toBeGreaterThan(0);
  expect(counts.map(([kind, opened]) => [kind, opened])).toEqual(counts.map(([kind, , expected]) => [kind, expected]));
});
