/**
 * Every fragment the site links to exists on its target page: for each built story, the route of every
 * event, relation (on both ends' profiles), figure, chart panel, claim and figure report, the entries of
 * the timeline of all stories, and every URL of the search records. links.test.ts checks the links the
 * pages happen to carry; this checks every route the site can make, from the story data.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../src/views/search/records';
import { anchors } from '../../src/views/anchors';
import { routes } from '../../src/views/routes';
import { timelineMonthOf } from '../../src/views/timeline/months';
import type { Story } from '../../src/story/types';
import { projectRoot } from '../support/build-site';
import { loadPage, siteDir } from '../support/site';
import { storyFromFiles } from '../support/story-from-files';

const idsByPage = new Map<string, Set<string>>();
/** The element ids of a built page. */
function idsOf(path: string): Set<string> {
  let ids = idsByPage.get(path);
  if (!ids) {
    const $ = loadPage(path);
    ids = new Set($('[id]').toArray().map((element) => $(element).attr('id') ?? ''));
    idsByPage.set(path, ids);
  }
  return ids;
}

/** Null when the URL's page has an element with the URL's fragment id, else what is wrong. */
function missing(url: string): string | null {
  const hash = url.indexOf('#');
  expect(hash, `${url} has a fragment`).toBeGreaterThan(0);
  const [path, id] = [url.slice(0, hash), decodeURIComponent(url.slice(hash + 1))];
  return idsOf(path).has(id) ? null : url;
}

function storyUrls(story: Story): string[] {
  const { slug } = story;
  return [
    ...story.events.map((event) => routes.event(slug, event.id)),
    ...story.relations.flatMap((relation) => [routes.relation(slug, relation.from, relation.id), routes.relation(slug, relation.to, relation.id)]),
    ...story.figures.map((figure) => routes.figure(slug, figure.id)),
    ...[...new Set(story.figures.map((figure) => figure.panel))].map((panel) => routes.chartPanel(slug, panel)),
    ...story.claims.map((claim) => routes.claim(slug, claim.id)),
    ...story.figures.flatMap((figure) => figure.reports.map((report) => routes.claimFigureReport(slug, figure.id, report.id))),
    ...story.blocks.map((block) => routes.paragraph(slug, block.id)),
    ...story.events.map((event) => routes.timelineMonth(timelineMonthOf(event.date), anchors.inAllStories(slug, anchors.event(event.id)))),
    ...searchRecords(story).map((record) => record.url).filter((url) => url.includes('#')),
  ];
}

const slugs = readdirSync(join(siteDir(), 'stories')).filter((slug) => existsSync(join(siteDir(), 'stories', slug, 'index.html')));

describe('fragments written once', () => {
  it('finds built stories to check', () => {
    expect(slugs.length).toBeGreaterThan(0);
  });

  it.each(slugs)('every route of %s lands on an element with its fragment id', (slug) => {
    const urls = storyUrls(storyFromFiles(join(projectRoot, 'content'), slug));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.map(missing).filter((url) => url !== null)).toEqual([]);
  });
});
