/**
 * Draws one encoded mark as SVG. Colour comes from CSS through the origin class on an ancestor
 * (`origin-article` solid, `origin-external` dashed and hollow), and the kind of number from the shape,
 * so neither the origin nor the uncertainty is told by colour alone.
 */
import type { MarkGeometry } from './encoding';
import { el } from './svg';

export type Origin = 'article' | 'external';

/** Ids of the gradients and hatch patterns one SVG defines for each origin. */
export interface PaintIds {
  hatch: (origin: Origin) => string;
  fadeUp: (origin: Origin) => string;
  fadeDown: (origin: Origin) => string;
}

export function paintIds(prefix: string): PaintIds {
  return {
    hatch: (origin) => `${prefix}hatch-${origin}`,
    fadeUp: (origin) => `${prefix}fade-up-${origin}`,
    fadeDown: (origin) => `${prefix}fade-down-${origin}`,
  };
}

/** The <defs> every chart with marks needs: hatching for ranges and fades for open ends. */
export function markDefs(ids: PaintIds, origins: Origin[] = ['article', 'external']): string {
  return origins
    .map((origin) =>
      [
        el(
          'pattern',
          { id: ids.hatch(origin), width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
          el('rect', { width: 6, height: 6, class: `hatch-bg hatch-bg-${origin}` }),
          el('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: `hatch-line hatch-line-${origin}` }),
        ),
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
      return [
        el('rect', { class: 'mark-band', x: mark.x0, y: y - 7, width: mark.x1 - mark.x0, height: 14, fill: `url(#${ids.hatch(origin)})` }),
        el('line', { class: 'mark-tick', x1: mark.x0, y1: y - HALF, x2: mark.x0, y2: y + HALF }),
        el('line', { class: 'mark-tick', x1: mark.x1, y1: y - HALF, x2: mark.x1, y2: y + HALF }),
      ].join('');
  }
}

function r(value: number): string {
  return String(Math.round(value * 10) / 10);
}
