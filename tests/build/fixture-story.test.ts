/**
 * Nothing is specific to the first article: the fixture stories build pages of their own. The mini story is
 * a flood; the border story is of another kind (an armed clash, no photos, a figure kind of its own, outside
 * reports from before and after the article) and must read as its own, with no other story's words.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectBuildDir, projectRoot } from '../support/build-site';
import { typeCheckResult } from '../support/type-check';
import { listPages, loadPage } from '../support/site';

const dir = projectBuildDir('fixture-site');
const BORDER_ROOT = 'tests/fixtures/border';
const BORDER = '/stories/border-fixture-story/';
const out = join(dir, 'out');

beforeAll(async () => {
  await typeCheckResult();
  const build = buildSite(out, { CONTENT_ROOTS: [resolve(projectRoot, 'tests/fixtures/mini'), resolve(projectRoot, BORDER_ROOT)].join(delimiter) });
  if (!build.ok) throw new Error(build.output);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a second story', () => {
  it('gets its own article page with its paragraphs, annotations and notes', () => {
    const $ = loadPage('/stories/mini-fixture-story/', out);
    expect($('h1').text()).toContain('Fixture: floods close the river port of Exampleton');
    expect($('#p-the-regional-rescue-service-said').text()).toContain('as many as 400 people were evacuated');
    expect($('a.annot-figure[data-annot="figure:people-evacuated"]').attr('href')).toBe(
      '/stories/mini-fixture-story/charts/#figure-people-evacuated',
    );
    expect($('aside[data-for="p-the-regional-rescue-service-said"]').text()).toContain('A site note on a fixture paragraph.');
  });

  it('builds every view of the story, with its own data', () => {
    const pages = listPages(out).filter((page) => page.includes('/mini-fixture-story/'));
    for (const view of ['', 'timeline/', 'actors/', 'actors/rescue-service/', 'charts/', 'claims/', 'sections/the-flood/']) {
      expect(pages).toContain(`/stories/mini-fixture-story/${view}`);
    }
    expect(pages).toContain('/embed/mini-fixture-story/casualties/');
    expect(loadPage('/stories/mini-fixture-story/timeline/', out)('#event-quay-inspection').text()).toContain('Engineers to inspect the quay');
    expect(loadPage('/stories/mini-fixture-story/charts/', out)('[id="figure-people-evacuated"]').length).toBe(1);
  });

  it('names a note on a paragraph that opens with a quotation without doubling its marks', () => {
    const label = loadPage('/stories/mini-fixture-story/', out)('aside[data-for="p-the-water-is-still-rising"]').attr('aria-label');
    expect(label).toBe('Site’s notes on the passage ‘“The water is still rising,” the…’');
  });

  it('keeps a renamed paragraph id working through its alias', () => {
    const $ = loadPage('/stories/mini-fixture-story/', out);
    const alias = $('#p-the-rescue-service-said-as');
    expect(alias.attr('data-alias-of')).toBe('p-the-regional-rescue-service-said');
    expect(alias.parent().find('#p-the-regional-rescue-service-said').length).toBe(1);
  });

  it('is a fixture: never listed on the home page', () => {
    expect(loadPage('/', out).text()).not.toContain('Exampleton');
  });
});

/** Every page the build wrote for one story, as text without markup (pages, embeds, downloads). */
function storyTexts(slug: string): { page: string; text: string }[] {
  return listPages(out)
    .filter((page) => page.includes(`/${slug}/`))
    .map((page) => ({ page, text: loadPage(page, out).root().text() }));
}

/** The names, aliases and places of the stories in content/ and of the mini fixture: words no other story may carry. */
function otherStoriesWords(): string[] {
  const roots = [resolve(projectRoot, 'content'), resolve(projectRoot, 'tests/fixtures/mini')];
  return roots.flatMap((root) =>
    readdirSync(join(root, 'stories')).flatMap((slug) => {
      const actors = readFileSync(join(root, 'stories', slug, 'actors.yaml'), 'utf8');
      return [...actors.matchAll(/^  name: (.+)$/gm)].map((match) => match[1]!.trim()).filter((name) => name.length >= 4);
    }),
  );
}

describe('a story of another kind (a border clash)', () => {
  it('carries no other story’s names on any of its pages', () => {
    // A name the border story's own report or data also uses ("Local officials") is its own word too.
    const border = join(projectRoot, BORDER_ROOT);
    const own = ['articles/border-fixture-story.md', 'stories/border-fixture-story/actors.yaml'].map((file) => readFileSync(join(border, file), 'utf8')).join('\n');
    const words = otherStoriesWords().filter((word) => !own.includes(word));
    expect(words.length).toBeGreaterThan(10);
    const texts = storyTexts('border-fixture-story');
    expect(texts.length).toBeGreaterThan(8);
    const found = texts.flatMap(({ page, text }) => words.filter((word) => text.includes(word)).map((word) => `${page}: ${word}`));
    expect(found).toEqual([]);
  });

  it('words its own kinds of event and number from the vocabularies, its own addition included', () => {
    const timeline = loadPage(`${BORDER}timeline/`, out);
    expect(timeline('#event-border-clash .tl-category').text()).toBe('Armed clash');
    expect(timeline('#event-villagers-flee .tl-category').text()).toBe('Displacement');
    const charts = loadPage(`${BORDER}charts/`, out);
    expect(charts('h1').text()).toBe('Casualties, troops and displacement: the numbers in the report');
    expect(charts.root().text()).toContain('Soldiers captured');
    expect(charts('[id="figure-villagers-displaced"]').length).toBe(1);
    expect(listPages(out)).toContain('/embed/border-fixture-story/displacement/');
  });

  it('calls an outside report from before the article an earlier report, and one from after it a later report', () => {
    const $ = loadPage(`${BORDER}timeline/`, out);
    const labels = $('li.later-report .tl-later-label').toArray().map((element) => $(element).text());
    expect(labels).toEqual(expect.arrayContaining(['Earlier report · not in the article', 'Later report · not in the article']));
    const charts = loadPage(`${BORDER}charts/`, out);
    const names = charts('a.chart-mark[data-origin="external"]').toArray().map((element) => charts(element).attr('aria-label') ?? '');
    expect(names.some((name) => name.includes('Reported earlier by Fixture Herald'))).toBe(true);
    expect(names.some((name) => name.includes('Reported later by Fixture Wire'))).toBe(true);
    expect(loadPage(`${BORDER}claims/`, out).root().text()).toContain('Earlier and later reports from outside the article');
  });

  it('says nothing of photos, having none', () => {
    expect(loadPage(BORDER, out).root().text()).not.toMatch(/photo/i);
  });
});
