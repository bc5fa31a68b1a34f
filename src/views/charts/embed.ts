/**
 * Embeds: the snippet other sites paste, the options an embed reads from its URL, the message it posts
 * to its parent, and the oEmbed response. Pure, so pages, the oEmbed files and tests agree.
 */
import type { ChartLayout, ChartPanel } from './types';
import { routes } from '../routes';

/** An embed shows one chart panel (see src/views/charts/registry.ts). */
export type EmbedPanel = ChartPanel;
/**
 * An embed's colours. Light is the default: a host page is most often light, and an embed that followed
 * the reader's system setting would drop a dark slab into it. Dark, or following the reader ("auto"), are
 * the host's explicit choice.
 */
export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];
export const DEFAULT_EMBED_THEME: EmbedTheme = 'light';

/**
 * The pages built for each panel: the default address, and one per theme, each painted in its colours
 * from the first byte (no script). `light/` repeats the default for addresses pasted when it was not.
 */
export const EMBED_PAGES: { path: EmbedTheme | undefined; theme: EmbedTheme }[] = [
  { path: undefined, theme: DEFAULT_EMBED_THEME },
  ...EMBED_THEMES.map((theme) => ({ path: theme, theme })),
];

/**
 * The widths an embed's charts are laid out for. embed.css shows the largest that fits the container, so
 * a chart is never scaled down and its smallest text stays at 12 px from a 280 px frame up.
 */
export const EMBED_LAYOUTS: readonly ChartLayout[] = [
  { name: 'e260', width: 260 },
  { name: 'e340', width: 340 },
  { name: 'e480', width: 480 },
  { name: 'e640', width: 640 },
  { name: 'e800', width: 800 },
];

/** Height an embed has before (or without) the resize script: enough for the chart at phone width. */
const EMBED_FALLBACK_HEIGHT = 720;
/** The message type an embed posts to its parent with its height. */
export const EMBED_MESSAGE = 'story-embed:height';

/**
 * A theme a host asks for in the embed's query (`?theme=dark`), applied by script after the first paint;
 * anything else, or nothing, keeps the page's own theme.
 */
export function embedThemeFrom(search: string): EmbedTheme | undefined {
  const theme = new URLSearchParams(search).get('theme');
  return (EMBED_THEMES as readonly string[]).includes(theme ?? '') ? (theme as EmbedTheme) : undefined;
}

export function embedUrl(site: URL | string, slug: string, panel: EmbedPanel, theme: EmbedTheme = DEFAULT_EMBED_THEME): string {
  return new URL(routes.embed(slug, panel, theme === DEFAULT_EMBED_THEME ? undefined : theme), site).href;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The ready-to-paste HTML: an iframe that works alone, and the optional resize script. */
export function embedSnippet(site: URL | string, slug: string, panel: EmbedPanel, title: string, theme: EmbedTheme = DEFAULT_EMBED_THEME): string {
  const src = embedUrl(site, slug, panel, theme);
  const script = new URL('/embed.js', site).href;
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${EMBED_FALLBACK_HEIGHT}" loading="lazy" style="border:0;width:100%;max-width:100%" data-story-embed></iframe>`,
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

/** The oEmbed answer for a panel; `provider` is the site's name (passed in: this module also runs in the browser). */
export function oEmbedResponse(site: URL | string, slug: string, panel: EmbedPanel, title: string, provider: string): OEmbedResponse {
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: provider,
    provider_url: new URL('/', site).href,
    html: embedSnippet(site, slug, panel, title),
    width: 640,
    height: EMBED_FALLBACK_HEIGHT,
  };
}

/** Heights outside this range (in px) are ignored by the parent script. */
const EMBED_MAX_HEIGHT = 20000;

/**
 * The parent page's resize script (served as /embed.js, a few hundred bytes): it trusts only messages from
 * this site's own origin (where the script itself was loaded from), only from the iframe that sent them,
 * and only a finite number of pixels within a sane range; anything else is ignored.
 */
export function parentResizeScript(): string {
  return `/* Sizes this site's chart iframes to their content. */
(function(){if(window.__kzReaderEmbed)return;window.__kzReaderEmbed=1;
var s=document.currentScript,o=s&&s.src?new URL(s.src).origin:null;
addEventListener('message',function(e){var d=e.data,h=d&&d.height;
if(!o||e.origin!==o||!d||d.type!=='${EMBED_MESSAGE}'||typeof h!=='number'||!(h>0&&h<${EMBED_MAX_HEIGHT}))return;
var f=document.querySelectorAll('iframe[data-story-embed]');
for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source&&new URL(f[i].src,location.href).origin===o)f[i].style.height=Math.ceil(h)+'px';});})();
`;
}

export function oEmbedPath(slug: string, panel: EmbedPanel): string {
  return `/oembed/${slug}/${panel}.json`;
}
