/** Share metadata: canonical URLs, share-image paths and the Open Graph / Twitter tags of a page. */

import { SITE } from '../story/site-identity';
import { routes } from './routes';

export const SITE_NAME = SITE.name;

/** Where a page's generated share image lives: /og/<page path>/card.png. */
export function shareImagePath(pathname: string): string {
  const key = pathname.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
  return key ? `/og/${key}/card.png` : '/og/card.png';
}

/** Another page's share card, shown by a page that has none of its own: that page's path and the card's title. */
export interface SharedCard {
  path: string;
  title: string;
}

/**
 * The story's own card (its headline and summary), for an actor's profile: as news sites show an article's
 * image on every link into it, while the link's own title and description, which platforms print beside the
 * image, name the actor. Every other page keeps a card of its own. A card per profile cost a story's cold
 * build about 30 ms of CPU for each actor it names, three dozen in the first story.
 */
export function storyCard(slug: string, title: string): SharedCard {
  return { path: routes.story(slug), title };
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
