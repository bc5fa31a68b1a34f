/**
 * A few helpers to write SVG as strings at build time: no DOM, so the same function renders the page,
 * the embed, the download and the snapshot test. Numbers are rounded so the output is stable.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text or an attribute value for SVG/HTML. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/** Rounds to one decimal place, enough for screen pixels, and drops a trailing ".0". */
function px(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

export type Attributes = Record<string, string | number | boolean | undefined | null>;

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeXml(typeof value === 'number' ? px(value) : String(value))}"`))
    .join('');
}

/** One element; children are already-serialised strings. Empty elements self-close. */
export function el(tag: string, attrs: Attributes = {}, ...children: (string | false | null | undefined)[]): string {
  const inner = children.filter((child): child is string => typeof child === 'string' && child.length > 0).join('');
  return inner ? `<${tag}${attributes(attrs)}>${inner}</${tag}>` : `<${tag}${attributes(attrs)}/>`;
}

/** A text element holding escaped text. */
export function text(attrs: Attributes, content: string): string {
  return `<text${attributes(attrs)}>${escapeXml(content)}</text>`;
}
