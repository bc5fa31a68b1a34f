import { describe, expect, it } from 'vitest';
import { shareImagePath, shareMetaTags } from '../../src/views/share';
import { jsonLdScript } from '../../src/views/structured-data';

describe('shareImagePath', () => {
  it('gives every page path its own image path', () => {
    expect(shareImagePath('/')).toBe('/og/card.png');
    expect(shareImagePath('/stories/a/')).toBe('/og/stories/a/card.png');
    expect(shareImagePath('/stories/a/sections/b/')).toBe('/og/stories/a/sections/b/card.png');
    expect(shareImagePath('/404.html')).toBe('/og/404/card.png');
  });
});

describe('shareMetaTags', () => {
  const tags = shareMetaTags({
    title: 'The crackdown — Putin sends troops',
    description: 'On Thursday the protests turned deadly.',
    url: 'https://example.org/stories/a/sections/the-crackdown/',
    image: 'https://example.org/og/stories/a/sections/the-crackdown/card.png',
    imageAlt: 'card',
    type: 'article',
    publishedTime: '2022-01-06',
  });
  const value = (key: string) => tags.find((tag) => tag.property === key || tag.name === key)?.content;

  it('names the page in Open Graph and Twitter cards, with a large image', () => {
    expect(value('og:title')).toBe('The crackdown — Putin sends troops');
    expect(value('twitter:title')).toBe('The crackdown — Putin sends troops');
    expect(value('og:image')).toBe('https://example.org/og/stories/a/sections/the-crackdown/card.png');
    expect(value('twitter:card')).toBe('summary_large_image');
    expect(value('og:url')).toBe('https://example.org/stories/a/sections/the-crackdown/');
    expect(value('article:published_time')).toBe('2022-01-06');
  });
});

describe('jsonLdScript', () => {
  it('cannot be closed early by text in the data', () => {
    expect(jsonLdScript({ headline: '</script><script>alert(1)</script>' })).not.toContain('<');
  });
});
