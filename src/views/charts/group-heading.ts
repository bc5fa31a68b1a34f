/** A figure's heading over its marks, and the site's note under it when the article gives no number for it. */
import type { Figure } from '../../story/types';
import { FONTS, type TextWriter } from './layout';
import type { LaneGroup } from './story-lanes';
import { el } from './svg';

/**
 * The site's note on a figure whose reports all come from outside the article: it says so, and names the
 * article's figures it should be read against.
 */
function laterOnlyNote(figure: Figure, groups: LaneGroup[]): string | null {
  if (figure.reports.some((report) => report.origin === 'article')) return null;
  const related = figure.relatedFigures
    .map((id) => groups.find((other) => other.figure.id === id)?.figure.label)
    .filter((label): label is string => Boolean(label));
  const against = related.length ? ` Read it against ${related.map((label) => `“${label}”`).join(' and ')}, above.` : '';
  return `The article gives no number for this. Every report here came later.${against}`;
}

/** Draws the heading (and note) at `top`; `context` is every group of the panel, for the figures a note names. */
export function groupHeading(writer: TextWriter, figure: Figure, text: string, context: LaneGroup[], x: number, top: number, width: number): { svg: string; height: number } {
  const heading = writer.block(text, x, top, width, FONTS.heading, 'chart-heading');
  const parts = [el('g', { class: 'chart-group-heading', 'data-figure': figure.id }, heading.svg)];
  let height = heading.height + 4;
  const note = laterOnlyNote(figure, context);
  if (note) {
    const block = writer.block(note, x, top + height, width, FONTS.small, 'chart-site-note');
    parts.push(block.svg);
    height += block.height + 4;
  }
  return { svg: parts.join(''), height };
}
