/**
 * Structured data as real clients read it: structured-data-testing-tool's Google, Twitter and Facebook
 * presets pass on every story's article page (NewsArticle), and the social presets on one page of each
 * other kind.
 */
import { describe, expect, it } from 'vitest';
import { structuredDataTest } from 'structured-data-testing-tool';
import { Facebook, Google, Twitter } from 'structured-data-testing-tool/presets';
import { listPages, readPage } from '../support/site';

interface Failure {
  description?: string;
  test?: string;
  error?: { message?: string };
}

/** The failed tests' names; the tool rejects with its result when any test fails. */
async function failures(html: string, presets: unknown[]): Promise<{ failed: string[]; passed: number }> {
  try {
    const result = (await structuredDataTest(html, { presets })) as { passed: unknown[] };
    return { failed: [], passed: result.passed.length };
  } catch (error) {
    const result = (error as { res?: { failed: Failure[]; passed: unknown[] } }).res;
    if (!result) throw error;
    return { failed: result.failed.map((failure) => `${failure.description ?? failure.test}: ${failure.error?.message ?? ''}`), passed: result.passed.length };
  }
}

const pages = listPages();
const articles = pages.filter((path) => /^\/stories\/[^/]+\/$/.test(path));
/** One page of each other kind: the first page whose path has that shape. */
const kinds = [/^\/$/, /^\/timeline\/$/, /^\/stories\/[^/]+\/timeline\/$/, /^\/stories\/[^/]+\/actors\/$/, /^\/stories\/[^/]+\/actors\/[^/]+\/$/, /^\/stories\/[^/]+\/charts\/$/, /^\/stories\/[^/]+\/claims\/$/, /^\/stories\/[^/]+\/sections\/[^/]+\/$/];
const others = kinds.map((kind) => pages.find((path) => kind.test(path))).filter((path): path is string => Boolean(path));

it('has pages of every kind to check', () => {
  expect(articles.length).toBeGreaterThan(0);
  expect(others.length).toBe(kinds.length);
});

describe.each(articles)('the article %s', (path) => {
  it('passes the Google, Twitter and Facebook presets', async () => {
    const { failed, passed } = await failures(readPage(path), [Google, Twitter, Facebook]);
    expect(failed).toEqual([]);
    expect(passed).toBeGreaterThan(20);
  });
});

describe.each(others)('the page %s', (path) => {
  it('passes the Twitter and Facebook presets', async () => {
    const { failed, passed } = await failures(readPage(path), [Twitter, Facebook]);
    expect(failed).toEqual([]);
    expect(passed).toBeGreaterThan(8);
  });
});
