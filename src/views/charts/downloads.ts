/**
 * The data downloads of a chart panel: the same rows as the chart and its table, as CSV and JSON, with
 * sources, excerpts and (for later reports) outlet, title and link. Pure: the endpoints only serve them.
 */
import { routes } from '../routes';
import type { Story } from '../../story/types';
import { panelText } from './panels';
import { chartRows, panelFigures, type ChartRow } from './rows';
import type { ChartPanel } from './types';

/** CSV columns, in order; the header row uses these names. */
export const CSV_COLUMNS = [
  'panel',
  'figureId',
  'figureLabel',
  'subject',
  'unit',
  'reportId',
  'origin',
  'date',
  'dateQualifier',
  'valueText',
  'valueType',
  'kind',
  'value',
  'min',
  'max',
  'drawnMin',
  'drawnMax',
  'rangeReason',
  'source',
  'claimant',
  'via',
  'confirmation',
  'confirmationLabel',
  'confirmationNote',
  'summary',
  'excerpt',
  'articleText',
  'blockId',
  'paragraphUrl',
  'outlet',
  'title',
  'publishedDate',
  'url',
] as const satisfies readonly (keyof ChartRow)[];

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: a header row, then one row per report, CRLF line ends. */
export function rowsToCsv(rows: ChartRow[]): string {
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((column) => csvField(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** The JSON download: the story, the panel's figures with the site's notes, and the rows. */
export function panelJson(story: Story, panel: ChartPanel, origin: string) {
  const absolute = (path: string) => new URL(path, origin).href;
  return {
    story: { slug: story.slug, title: story.meta.title, url: absolute(routes.story(story.slug)), source: story.meta.source },
    panel,
    title: panelText(story, panel).title,
    chart: absolute(routes.chartPanel(story.slug, panel)),
    about:
      'One row per report of a number. Rows with origin "article" quote the article (excerpt, articleText, paragraphUrl); ' +
      'rows with origin "external" were published later, outside the article (outlet, title, url). Fields named ' +
      'rangeReason, confirmationNote, summary, kind and the figures’ annotation and notes are this site’s own words.',
    figures: panelFigures(story, panel).map((figure) => ({
      id: figure.id,
      label: figure.label,
      subject: figure.subject,
      unit: figure.unit,
      annotation: figure.annotation ?? null,
      notes: story.notes.filter((note) => 'figure' in note.target && note.target.figure === figure.id).map((note) => note.text),
      relatedFigures: figure.relatedFigures,
      url: absolute(routes.figure(story.slug, figure.id)),
    })),
    rows: chartRows(story, panel, origin),
  };
}
