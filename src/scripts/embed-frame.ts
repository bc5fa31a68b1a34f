/**
 * Inside an embed: tells the parent page the content's height whenever it changes, for /embed.js to size
 * the iframe, and still applies `?theme=light|dark` (validated) for addresses pasted before fixed themes
 * got pages of their own (`…/dark/`, coloured from the first paint).
 */
import { EMBED_MESSAGE, embedThemeFrom } from '../lib/embed';

const theme = embedThemeFrom(location.search);
if (theme !== 'auto') document.documentElement.dataset.theme = theme;

function postHeight(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (window.parent !== window) window.parent.postMessage({ type: EMBED_MESSAGE, height }, '*');
}

new ResizeObserver(postHeight).observe(document.documentElement);
window.addEventListener('load', postHeight);
