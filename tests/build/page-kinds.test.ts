/**
 * Every built page is of a kind the browser tests know (tests/support/page-kinds.ts), so a new template
 * cannot go unopened by them; and the browser sample holds a page of every kind the build has.
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
