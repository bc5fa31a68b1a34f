/**
 * Inside an embed: tells the parent page the content's height whenever it changes, for /embed.js to size
 * the iframe, and applies a host's `?theme=light|dark|auto` (validated; the theme's own page, `…/dark/`,
 * is coloured from the first paint instead).
 */
import { EMBED_MESSAGE, embedThemeFrom } from '../../views/charts/embed';

const theme = embedThemeFrom(location.search);
if (theme === 'auto') delete document.documentElement.dataset.theme;
else if (theme) document.documentElement.dataset.theme = theme;

function postHeight(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (window.parent !== window) window.parent.postMessage({ type: EMBED_MESSAGE, height }, '*');
}

new ResizeObserver(postHeight).observe(document.documentElement);
window.addEventListener('load', postHeight);
