/**
 * What a built page refers to: links a reader follows, and resources the browser loads by itself.
 * Used by the link checker and by the test that nothing is loaded from another origin.
 */
import type { CheerioAPI } from 'cheerio';

export interface Reference {
  /** The URL exactly as written in the page. */
  url: string;
  /** `link`: followed only when the reader chooses; `resource`: loaded by the browser on its own. */
  kind: 'link' | 'resource';
  /** Where it was found, for the failure message: `<script src>`. */
  where: string;
}

/** `<link rel>` values that the browser does not fetch (the others, stylesheet, icon, preload…, it does). */
const NOT_LOADED_RELS = new Set([
  'alternate',
  'author',
  'bookmark',
  'canonical',
  'external',
  'help',
  'license',
  'me',
  'next',
  'nofollow',
  'noopener',
  'noreferrer',
  'prev',
  'privacy-policy',
  'search',
  'sitemap',
  'tag',
  'terms-of-service',
]);

/** The URLs of a `srcset` attribute. */
function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter(Boolean);
}

export function pageReferences($: CheerioAPI): Reference[] {
  const found: Reference[] = [];
  const add = (url: string | undefined, kind: Reference['kind'], where: string) => {
    if (url !== undefined) found.push({ url: url.trim(), kind, where });
  };
  $('a[href], area[href]').each((_, element) => add($(element).attr('href'), 'link', `<${element.tagName} href>`));
  $('link[href]').each((_, element) => {
    const rels = ($(element).attr('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const loaded = rels.length === 0 || rels.some((rel) => !NOT_LOADED_RELS.has(rel));
    add($(element).attr('href'), loaded ? 'resource' : 'link', `<link rel="${rels.join(' ')}" href>`);
  });
  for (const [selector, attribute] of [
    ['script[src]', 'src'],
    ['img[src]', 'src'],
    ['iframe[src]', 'src'],
    ['frame[src]', 'src'],
    ['embed[src]', 'src'],
    ['source[src]', 'src'],
    ['track[src]', 'src'],
    ['audio[src]', 'src'],
    ['video[src]', 'src'],
    ['video[poster]', 'poster'],
    ['input[src]', 'src'],
    ['object[data]', 'data'],
    ['use[href]', 'href'],
    ['image[href]', 'href'],
    ['feImage[href]', 'href'],
  ] as const) {
    $(selector).each((_, element) => add($(element).attr(attribute), 'resource', `<${element.tagName} ${attribute}>`));
  }
  $('[xlink\\:href]').each((_, element) => add($(element).attr('xlink:href'), 'resource', `<${element.tagName} xlink:href>`));
  $('img[srcset], source[srcset]').each((_, element) => {
    for (const url of srcsetUrls($(element).attr('srcset') ?? '')) add(url, 'resource', `<${element.tagName} srcset>`);
  });
  $('form[action]').each((_, element) => add($(element).attr('action'), 'link', '<form action>'));
  $('button[formaction], input[formaction]').each((_, element) => add($(element).attr('formaction'), 'link', `<${element.tagName} formaction>`));
  // Share cards are fetched by other sites' crawlers, not by the reader's browser: links, but they must exist.
  $('meta[property="og:image"], meta[name="twitter:image"], meta[property="og:url"]').each((_, element) =>
    add($(element).attr('content'), 'link', `<meta ${$(element).attr('property') ?? $(element).attr('name')}>`),
  );
  return found;
}

/** `url(...)` and `@import` references in a stylesheet. */
export function cssReferences(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((match) => match[2]);
  const imports = [...css.matchAll(/@import\s+(['"])([^'"]+)\1/g)].map((match) => match[2]);
  return [...urls, ...imports].filter((url) => !url.startsWith('data:') && !url.startsWith('#'));
}

/** Modules and files a built script loads: static and dynamic imports, workers, fetches. */
export function scriptReferences(js: string): string[] {
  const patterns = [
    /\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?["'`]([^"'`]+)["'`]/g,
    /\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
    /\b(?:fetch|importScripts|new\s+Worker|new\s+SharedWorker|new\s+EventSource|new\s+WebSocket|sendBeacon)\s*\(\s*["'`]([^"'`]+)["'`]/g,
  ];
  return patterns.flatMap((pattern) => [...js.matchAll(pattern)].map((match) => match[1]));
}

/** Whether a URL as written points at another origin (absolute http(s), protocol-relative, ws). */
export function isOffOrigin(url: string, siteOrigins: string[]): boolean {
  if (!/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url)) return false;
  try {
    const { origin, protocol } = new URL(url, 'https://placeholder.invalid/');
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(protocol)) return false;
    return !siteOrigins.includes(origin);
  } catch {
    return true;
  }
}
