/** The over-time chart's marks, drawn upright: a dot, or a tick whose open end points up (floor) or down (ceiling). */
import type { ReportedValue } from '../../story/schemas/figure';
import { OPEN_REACH } from './encoding';
import type { Box } from './labels';
import type { Origin, PaintIds } from './marks';
import { el } from './svg';

const DOT_RADIUS = 5.5;

/** A report's mark at `x`, its numbers placed by `y`; returns its SVG and the box it covers. */
export function uprightMark(value: ReportedValue, x: number, y: (n: number) => number, origin: Origin, fades: PaintIds): { svg: string; box: Box } {
  switch (value.type) {
    case 'exact':
      return { svg: el('circle', { class: 'mark-dot', cx: x, cy: y(value.value), r: DOT_RADIUS }), box: { x: x - DOT_RADIUS, y: y(value.value) - DOT_RADIUS, width: DOT_RADIUS * 2, height: DOT_RADIUS * 2 } };
    case 'lower-bound': {
      const at = y(value.min);
      const to = at - OPEN_REACH;
      return {
        svg: [
          el('rect', { class: 'mark-fade', x: x - 4, y: to, width: 8, height: OPEN_REACH, fill: `url(#${fades.fadeUp(origin)}-v)` }),
          el('line', { class: 'mark-tick', x1: x - 8, y1: at, x2: x + 8, y2: at }),
          el('path', { class: 'mark-arrow', d: `M${x - 6},${to + 7}L${x},${to}L${x + 6},${to + 7}` }),
        ].join(''),
        box: { x: x - 8, y: to, width: 16, height: OPEN_REACH + 2 },
      };
    }
    case 'upper-bound': {
      const at = y(value.max);
      const to = at + OPEN_REACH;
      return {
        svg: [
          el('rect', { class: 'mark-fade', x: x - 4, y: at, width: 8, height: OPEN_REACH, fill: `url(#${fades.fadeDown(origin)}-v)` }),
          el('line', { class: 'mark-tick', x1: x - 8, y1: at, x2: x + 8, y2: at }),
          el('path', { class: 'mark-arrow', d: `M${x - 6},${to - 7}L${x},${to}L${x + 6},${to - 7}` }),
        ].join(''),
        box: { x: x - 8, y: at - 2, width: 16, height: OPEN_REACH + 2 },
      };
    }
    case 'vague': {
      const top = y(value.max);
      const bottom = y(value.min);
      return {
        svg: el('rect', { class: 'mark-band', x: x - 5, y: top, width: 10, height: Math.max(4, bottom - top) }),
        box: { x: x - 5, y: top, width: 10, height: Math.max(4, bottom - top) },
      };
    }
  }
}

/** Vertical versions of the open ends' fades (the lane charts' fades run left to right). */
export function uprightDefs(fades: PaintIds, origins: Origin[]): string {
  return origins
    .map((origin) =>
      [
        el('linearGradient', { id: `${fades.fadeUp(origin)}-v`, x1: 0, y1: 1, x2: 0, y2: 0 }, el('stop', { offset: 0, 'stop-opacity': 0.9, class: `stop-${origin}` }), el('stop', { offset: 1, 'stop-opacity': 0, class: `stop-${origin}` })),
        el('linearGradient', { id: `${fades.fadeDown(origin)}-v`, x1: 0, y1: 0, x2: 0, y2: 1 }, el('stop', { offset: 0, 'stop-opacity': 0.9, class: `stop-${origin}` }), el('stop', { offset: 1, 'stop-opacity': 0, class: `stop-${origin}` })),
      ].join(''),
    )
    .join('');
}
