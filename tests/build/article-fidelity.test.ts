/**
 * Fidelity: the reporter's words, verbatim. On every story's page the reporter's text is exactly its
 * article's blocks, in order (after straightening quote marks and collapsing whitespace), with photos as
 * captions with their credits and tweets as quotations; everything the site adds is marked as its own.
 * A story imported from a seed report the tests keep (tests/fixtures/seed) also shows every block of that
 * seed exactly once, and none of the source page's furniture.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { normalizeText } from '../../src/story/text';
import type { Story } from '../../src/story/types';
import { routes } from '../../src/views/routes';
import { readSeed, SEED_FURNITURE } from '../support/seed';
import { loadPage } from '../support/site';
import { siteStories } from '../support/site-stories';

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

/** The reporter's blocks as the article file holds them, in the same form. */
function articleBlocks(story: Story): string[] {
  return story.blocks.flatMap((block) => {
    if (block.kind === 'heading') return [];
    if (block.kind === 'photo') return [normalizeText(`${block.text} / Credit: ${block.credit ?? ''}`)];
    if (block.kind === 'tweet') return [normalizeText(block.text), normalizeText(block.credit ?? '')];
    return [normalizeText(block.text)];
  });
}

const stories = siteStories();

it('finds the site’s stories to check', () => {
  expect(stories.length).toBeGreaterThan(0);
});

describe.each(stories.map((story) => [story.slug, story] as const))('the article page of %s keeps the report verbatim', (slug, story) => {
  let $: CheerioAPI;
  beforeAll(() => {
    $ = loadPage(routes.story(slug));
  });

  it('shows the headline', () => {
    expect(normalizeText($('h1').text())).toBe(normalizeText(story.meta.title));
  });

  it('shows the article’s blocks as the reporter’s text, nothing else, in order', () => {
    expect(reporterBlocks($)).toEqual(articleBlocks(story));
  });

  it('shows each photo as its caption with its credit, and no image', () => {
    const photos = $('.article-body figure.photo');
    expect(photos).toHaveLength(story.blocks.filter((block) => block.kind === 'photo').length);
    photos.each((_, photo) => expect($(photo).find('.credit').text()).toMatch(/^Credit: \S/));
    expect($('img')).toHaveLength(0);
  });

  const tweets = story.blocks.filter((block) => block.kind === 'tweet');
  if (tweets.length > 0) {
    it('shows each tweet as a quotation with its author, handle and date', () => {
      const shown = $('.article-body figure.tweet');
      expect(shown).toHaveLength(tweets.length);
      shown.each((index, tweet) => {
        expect(normalizeText($(tweet).find('blockquote').text())).toBe(normalizeText(tweets[index].text));
        expect(normalizeText($(tweet).find('figcaption').text())).toBe(normalizeText(tweets[index].credit ?? ''));
        // A date the attribution line gives in words is also given as a machine-readable date.
        $(tweet)
          .find('time')
          .each((_, time) => expect($(time).attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/));
      });
    });
  }

  it('marks each heading the site added as the site’s own, and only those', () => {
    const added = story.blocks.filter((block) => block.kind === 'heading' && block.bySite).map((block) => block.id);
    expect($('.article-body [data-site-added="heading"]').toArray().map((heading) => $(heading).attr('id'))).toEqual(added);
  });
});

const seed = readSeed();
const seeded = stories.filter((story) => normalizeText(story.meta.title) === seed.headline);

for (const story of seeded) {
  describe(`the article page of ${story.slug} keeps its seed report verbatim`, () => {
    let $: CheerioAPI;
    beforeAll(() => {
      $ = loadPage(routes.story(story.slug));
    });

    it('shows every block of the seed exactly once', () => {
      const pageText = normalizeText($('.article-body').text());
      for (const block of seed.blocks) {
        const parts = block.split(' / Credit: ');
        const count = pageText.split(parts[0]).length - 1;
        expect(count, `"${block.slice(0, 60)}…" appears ${count} times`).toBe(1);
      }
    });

    it('shows nothing else as the reporter’s text, and in the seed’s order', () => {
      expect(reporterBlocks($)).toEqual(seed.blocks);
    });

    it('leaves out the source page’s unrelated headlines', () => {
      const html = $.html();
      for (const furniture of SEED_FURNITURE.slice(0, 3)) expect(html).not.toContain(furniture);
    });
  });
}
