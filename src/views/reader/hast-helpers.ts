/** Small questions asked of hast nodes by several plugins. */
import type { Element, RootContent } from 'hast';

/** The id of the h2 a top-level node is or wraps, if any. */
export function selectHeadingId(node: RootContent): string | null {
  if (node.type !== 'element') return null;
  const heading: Element | undefined =
    node.tagName === 'h2' ? node : (node.children.find((c) => c.type === 'element' && c.tagName === 'h2') as Element | undefined);
  return heading && typeof heading.properties.id === 'string' ? heading.properties.id : null;
}
