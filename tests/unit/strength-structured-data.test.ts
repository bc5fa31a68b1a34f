/**
 * The schema.org NewsArticle a reader page carries (src/views/structured-data.ts), as search engines read
 * it: the report's headline, summary, date and language, credited to the agency it comes from, published
 * by this site, with the report's dateline.
 */
import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd } from '../../src/views/structured-data';
import { SITE_NAME } from '../../src/views/share';
import { borderStory } from '../support/fixture-stories';

const PAGE = 'https://example.org/stories/border-fixture-story/';
const IMAGE = 'https://example.org/og/stories/border-fixture-story/card.png';
const LOGO = 'https://example.org/logo.png';

describe('the NewsArticle of a reader page', () => {
  it('describes the report, credits its source as author and this site as publisher', () => {
    const story = structuredClone(borderStory());
    // The fixture has no sections; two are given so their titles show as the article's sections.
    story.sections = [{ title: 'The clash' }, { title: 'The toll' }] as typeof story.sections;
    expect(newsArticleJsonLd(story, PAGE, IMAGE, LOGO)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Fixture: border clash between Northland and Southland leaves soldiers dead',
      description: 'A test fixture, not a real story: an invented agency report of a border clash, used to check that a story of another kind reads as its own.',
      datePublished: '2031-06-12',
      inLanguage: 'en',
      url: PAGE,
      mainEntityOfPage: PAGE,
      image: IMAGE,
      isAccessibleForFree: true,
      sourceOrganization: { '@type': 'Organization', name: 'fixture.invalid' },
      author: { '@type': 'Organization', name: 'fixture.invalid' },
      publisher: { '@type': 'Organization', name: SITE_NAME, logo: { '@type': 'ImageObject', url: LOGO } },
      articleSection: ['The clash', 'The toll'],
      locationCreated: { '@type': 'Place', name: 'Eastport' },
    });
  });

  it('gives no place for a report without a dateline', () => {
    const story = structuredClone(borderStory());
    delete story.meta.dateline;
    expect(newsArticleJsonLd(story, PAGE, IMAGE, LOGO)).not.toHaveProperty('locationCreated');
  });
});
