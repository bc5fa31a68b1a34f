/**
 * The one markup of a permalink, shared by Markdown-made blocks (rehype-permalinks) and component-made
 * ones (Permalink.astro): a plain link that works without JavaScript, and copy/share buttons that stay
 * hidden until the copy-link script can make them work.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';

export function permalinkElement(href: string, label: string): Element {
  return h('span', { className: ['permalink-group'] }, [
    h('a', { className: ['permalink'], href }, [
      h('span', { ariaHidden: 'true', className: ['permalink-icon'] }, '#'),
      h('span', { className: ['sr-only'] }, `Link to ${label}`),
    ]),
    h('button', { type: 'button', className: ['copy-link-button'], dataCopyLink: href, hidden: true }, [
      'Copy',
      h('span', { className: ['sr-only'] }, ` link to ${label}`),
    ]),
    h('button', { type: 'button', className: ['copy-link-button'], dataShareLink: href, dataShareTitle: label, hidden: true }, [
      'Share',
      h('span', { className: ['sr-only'] }, ` ${label}`),
    ]),
    h('span', { className: ['sr-only'], role: 'status', dataCopyStatus: '' }),
  ]);
}

export function permalinkHtml(href: string, label: string): string {
  return toHtml(permalinkElement(href, label));
}
