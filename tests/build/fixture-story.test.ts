/** Nothing is specific to the first article: the mini fixture story builds pages of its own. */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectBuildDir, projectRoot } from '../support/build-site';
import { listPages, loadPage } from '../support/site';

const dir = projectBuildDir('fixture-site');
const out = join(dir, 'out');

beforeAll(() => {
  const build = buildSite(out, { EXTRA_CONTENT_ROOTS: resolve(projectRoot, 'tests/fixtures/mini') });
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
