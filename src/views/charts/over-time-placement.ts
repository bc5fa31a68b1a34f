/** Where the over-time chart puts things: each report along the date axis, and each number's label beside its mark. */
import { FONTS, LEADING } from './layout';
import { overlaps, type Box } from './labels';
import type { Lane } from './rows';
import { textWidth } from './text-metrics';

/**
 * The smallest distance between two reports of one day, centre to centre: they never hide each other,
 * and on a wide chart each keeps room for its number beside it.
 */
export const SAME_DAY_GAP = { narrow: 18, wide: 36 };

/**
 * Where each report stands along the date axis: at its date, same-day reports side by side ("before" a date
 * first). More reports than the axis holds at `gap` apart share it evenly, closer, rather than pile up at its start.
 */
export function placeByDate(lanes: Lane[], dateX: (isoDate: string) => number, range: [number, number], wantedGap = SAME_DAY_GAP.narrow): { lane: Lane; x: number }[] {
  const key = (lane: Lane) => `${lane.row.date}|${lane.row.dateQualifier === 'before' ? 0 : 1}`;
  const sorted = lanes.map((lane, index) => ({ lane, index })).sort((a, b) => key(a.lane).localeCompare(key(b.lane)) || a.index - b.index);
  const gap = sorted.length > 1 ? Math.min(wantedGap, (range[1] - range[0]) / (sorted.length - 1)) : wantedGap;
  const xs = sorted.map(({ lane }) => dateX(lane.row.date));
  for (let i = 1; i < xs.length; i += 1) xs[i] = Math.max(xs[i], xs[i - 1] + gap);
  // Pushed past the end: walk back so the last report ends at the axis's end and the rest keep their gaps.
  for (let i = xs.length - 1; i >= 0; i -= 1) xs[i] = Math.min(xs[i], i === xs.length - 1 ? range[1] : xs[i + 1] - gap);
  return sorted.map(({ lane }, i) => ({ lane, x: Math.max(range[0], xs[i]) }));
}

/** The label's box: to the right of the mark, above, left, below, then further out; the first that is free. */
export function labelBox(text: string, mark: Box, bounds: Box, taken: Box[]): Box {
  const width = textWidth(text, FONTS.value);
  const height = FONTS.value.size * LEADING;
  const cx = mark.x + mark.width / 2;
  const cy = mark.y + mark.height / 2;
  const candidates: Box[] = [
    { x: mark.x + mark.width + 4, y: cy - height / 2, width, height },
    { x: cx - width / 2, y: mark.y - height - 2, width, height },
    { x: mark.x - width - 4, y: cy - height / 2, width, height },
    { x: cx - width / 2, y: mark.y + mark.height + 2, width, height },
    { x: mark.x + mark.width - width, y: mark.y - height - 2, width, height },
    { x: mark.x, y: mark.y - height - 2, width, height },
    ...[1, 2, 3].flatMap((step) => [
      { x: cx - width / 2, y: mark.y - height * (step + 1) - 2, width, height },
      { x: cx - width / 2, y: mark.y + mark.height + height * step + 2, width, height },
    ]),
  ];
  const inside = (box: Box) => box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;
  const free = candidates.find((box) => inside(box) && !taken.some((other) => overlaps(box, other, 2)));
  // Nothing free: the candidate inside the frame that covers the least of what is already there.
  const fallback = () => {
    const cover = (box: Box) => taken.filter((other) => overlaps(box, other)).length;
    return candidates.filter(inside).sort((a, b) => cover(a) - cover(b))[0] ?? candidates[1];
  };
  return free ?? fallback();
}
