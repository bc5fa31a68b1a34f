/**
 * The rendered article of each fixture story, as a reader's browser receives it: the reporter's blocks
 * with their ids and permalinks, the site's headings and sections, the annotations around the reporter's
 * words and the site's notes beside them. Kept as HTML files a reviewer can open and diff
 * (tests/snapshots/articles/), one tag per line; any change to what the article pages show changes them.
 * The properties behind them are asserted in annotate.test.ts, pipeline.test.ts and the build tests.
 */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderStoryArticle, renderStorySection } from '../../src/views/reader/render-story';
import { borderStory, miniStory } from '../support/fixture-stories';

/** One tag per line, so that a change shows as a short diff; the markup itself is unchanged. */
const lined = (html: string) => `${html.replace(/>(?=<)/g, '>\n')}\n`;

describe.each([
  ['mini', miniStory],
  ['border', borderStory],
])('the %s fixture story', (_, story) => {
  it('renders its article as the snapshot shows, every paragraph of the reporter word for word', async () => {
    const { slug, blocks } = story();
    const html = renderStoryArticle(story());
    const $ = load(html);
    const paragraphs = blocks.filter((block) => block.kind === 'paragraph');
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const block of paragraphs) expect($(`[id="${block.id}"]`).text(), block.id).toBe(block.text);
    await expect(lined(html)).toMatchFileSnapshot(`../snapshots/articles/${slug}.html`);
  });
});

describe('a story with the site’s headings (the mini fixture)', () => {
  it('cuts each section of its article out whole, for the section pages', () => {
    const { sections } = miniStory();
    const article = renderStoryArticle(miniStory());
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) {
      const html = renderStorySection(miniStory(), section.id);
      expect(html.startsWith('<section class="article-section"'), section.id).toBe(true);
      expect(article).toContain(html);
      expect(load(html)(`[aria-labelledby="${section.id}"]`).length, section.id).toBe(1);
    }
    expect(() => renderStorySection(miniStory(), 'no-such-section')).toThrow(/no section "no-such-section"/);
  });
});
