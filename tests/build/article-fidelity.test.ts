/**
 * Fidelity: the reporter's words, verbatim. Every block of the seed appears exactly once in the built
 * article page, in order, and the page's reporter text is exactly the seed's (after straightening quote
 * marks and collapsing whitespace), with each duplicated photo caption shown once.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { normalizeText } from '../../src/story/text';
import { readSeed, SEED_FURNITURE } from '../support/seed';
import { loadPage } from '../support/site';

const ARTICLE = '/stories/putin-sends-troops-kazakhstan-unrest/';

/** The reporter's blocks as the page shows them, site additions (headings, notes, link labels) left out. */
function reporterBlocks($: CheerioAPI): string[] {
  return $('.article-body .block > p, .article-body .block > figure')
    .toArray()
    .map((element) => {
      const node = $(element);
      if (node.is('figure.photo')) {
        const caption = node.find('figcaption').clone();
        const credit = caption.find('.credit').remove().text().replace(/^Credit: /, '');
        return normalizeText(`${caption.text()} / Credit: ${credit}`);
      }
      if (node.is('figure.tweet')) {
        return [normalizeText(node.find('blockquote').text()), normalizeText(node.find('figcaption').text())].join('\n');
      }
      return normalizeText(node.text());
    })
    .flatMap((text) => text.split('\n'));
}

describe('the article page keeps the report verbatim', () => {
  const seed = readSeed();
  let $: CheerioAPI;
  let shown: string[];

  beforeAll(() => {
    $ = loadPage(ARTICLE);
    shown = reporterBlocks($);
  });

  it('shows the headline', () => {
    expect(normalizeText($('h1').text())).toBe(seed.headline);
  });

  it('shows every block of the report exactly once', () => {
    const pageText = normalizeText($('.article-body').text());
    for (const block of seed.blocks) {
      const parts = block.split(' / Credit: ');
      const count = pageText.split(parts[0]).length - 1;
      expect(count, `"${block.slice(0, 60)}…" appears ${count} times`).toBe(1);
    }
  });

  it('shows nothing else as the reporter’s text, and in the report’s order', () => {
    expect(shown).toEqual(seed.blocks);
  });

  it('shows four photo captions, each with its credit, and no image', () => {
    const photos = $('.article-body figure.photo');
    expect(photos).toHaveLength(4);
    photos.each((_, photo) => expect($(photo).find('.credit').text()).toMatch(/^Credit: \S/));
    expect($('img')).toHaveLength(0);
  });

  it('shows the tweet as a quotation with its author, handle and date', () => {
    const tweet = $('.article-body figure.tweet');
    expect(tweet.find('blockquote').text()).toContain('THREAD 1/13 Just as Russia seemed to be poised to invade Ukraine');
    expect(normalizeText(tweet.find('figcaption').text())).toBe('— Alexander Baunov (@baunov) January 5, 2022');
    expect(tweet.find('time').attr('datetime')).toBe('2022-01-05');
  });

  it('leaves out the source page’s unrelated headlines', () => {
    const html = $.html();
    for (const furniture of SEED_FURNITURE.slice(0, 3)) expect(html).not.toContain(furniture);
  });

  it('marks every section heading as the site’s own', () => {
    const headings = $('.article-body h2');
    expect(headings.length).toBeGreaterThanOrEqual(5);
    headings.each((_, heading) => expect($(heading).attr('data-site-added')).toBe('heading'));
  });
});
