/** Share metadata: canonical URLs, share-image paths and the Open Graph / Twitter tags of a page. */

import { SITE } from '../story/site-identity';

export const SITE_NAME = SITE.name;

/** Where a page's generated share image lives: /og/<page path>/card.png. */
export function shareImagePath(pathname: string): string {
  const key = pathname.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
  return key ? `/og/${key}/card.png` : '/og/card.png';
}

export interface ShareMeta {
  title: string;
  description: string;
  /** Absolute canonical URL of the page. */
  url: string;
  /** Absolute URL of the share image. */
  image: string;
  imageAlt: string;
  type: 'website' | 'article';
  publishedTime?: string;
}

export interface MetaTag {
  property?: string;
  name?: string;
  content: string;
}

export function shareMetaTags(meta: ShareMeta): MetaTag[] {
  const tags: MetaTag[] = [
    { property: 'og:site_name', content: SITE_NAME },
    { property: 'og:type', content: meta.type },
    { property: 'og:title', content: meta.title },
    { property: 'og:description', content: meta.description },
    { property: 'og:url', content: meta.url },
    { property: 'og:image', content: meta.image },
    { property: 'og:image:width', content: '1200' },
    { property: 'og:image:height', content: '630' },
    { property: 'og:image:alt', content: meta.imageAlt },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: meta.title },
    { name: 'twitter:description', content: meta.description },
    { name: 'twitter:image', content: meta.image },
    { name: 'twitter:image:alt', content: meta.imageAlt },
  ];
  if (meta.publishedTime) tags.push({ property: 'article:published_time', content: meta.publishedTime });
  return tags;
}
