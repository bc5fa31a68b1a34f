/**
 * The map's marks as links, each named from its data: a member state to the paragraph listing the
 * alliance, a figure's mark as the charts' marks are (its number, kind, source and status), a relation's
 * mark to the paragraph that reports it.
 */
import type { Relation } from '../../../story/types';
import { routes } from '../../routes';
import type { Box } from '../labels';
import { namedMarkLink } from '../mark-link';
import { el } from '../svg';
import type { RenderOptions } from '../types';
import type { Cited, MapContents } from './contents';
import { relationWords } from './words';

function paragraphHref(contents: MapContents, relation: Relation, origin: string | undefined): string {
  const path = routes.paragraph(contents.story.slug, relation.citation.blockId);
  return origin ? new URL(path, origin).href : path;
}

const ring = (box: Box) => el('rect', { class: 'chart-focus-ring', x: box.x - 3, y: box.y - 3, width: box.width + 6, height: box.height + 6, rx: 4 });

/** A member state's shape and name as one link to the paragraph that lists the alliance's members. */
export function memberLink(contents: MapContents, membership: Relation, drawing: string[], options: RenderOptions): string {
  const name = contents.nameOf(membership.from);
  const alliance = contents.alliance!;
  return el(
    'a',
    {
      href: paragraphHref(contents, membership, options.origin),
      class: 'chart-mark map-mark origin-article',
      'data-origin': 'article',
      'data-figure': alliance.countedBy?.id,
      'data-relation': membership.id,
      'aria-label': `${name}: a member of the ${alliance.name}, as the article lists its members. Opens the paragraph.`,
      'data-tip': [name, `Member of the ${alliance.name}`, 'In the article’s list of its members'].join('\n'),
      target: options.linkTarget,
      rel: options.linkTarget ? 'noopener' : undefined,
    },
    ...drawing,
  );
}

/**
 * An arrow or border and its words as one link. `shown` is the words the drawing shows, in order, for the
 * start of its accessible name; each box in `rings` gets a focus ring (a badge and its key line are apart).
 */
export function citedLink(contents: MapContents, cited: Cited, drawing: string, shown: string, rings: Box[], options: RenderOptions): string {
  const svg = drawing + rings.map(ring).join('');
  if ('figure' in cited) return namedMarkLink(cited.figure, cited.row, cited.value, { svg, shown }, options.linkTarget, 'map-mark');
  const reported = relationWords(cited.relation, contents.nameOf);
  return el(
    'a',
    {
      href: paragraphHref(contents, cited.relation, options.origin),
      class: 'chart-mark map-mark origin-article',
      'data-origin': 'article',
      'data-relation': cited.relation.id,
      'aria-label': `${shown || reported}: as the article reports it, with no number. Opens the paragraph.`,
      'data-tip': [reported, 'As the article reports it, with no number'].join('\n'),
      target: options.linkTarget,
      rel: options.linkTarget ? 'noopener' : undefined,
    },
    svg,
  );
}
