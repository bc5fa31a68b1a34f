/**
 * What a link preview reads from a page (src/views/share.ts): every Open Graph and Twitter tag, the
 * image's size as the share cards are drawn, and the publication time on articles only.
 */
import { describe, expect, it } from 'vitest';
import { SITE_NAME, shareImagePath, shareMetaTags } from '../../src/views/share';

const page = {
  title: 'Who claimed what — Border clash',
  description: 'Every claim of the report, with who made it.',
  url: 'https://example.org/stories/a/claims/',
  image: 'https://example.org/og/stories/a/claims/card.png',
  imageAlt: 'The claims of the border clash report',
  type: 'website' as const,
};

describe('the share tags of a page', () => {
  it('gives a preview its site, kind, title, description, address and a 1200 × 630 image with its text alternative', () => {
    expect(shareMetaTags(page)).toEqual([
      { property: 'og:site_name', content: SITE_NAME },
      { property: 'og:type', content: 'website' },
      { property: 'og:title', content: page.title },
      { property: 'og:description', content: page.description },
      { property: 'og:url', content: page.url },
      { property: 'og:image', content: page.image },
      { property: 'og:image:width', content: '1200' },
      { property: 'og:image:height', content: '630' },
      { property: 'og:image:alt', content: page.imageAlt },
      { name: 'twitter:card', content: 'summary_large_image' },
      { name: 'twitter:title', content: page.title },
      { name: 'twitter:description', content: page.description },
      { name: 'twitter:image', content: page.image },
      { name: 'twitter:image:alt', content: page.imageAlt },
    ]);
  });

  it('adds the publication time to an article only', () => {
    const tags = shareMetaTags({ ...page, type: 'article', publishedTime: '2031-06-12' });
    expect(tags.at(-1)).toEqual({ property: 'article:published_time', content: '2031-06-12' });
    expect(tags.find((tag) => tag.property === 'og:type')!.content).toBe('article');
    expect(shareMetaTags(page).some((tag) => tag.property === 'article:published_time')).toBe(false);
  });
});

describe('the share image of a page', () => {
  it('keeps one image per page path, trailing and leading slashes aside', () => {
    expect(shareImagePath('stories/a')).toBe('/og/stories/a/card.png');
    expect(shareImagePath('//stories/a//')).toBe('/og/stories/a/card.png');
    expect(shareImagePath('')).toBe('/og/card.png');
  });
});
