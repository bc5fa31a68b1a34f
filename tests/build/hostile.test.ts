/**
 * Fixture stories (tests/fixtures/<case>/articles/*.md) exist for tests only: the real build never
 * contains one, on any page, feed, sitemap or search record, and its home page lists none.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site';
import { loadPage, siteDir } from '../support/site';

const fixturesRoot = resolve(projectRoot, 'tests/fixtures');
/** Slugs of every fixture story, from the article files of every fixture content root. */
const fixtureSlugs = readdirSync(fixturesRoot).flatMap((folder) => {
  const articles = join(fixturesRoot, folder, 'articles');
  try {
    return readdirSync(articles)
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.replace(/\.md$/, ''));
  } catch {
    return [];
  }
});

const TEXT_FILES = new Set(['.html', '.xml', '.json', '.js', '.mjs', '.txt', '.css', '.svg', '.webmanifest']);

function builtTextFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (TEXT_FILES.has(extname(name))) files.push(path);
    }
  };
  walk(dir);
  return files;
}

describe('the real site contains no fixture story', () => {
  it('knows the fixture stories, the hostile one among them', () => {
    expect(fixtureSlugs).toContain('hostile-fixture-story');
  });

  it('the home page lists none', () => {
    const $ = loadPage('/');
    for (const slug of fixtureSlugs) expect($(`a[href*="/${slug}/"]`)).toHaveLength(0);
    expect($('main').text()).not.toMatch(/__pwned|Fixture:/);
  });

  it('no built file names one', () => {
    const leaks = builtTextFiles(siteDir()).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return fixtureSlugs.filter((slug) => text.includes(slug)).map((slug) => `${file.slice(siteDir().length)} mentions ${slug}`);
    });
    expect(leaks).toEqual([]);
  });
});
