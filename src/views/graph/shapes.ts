/**
 * Node marks as SVG path strings, so a kind reads from its shape as well as its colour (and the legend
 * can draw the same marks). Every shape fits inside a circle of `outerRadius(r)`.
 */
import type { NodeShape } from './vocabulary';

/** One decimal place: stable output and small files. */
export const round = (value: number): number => Math.round(value * 10) / 10;

function polygon(x: number, y: number, radius: number, sides: number, rotation: number): string {
  const points = Array.from({ length: sides }, (_, index) => {
    const angle = rotation + (index * 2 * Math.PI) / sides;
    return `${round(x + radius * Math.cos(angle))},${round(y + radius * Math.sin(angle))}`;
  });
  return `M${points.join('L')}Z`;
}

function circle(x: number, y: number, r: number): string {
  return `M${round(x - r)},${round(y)}a${round(r)},${round(r)} 0 1,0 ${round(2 * r)},0a${round(r)},${round(r)} 0 1,0 ${round(-2 * r)},0Z`;
}

/** The radius of the circle every shape of size r fits in: edges stop there. */
export function outerRadius(r: number): number {
  return r * 1.4;
}

/** A mark of size r centred on (x, y); shapes are scaled to look about as large as a circle of radius r. */
export function shapePath(shape: NodeShape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'circle':
    case 'ring':
      return circle(x, y, r);
    case 'square':
      return polygon(x, y, r * 1.2, 4, Math.PI / 4);
    case 'diamond':
      return polygon(x, y, r * 1.3, 4, 0);
    case 'hexagon':
      return polygon(x, y, r * 1.15, 6, 0);
    case 'triangle':
      return polygon(x, y + r * 0.2, r * 1.3, 3, -Math.PI / 2);
    case 'inverted-triangle':
      return polygon(x, y - r * 0.2, r * 1.3, 3, Math.PI / 2);
  }
}
