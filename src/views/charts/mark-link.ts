/**
 * A chart mark as a link: its accessible name (the words it shows, then its figure, kind, source and
 * status), its tooltip lines, and the focus ring drawn around it. Lane charts, the over-time chart and
 * the map all wrap their marks this way, so every mark reads alike to every reader.
 */
import type { ReportedValue } from '../../story/schemas/figure';
import type { Figure } from '../../story/types';
import { formatDay } from '../format/dates';
import type { DrawnLine } from './layout';
import type { ChartRow } from './rows';
import { el } from './svg';
import { reportedBy, valueTypeLabel } from '../vocabulary';
import { drawnRange } from './wording';

/**
 * The accessible name of a mark: the words it shows, in order (so speech users can say what they see,
 * WCAG 2.5.3), then its figure, kind of number, source, status and where it comes from.
 */
function markName(figure: Figure, row: ChartRow, value: ReportedValue, visible: string): string {
  const where =
    row.origin === 'article'
      ? `In the article, ${formatDay(row.date)}. Opens the paragraph it comes from.`
      : `${reportedBy(row.outlet!, row.timing!)}, ${formatDay(row.publishedDate ?? row.date)}, outside the article${row.dateQualifier === 'before' ? ' (a figure given before that date)' : ''}. Opens that report.`;
  const shown = visible.startsWith(figure.label) ? visible : `${figure.label}: ${visible}`;
  return `${shown}. ${valueTypeLabel(value.type)}, ${drawnRange(value)}. Source: ${row.source}. ${row.confirmationLabel}. ${where}`;
}

/** What a mark's link holds, in paint order: drawings as SVG, and the lines of text it shows. */
export type LinkPart = string | DrawnLine;

/**
 * The link's SVG, with a space after each line of text so that assistive technology reading it hears
 * separate words; and the words it shows, in order, one space apart.
 */
function shownText(parts: LinkPart[]): { text: string; svg: string } {
  const lines = parts.filter((part): part is DrawnLine => typeof part !== 'string');
  return {
    text: lines.map((line) => line.text).join(' ').replace(/\s+/g, ' ').trim(),
    svg: parts.map((part) => (typeof part === 'string' ? part : `${part.svg} `)).join('').trimEnd(),
  };
}

/** The tooltip's lines, shown on hover and focus. */
function markTooltip(figure: Figure, row: ChartRow, value: ReportedValue): string[] {
  return [
    figure.label,
    `${row.origin === 'article' ? `“${row.valueText}”` : row.valueText} · ${valueTypeLabel(value.type)}, ${drawnRange(value)}`,
    `Source: ${row.source}`,
    `Status: ${row.confirmationLabel}`,
    row.origin === 'article' ? `In the article, ${formatDay(row.date)}` : `${reportedBy(row.outlet!, row.timing!)}, ${formatDay(row.publishedDate ?? row.date)}`,
  ];
}

export function focusRing(top: number, height: number, width: number): string {
  return el('rect', { class: 'chart-focus-ring', x: 1.5, y: top - 4, width: width - 3, height: height + 8, rx: 4 });
}

/** A mark and its words as one link: to the article's paragraph, or to the outlet of a later report. */
export function markLink(figure: Figure, row: ChartRow, value: ReportedValue, parts: LinkPart[], target?: '_blank', className?: string): string {
  const content = shownText(parts);
  return namedMarkLink(figure, row, value, { svg: content.svg, shown: content.text }, target, className);
}

/**
 * As `markLink`, for a drawing that knows the words it shows (`shown`, in order) and has written a space
 * after each of its text elements itself.
 */
export function namedMarkLink(figure: Figure, row: ChartRow, value: ReportedValue, content: { svg: string; shown: string }, target?: '_blank', className?: string): string {
  const href = row.origin === 'article' ? row.paragraphUrl : row.url;
  return el(
    'a',
    {
      href: href ?? undefined,
      class: ['chart-mark', className, `origin-${row.origin}`].filter(Boolean).join(' '),
      'data-origin': row.origin,
      'data-figure': figure.id,
      'data-report': row.reportId,
      'data-kind': value.type,
      'aria-label': markName(figure, row, value, content.shown),
      'data-tip': markTooltip(figure, row, value).join('\n'),
      target,
      rel: row.origin === 'external' ? 'external noopener' : target ? 'noopener' : undefined,
    },
    content.svg,
  );
}
