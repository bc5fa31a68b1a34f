/** The annotated article: links around the reporter's words, the site's notes beside them. */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import rehypeAnnotate from '../../src/views/reader/rehype-annotate';
import { renderArticle } from '../../src/views/reader/render-article';
import { planAnnotations } from '../../src/views/reader/annotations';
import { projectRoot } from '../support/build-site';
import { storyFromFiles } from '../support/story-from-files';
import { REPORT } from '../support/fixture-stories';

const story = storyFromFiles(resolve(projectRoot, REPORT.root), REPORT.slug);
// Rendered in each test rather than once while Vitest collects the file, so that mutation testing
// (npm run mutation) credits the assertions to the annotation and rendering code.
const annotated = () => load(renderArticle(story.body, story.articlePath, { annotations: [[rehypeAnnotate, { plan: planAnnotations(story) }]] }));
const unannotated = () => load(renderArticle(story.body, story.articlePath));

describe('annotated article', () => {
  it('changes no word of the reporter’s text', () => {
    const [$, plain] = [annotated(), unannotated()];
    const text = (page: typeof $) => page('.block > p, .block > figure').toArray().map((element) => page(element).text());
    expect(text($)).toEqual(text(plain));
  });

  it('links each reported figure to its chart mark', () => {
    const $ = annotated();
    const link = $('a.annot-figure[data-annot="figure:officers-killed"]');
    expect(link.attr('href')).toBe('/stories/report-fixture-story/charts/#figure-officers-killed');
    expect(link.closest('p').attr('id')).toBe('p-state-tv-said-12-law');
  });

  it('links dated passages to their timeline events', () => {
    const $ = annotated();
    const link = $('a.annot-event').filter((_, element) => $(element).text() === 'On Thursday the protests turned deadly.');
    expect(link.attr('href')).toMatch(/\/timeline\/#event-/);
  });

  it('links only the first mention of an actor in each section to the profile', () => {
    const $ = annotated();
    for (const section of story.sections) {
      const ids = $(`section[aria-labelledby="${section.id}"] a.annot-mention`)
        .toArray()
        .map((element) => $(element).attr('data-annot'));
      expect(new Set(ids).size, section.id).toBe(ids.length);
    }
    expect($('a.annot-mention[data-annot="mention:nazarbayev"]').first().attr('href')).toBe(
      '/stories/report-fixture-story/actors/nazarbayev/',
    );
  });

  it('never links the dateline', () => {
    const $ = annotated();
    const first = $('#p-moscow-russia-has-sent-military');
    expect(first.html()?.startsWith('Moscow —')).toBe(true);
  });

  it('puts the site’s notes and later figures beside the paragraph, labelled, never inside it', () => {
    const $ = annotated();
    const aside = $('aside[data-for="p-on-thursday-the-protests-turned"]');
    expect(aside.find('details.block-note > summary .site-words-label').text()).toBe('Site’s note');
    expect(aside.text()).toContain('The site draws “dozens” as 24 to 99.');
    const later = aside.find('[data-origin="external"]');
    expect(later.text()).toContain('Later figures, not in this article');
    expect(later.find('a[href^="https://"]').length).toBeGreaterThan(0);
    expect($('p [data-origin="external"]').length).toBe(0);
  });
});

describe('provenance of the real story', () => {
  it('cites an existing article block for every event, figure report, claim and relation', () => {
    const blockIds = new Set(story.blocks.map((block) => block.id));
    const citations = [
      ...story.events.map((event) => event.citation),
      ...story.claims.map((claim) => claim.citation),
      ...story.relations.map((relation) => relation.citation),
      ...story.figures.flatMap((figure) => figure.reports.flatMap((report) => (report.origin === 'article' ? [report.citation] : []))),
    ];
    expect(citations.length).toBe(
      story.events.length + story.claims.length + story.relations.length +
        story.figures.flatMap((figure) => figure.reports.filter((report) => report.origin === 'article')).length,
    );
    for (const citation of citations) expect(blockIds.has(citation.blockId), citation.excerpt).toBe(true);
  });
});
