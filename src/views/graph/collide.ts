/**
 * Keeps labelled nodes apart and inside their area. A node occupies a box: its mark, with its label
 * hanging below it; boxes that overlap are pushed apart along the axis where they overlap least.
 */
export interface BoxedNode {
  x: number;
  y: number;
  /** Half the width of mark-and-label, the height above the centre and the depth below it. */
  halfWidth: number;
  above: number;
  below: number;
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Overlap of two nodes' boxes on each axis, with `gap` to spare (zero or less: apart). */
function boxOverlap(a: BoxedNode, b: BoxedNode, gap: number): { x: number; y: number } {
  const x = a.halfWidth + b.halfWidth + gap - Math.abs(a.x - b.x);
  const y = a.y < b.y ? a.below + b.above + gap - (b.y - a.y) : b.below + a.above + gap - (a.y - b.y);
  return { x, y };
}

/** One pass of pushing overlapping boxes apart; `strength` 1 removes each overlap found. */
export function separate(nodes: BoxedNode[], gap: number, strength: number): void {
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i];
      const b = nodes[j];
      const { x, y } = boxOverlap(a, b, gap);
      if (x <= 0 || y <= 0) continue;
      if (x < y) {
        const push = (x / 2) * strength * (a.x <= b.x ? 1 : -1);
        a.x -= push;
        b.x += push;
      } else {
        const push = (y / 2) * strength * (a.y <= b.y ? 1 : -1);
        a.y -= push;
        b.y += push;
      }
    }
  }
}

/** Moves every node so its whole box lies inside `area`. */
export function clampInto(nodes: BoxedNode[], area: Area): void {
  for (const node of nodes) {
    node.x = Math.min(area.x + area.width - node.halfWidth, Math.max(area.x + node.halfWidth, node.x));
    node.y = Math.min(area.y + area.height - node.below, Math.max(area.y + node.above, node.y));
  }
}

/**
 * Stretches the nodes' positions so their boxes fill `area` (each axis on its own), keeping who is left
 * of or above whom: a force layout leaves empty bands that a fixed viewBox should not waste.
 */
export function stretchToFill(nodes: BoxedNode[], area: Area): void {
  if (nodes.length < 2) return;
  const left = Math.min(...nodes.map((node) => node.x - node.halfWidth));
  const right = Math.max(...nodes.map((node) => node.x + node.halfWidth));
  const top = Math.min(...nodes.map((node) => node.y - node.above));
  const bottom = Math.max(...nodes.map((node) => node.y + node.below));
  // Map the span of the centres, so the boxes at the edges just touch the area's sides.
  const minX = Math.min(...nodes.map((node) => node.x));
  const maxX = Math.max(...nodes.map((node) => node.x));
  const minY = Math.min(...nodes.map((node) => node.y));
  const maxY = Math.max(...nodes.map((node) => node.y));
  const insetLeft = minX - left;
  const insetRight = right - maxX;
  const insetTop = minY - top;
  const insetBottom = bottom - maxY;
  const spanX = area.width - insetLeft - insetRight;
  const spanY = area.height - insetTop - insetBottom;
  for (const node of nodes) {
    if (maxX > minX && spanX > 0) node.x = area.x + insetLeft + ((node.x - minX) / (maxX - minX)) * spanX;
    if (maxY > minY && spanY > 0) node.y = area.y + insetTop + ((node.y - minY) / (maxY - minY)) * spanY;
  }
}
