/** Turns a panel's figures into lane groups, pairing each report with its table row. */
import type { Figure, Story } from '../model/types';
import type { LaneGroup } from './lanes';
import { chartRows, orderedReports, type ChartRow } from './rows';
import type { ChartPanel } from './types';

export function laneGroups(story: Story, panel: ChartPanel, figures: Figure[], origin?: string): LaneGroup[] {
  const rows = chartRows(story, panel, origin);
  const rowOf = (figureId: string, reportId: string): ChartRow => {
    const row = rows.find((candidate) => candidate.figureId === figureId && candidate.reportId === reportId);
    if (!row) throw new Error(`No chart row for figure "${figureId}" report "${reportId}"`);
    return row;
  };
  return figures.map((figure) => ({
    figure,
    lanes: orderedReports(figure).map((report) => ({ report, row: rowOf(figure.id, report.id) })),
  }));
}

/** The site's name as charts credit it. */
export const SITE_NAME = 'Kazakhstan unrest: a reader';
