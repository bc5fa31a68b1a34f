/**
 * The figure reports of a chart panel as flat rows: one row per report, the article's first and later
 * ones after in date order. The table, the CSV and the JSON download all come from these rows, so the
 * chart, the table and the files carry the same reports.
 */
import { routes } from '../routes';
import type { Figure, FigureReport, Story } from '../../story/types';
import type { ChartPanel } from './types';
import { outsideTiming, statusLabel, valueTypeLabel, type OutsideTiming, type ValueType } from '../vocabulary';
import { drawnBounds } from './wording';

export interface ChartRow {
  panel: ChartPanel;
  figureId: string;
  figureLabel: string;
  subject: string;
  unit: Figure['unit'];
  reportId: string;
  origin: 'article' | 'external';
  date: string;
  /** "before" when the source only says the number came before its date. */
  dateQualifier: 'on' | 'before';
  valueText: string;
  valueType: ValueType;
  kind: string;
  value: number | null;
  min: number | null;
  max: number | null;
  drawnMin: number;
  drawnMax: number | null;
  rangeReason: string | null;
  /** Who gave the number, and the channel it came through: "Almaty police via Khabar 24". */
  source: string;
  claimant: string;
  via: string | null;
  confirmation: FigureReport['confirmation'];
  confirmationLabel: string;
  confirmationNote: string | null;
  summary: string | null;
  excerpt: string | null;
  articleText: string | null;
  blockId: string | null;
  paragraphUrl: string | null;
  outlet: string | null;
  title: string | null;
  publishedDate: string | null;
  /** Whether a report from outside the article came out before it or after it; null for the article's own. */
  timing: OutsideTiming | null;
  url: string | null;
}

/**
 * The figures a panel shows, in the order the article reports them (by the paragraph and position of
 * their first excerpt); figures the article has no number for (only later reports) come last.
 */
export function panelFigures(story: Story, panel: ChartPanel): Figure[] {
  const blockIndex = new Map(story.blocks.map((block, index) => [block.id, index]));
  const position = (figure: Figure): [number, number] => {
    const first = figure.reports.find((report) => report.origin === 'article');
    if (!first || first.origin !== 'article') return [Infinity, 0];
    const block = story.blocks[blockIndex.get(first.citation.blockId) ?? -1];
    const offset = block ? block.text.replace(/\s+/g, ' ').indexOf(first.citation.articleText) : 0;
    return [blockIndex.get(first.citation.blockId) ?? Infinity, Math.max(0, offset)];
  };
  return story.figures
    .filter((figure) => figure.panel === panel)
    .map((figure, index) => ({ figure, index, at: position(figure) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.index - b.index)
    .map(({ figure }) => figure);
}

/** The article's reports first, then later ones by date ("before" a day sorts ahead of that day). */
function orderedReports(figure: Figure): FigureReport[] {
  const key = (report: FigureReport) =>
    `${report.origin === 'article' ? 0 : 1}|${report.date}|${report.origin === 'external' && report.dateQualifier === 'before' ? 0 : 1}`;
  return figure.reports
    .map((report, index) => ({ report, index }))
    .sort((a, b) => key(a.report).localeCompare(key(b.report)) || a.index - b.index)
    .map(({ report }) => report);
}

/** A report and its row: what one lane of a chart draws, and what the table lists for it. */
export interface Lane {
  report: FigureReport;
  row: ChartRow;
}

/** A figure's reports in order, each made into its row in the same pass, so every lane has its row. */
export function reportLanes(story: Story, panel: ChartPanel, figure: Figure, origin?: string): Lane[] {
  const names = new Map(story.actors.map((actor) => [actor.id, actor.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const absolute = (path: string) => (origin ? new URL(path, origin).href : path);
  const reportRow = (report: FigureReport): ChartRow => {
    const { value } = report;
    const bounds = drawnBounds(value);
    const common = {
      panel,
      figureId: figure.id,
      figureLabel: figure.label,
      subject: figure.subject,
      unit: figure.unit,
      reportId: report.id,
      date: report.date,
      valueText: value.text,
      valueType: value.type,
      kind: valueTypeLabel(value.type),
      value: value.type === 'exact' ? value.value : null,
      min: value.type === 'exact' ? null : value.min,
      max: value.type === 'upper-bound' || value.type === 'vague' ? value.max : null,
      drawnMin: bounds.min,
      drawnMax: bounds.max,
      rangeReason: value.type === 'upper-bound' || value.type === 'vague' ? value.rangeReason : null,
      confirmation: report.confirmation,
      confirmationLabel: statusLabel(report.confirmation),
    };
    if (report.origin === 'article') {
      const claimant = nameOf(report.claimant);
      const via = report.via ? nameOf(report.via) : null;
      return {
        ...common,
        origin: 'article',
        dateQualifier: 'on',
        source: via ? `${claimant} via ${via}` : claimant,
        claimant,
        via,
        confirmationNote: report.confirmationNote,
        summary: null,
        excerpt: report.excerpt,
        articleText: report.citation.articleText,
        blockId: report.citation.blockId,
        paragraphUrl: absolute(routes.paragraph(story.slug, report.citation.blockId)),
        outlet: null,
        title: null,
        publishedDate: null,
        timing: null,
        url: null,
      };
    }
    return {
      ...common,
      origin: 'external',
      dateQualifier: report.dateQualifier,
      source: report.claimantName,
      claimant: report.claimantName,
      via: null,
      confirmationNote: null,
      summary: report.summary,
      excerpt: null,
      articleText: null,
      blockId: null,
      paragraphUrl: null,
      outlet: report.outlet,
      title: report.title,
      publishedDate: report.publishedDate,
      timing: outsideTiming(report.publishedDate, story.meta.published),
      url: report.url,
    };
  };
  return orderedReports(figure).map((report) => ({ report, row: reportRow(report) }));
}

/** Every report of the panel as a row, figure by figure: the table, the CSV and the JSON download. */
export function chartRows(story: Story, panel: ChartPanel, origin?: string): ChartRow[] {
  return panelFigures(story, panel).flatMap((figure) => reportLanes(story, panel, figure, origin).map(({ row }) => row));
}
