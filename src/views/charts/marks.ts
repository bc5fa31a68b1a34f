/**
 * Draws one encoded mark as SVG. Colour comes from CSS through the origin class on an ancestor
 * (`origin-article` solid, `origin-external` dashed and hollow), and the kind of number from the shape,
 * so neither the origin nor the uncertainty is told by colour alone.
 */
import type { MarkGeometry } from './encoding';
import { el } from './svg';

export type Origin = 'article' | 'external';

/** Ids of the gradients one SVG defines for each origin. */
export interface PaintIds {
  fadeUp: (origin: Origin) => string;
  fadeDown: (origin: Origin) => string;
}

export function paintIds(prefix: string): PaintIds {
  return {
    fadeUp: (origin) => `${prefix}fade-up-${origin}`,
    fadeDown: (origin) => `${prefix}fade-down-${origin}`,
  };
}

/** The <defs> every chart with marks needs: the fades of open ends. */
export function markDefs(ids: PaintIds, origins: Origin[]): string {
  return origins
    .map((origin) =>
      [
        el(
          'linearGradient',
          { id: ids.fadeUp(origin), x1: 0, y1: 0, x2: 1, y2: 0 },
          el('stop', { offset: 0, 'stop-opacity': 0.9, class: `stop-${origin}` }),
          el('stop', { offset: 1, 'stop-opacity': 0, class: `stop-${origin}` }),
        ),
        el(
          'linearGradient',
          { id: ids.fadeDown(origin), x1: 1, y1: 0, x2: 0, y2: 0 },
          el('stop', { offset: 0, 'stop-opacity': 0.9, class: `stop-${origin}` }),
          el('stop', { offset: 1, 'stop-opacity': 0, class: `stop-${origin}` }),
        ),
      ].join(''),
    )
    .join('');
}

export const DOT_RADIUS = 6;
const HALF = 8;

/** The mark's SVG, centred vertically on `y`. */
export function markSvg(mark: MarkGeometry, y: number, origin: Origin, ids: PaintIds): string {
  switch (mark.kind) {
    case 'exact':
      return el('circle', { class: 'mark-dot', cx: mark.x, cy: y, r: DOT_RADIUS });
    case 'lower-bound':
      return [
        el('rect', { class: 'mark-fade', x: mark.x, y: y - 4, width: Math.max(0, mark.to - mark.x), height: 8, fill: `url(#${ids.fadeUp(origin)})` }),
        el('line', { class: 'mark-tick', x1: mark.x, y1: y - HALF, x2: mark.x, y2: y + HALF }),
        el('path', { class: 'mark-arrow', d: `M${r(mark.to - 7)},${r(y - 6)}L${r(mark.to)},${r(y)}L${r(mark.to - 7)},${r(y + 6)}` }),
      ].join('');
    case 'upper-bound':
      return [
        el('rect', { class: 'mark-fade', x: mark.to, y: y - 4, width: Math.max(0, mark.x - mark.to), height: 8, fill: `url(#${ids.fadeDown(origin)})` }),
        el('line', { class: 'mark-tick', x1: mark.x, y1: y - HALF, x2: mark.x, y2: y + HALF }),
        el('path', { class: 'mark-arrow', d: `M${r(mark.to + 7)},${r(y - 6)}L${r(mark.to)},${r(y)}L${r(mark.to + 7)},${r(y + 6)}` }),
      ].join('');
    case 'vague':
      // Faint: the range is the site's reading of a word, so it takes less ink than any number a source gave.
      return [
        el('rect', { class: 'mark-band', x: mark.x0, y: y - 5, width: mark.x1 - mark.x0, height: 10 }),
        el('line', { class: 'mark-band-end', x1: mark.x0, y1: y - 5, x2: mark.x0, y2: y + 5 }),
        el('line', { class: 'mark-band-end', x1: mark.x1, y1: y - 5, x2: mark.x1, y2: y + 5 }),
      ].join('');
  }
}

function r(value: number): string {
  return String(Math.round(value * 10) / 10);
}
