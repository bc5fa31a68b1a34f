/** schema.org structured data (JSON-LD) for a story's reader page. */
import type { NewsArticle, WithContext } from 'schema-dts';
import type { Story } from '../story/types';
import { SITE_NAME } from './share';

/**
 * `logoUrl` is the site's square logo (public/logo.png). The report names no reporter, so its author is
 * the organisation it comes from, as the source gives it.
 */
export function newsArticleJsonLd(story: Story, pageUrl: string, imageUrl: string, logoUrl: string): WithContext<NewsArticle> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.meta.title,
    description: story.meta.summary,
    datePublished: story.meta.published,
    inLanguage: story.meta.language,
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    image: imageUrl,
    isAccessibleForFree: true,
    // The report itself comes from its source; this site republishes and annotates it.
    sourceOrganization: { '@type': 'Organization', name: story.meta.source },
    author: { '@type': 'Organization', name: story.meta.source },
    publisher: { '@type': 'Organization', name: SITE_NAME, logo: { '@type': 'ImageObject', url: logoUrl } },
    articleSection: story.sections.map((section) => section.title),
    ...(story.meta.dateline ? { locationCreated: { '@type': 'Place', name: story.meta.dateline } } : {}),
  };
}

/** JSON for a <script type="application/ld+json"> block: "<" escaped so no text can close the element. */
export function jsonLdScript(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
