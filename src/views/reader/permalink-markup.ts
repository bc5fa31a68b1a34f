/**
 * The one markup of a permalink, shared by Markdown-made blocks (rehype-permalinks) and component-made
 * ones (Permalink.astro): a plain link that works without JavaScript, and copy/share buttons that are
 * laid out from the first paint when scripting is on (so showing them moves nothing) and not shown when it
 * is off; the share button stays invisible, its place kept, until the script finds a share sheet.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';

/**
 * `quiet` makes a link for the pointer only, out of the Tab order and without buttons: beside a section
 * heading, whose address the contents list already gives every reader.
 */
export function permalinkElement(href: string, label: string, { quiet = false } = {}): Element {
  if (quiet) {
    return h('span', { className: ['permalink-group'] }, [h('a', { className: ['permalink'], href, ariaLabel: `Link to ${label}`, tabIndex: -1 }, '#')]);
  }
  return h('span', { className: ['permalink-group'] }, [
    // Names by aria-label, each starting with the visible word (WCAG 2.5.3): few elements per permalink,
    // as a long page has dozens of them. The page has one live region for their messages (copy-link.ts).
    h('a', { className: ['permalink'], href, ariaLabel: `Link to ${label}` }, '#'),
    // In the article the actions float beside the "#" and show on hover or focus, taking no room.
    h('span', { className: ['permalink-actions'] }, [
      h('button', { type: 'button', className: ['copy-link-button'], dataCopyLink: href, dataNeedsJs: '', ariaLabel: `Copy link to ${label}` }, 'Copy'),
      h(
        'button',
        { type: 'button', className: ['copy-link-button'], dataShareLink: href, dataNeedsJs: '', dataNeedsShare: '', ariaLabel: `Share ${label}` },
        'Share',
      ),
    ]),
  ]);
}

export function permalinkHtml(href: string, label: string): string {
  return toHtml(permalinkElement(href, label));
}
