/**
 * Inside an embed: applies `?theme=light|dark` (validated; anything else follows the reader's setting)
 * and tells the parent page the content's height whenever it changes, for /embed.js to size the iframe.
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
