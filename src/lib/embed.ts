/**
 * Embeds: the snippet other sites paste, the options an embed reads from its URL, the message it posts
 * to its parent, and the oEmbed response. Pure, so pages, the oEmbed files and tests agree.
 */
import type { ChartPanel } from '../charts/types';
import { routes } from './routes';
import { SITE_NAME } from './share';

/** An embed shows one chart panel (see src/charts/registry.ts). */
export type EmbedPanel = ChartPanel;
export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];
/** Themes with a page of their own (`/embed/<story>/<panel>/dark/`); "auto" is the panel's own page. */
export const FIXED_EMBED_THEMES = ['light', 'dark'] as const satisfies readonly EmbedTheme[];
export type FixedEmbedTheme = (typeof FIXED_EMBED_THEMES)[number];

/** Height an embed has before (or without) the resize script: enough for the chart at phone width. */
export const EMBED_FALLBACK_HEIGHT = 720;
/** The message type an embed posts to its parent with its height. */
export const EMBED_MESSAGE = 'kazakhstan-reader:embed-height';

/**
 * Reads `?theme=` from an embed's URL; anything unknown means "auto" (follow the reader's setting). Kept
 * for addresses already pasted: new snippets use the theme's own page, which needs no script to colour.
 */
export function embedThemeFrom(search: string): EmbedTheme {
  const theme = new URLSearchParams(search).get('theme');
  return (EMBED_THEMES as readonly string[]).includes(theme ?? '') ? (theme as EmbedTheme) : 'auto';
}

export function embedUrl(site: URL | string, slug: string, panel: EmbedPanel, theme: EmbedTheme = 'auto'): string {
  return new URL(routes.embed(slug, panel, theme === 'auto' ? undefined : theme), site).href;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The ready-to-paste HTML: an iframe that works alone, and the optional resize script. */
export function embedSnippet(site: URL | string, slug: string, panel: EmbedPanel, title: string, theme: EmbedTheme = 'auto'): string {
  const src = embedUrl(site, slug, panel, theme);
  const script = new URL('/embed.js', site).href;
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${EMBED_FALLBACK_HEIGHT}" loading="lazy" style="border:0;width:100%;max-width:100%" data-kazakhstan-reader-embed></iframe>`,
    `<script src="${escapeAttribute(script)}" async></script>`,
  ].join('\n');
}

export interface OEmbedResponse {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

export function oEmbedResponse(site: URL | string, slug: string, panel: EmbedPanel, title: string): OEmbedResponse {
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: SITE_NAME,
    provider_url: new URL('/', site).href,
    html: embedSnippet(site, slug, panel, title),
    width: 640,
    height: EMBED_FALLBACK_HEIGHT,
  };
}

/** Heights outside this range (in px) are ignored by the parent script. */
export const EMBED_MAX_HEIGHT = 20000;

/**
 * The parent page's resize script (served as /embed.js, a few hundred bytes): it accepts only the
 * height message, only from the iframe that sent it, and only with a sane pixel height.
 */
export function parentResizeScript(): string {
  return `/* Sizes Kazakhstan-reader chart iframes to their content. */
(function(){if(window.__kzReaderEmbed)return;window.__kzReaderEmbed=1;
addEventListener('message',function(e){var d=e.data,h=d&&Number(d.height);
if(!d||d.type!=='${EMBED_MESSAGE}'||!(h>0&&h<${EMBED_MAX_HEIGHT}))return;
var f=document.querySelectorAll('iframe[data-kazakhstan-reader-embed]');
for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source&&new URL(f[i].src,location.href).origin===e.origin)f[i].style.height=Math.ceil(h)+'px';});})();
`;
}

export function oEmbedPath(slug: string, panel: EmbedPanel): string {
  return `/oembed/${slug}/${panel}.json`;
}
