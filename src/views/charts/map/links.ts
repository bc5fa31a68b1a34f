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

/** A link to the paragraph a relation cites, named and tipped in the map's own words. */
function relationLink(contents: MapContents, relation: Relation, words: { name: string; tip: string[]; figure?: string }, svg: string, options: RenderOptions): string {
  const path = routes.paragraph(contents.story.slug, relation.citation.blockId);
  return el(
    'a',
    {
      href: options.origin ? new URL(path, options.origin).href : path,
      class: 'chart-mark map-mark origin-article',
      'data-origin': 'article',
      'data-figure': words.figure,
      'data-relation': relation.id,
      'aria-label': words.name,
      'data-tip': words.tip.join('\n'),
      target: options.linkTarget,
      rel: options.linkTarget ? 'noopener' : undefined,
    },
    svg,
  );
}

const ring = (box: Box) => el('rect', { class: 'chart-focus-ring', x: box.x - 3, y: box.y - 3, width: box.width + 6, height: box.height + 6, rx: 4 });

/** A member state's shape and name as one link to the paragraph that lists the alliance's members. */
export function memberLink(contents: MapContents, membership: Relation, drawing: string[], options: RenderOptions): string {
  const name = contents.nameOf(membership.from);
  const alliance = contents.alliance!;
  return relationLink(
    contents,
    membership,
    {
      name: `${name}: a member of the ${alliance.name}, as the article lists its members. Opens the paragraph.`,
      tip: [name, `Member of the ${alliance.name}`, 'In the article’s list of its members'],
      figure: alliance.countedBy?.id,
    },
    drawing.join(''),
    options,
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
  const name = `${shown || reported}: as the article reports it, with no number. Opens the paragraph.`;
  return relationLink(contents, cited.relation, { name, tip: [reported, 'As the article reports it, with no number'] }, svg, options);
}
