/**
 * The rows behind the chart, its table and its downloads: every figure report once, the article's
 * first, later ones after by date, and later ones never carrying an excerpt or a paragraph link.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, rowsToCsv } from '../../src/views/charts/downloads';
import { chartRows, panelFigures } from '../../src/views/charts/rows';
import { storyPanels } from '../../src/views/charts/registry';
import { routes } from '../../src/views/routes';
import { projectRoot } from '../support/build-site';
import { parseCsv } from '../support/csv';
import { storyFromFiles } from '../support/story-from-files';
import { REPORT } from '../support/fixture-stories';

const slug = REPORT.slug;
const story = storyFromFiles(resolve(projectRoot, REPORT.root), slug);

describe.each(storyPanels(story))('the %s rows', (panel) => {
  const rows = chartRows(story, panel);
  const figures = panelFigures(story, panel);

  it('hold every report of every figure on the panel exactly once', () => {
    const expected = figures.flatMap((figure) => figure.reports.map((report) => `${figure.id}/${report.id}`)).sort();
    expect(rows.map((row) => `${row.figureId}/${row.reportId}`).sort()).toEqual(expected);
    expect(new Set(story.figures.filter((figure) => figure.panel === panel).map((figure) => figure.id))).toEqual(new Set(figures.map((figure) => figure.id)));
  });

  it('put the article’s reports first in each figure and later ones after, oldest first', () => {
    for (const figure of figures) {
      const own = rows.filter((row) => row.figureId === figure.id);
      const firstExternal = own.findIndex((row) => row.origin === 'external');
      if (firstExternal >= 0) expect(own.slice(firstExternal).every((row) => row.origin === 'external')).toBe(true);
      const dates = own.filter((row) => row.origin === 'external').map((row) => row.date);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('link every article row to the paragraph its excerpt is in', () => {
    const blocks = new Map(story.blocks.map((block) => [block.id, block.text.replace(/\s+/g, ' ')]));
    for (const row of rows.filter((candidate) => candidate.origin === 'article')) {
      expect(row.paragraphUrl).toBe(routes.paragraph(slug, row.blockId!));
      expect(blocks.get(row.blockId!)).toContain(row.articleText);
    }
  });

  it('keep later rows apart: no excerpt or paragraph, but outlet, title, date and link', () => {
    for (const row of rows.filter((candidate) => candidate.origin === 'external')) {
      expect([row.excerpt, row.articleText, row.blockId, row.paragraphUrl]).toEqual([null, null, null, null]);
      expect(row.outlet).toBeTruthy();
      expect(row.title).toBeTruthy();
      expect(row.publishedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.url).toMatch(/^https:\/\//);
    }
  });

  it('write a CSV that reads back to the same rows, commas and quotes included', () => {
    const parsed = parseCsv(rowsToCsv(chartRows(story, panel, 'https://example.org')));
    expect(parsed[0]).toEqual([...CSV_COLUMNS]);
    expect(parsed).toHaveLength(rows.length + 1);
    const absolute = chartRows(story, panel, 'https://example.org');
    parsed.slice(1).forEach((fields, index) => {
      const row = absolute[index];
      CSV_COLUMNS.forEach((column, at) => expect(fields[at], column).toBe(row[column] === null ? '' : String(row[column])));
    });
  });
});

describe('the casualty figures', () => {
  it('come in the order the article reports them, the figure with only later reports last', () => {
    expect(panelFigures(story, 'casualties').map((figure) => figure.id)).toEqual([
      'protesters-killed',
      'officers-killed',
      'officers-beheaded',
      'people-injured',
      'people-killed',
    ]);
  });

  it('name the claimant and the channel of a second-hand number', () => {
    const dozens = chartRows(story, 'casualties').find((row) => row.reportId === 'almaty-police-dozens')!;
    expect(dozens).toMatchObject({ source: 'Almaty police via Khabar 24', valueText: 'dozens', valueType: 'vague', drawnMin: 24, drawnMax: 99, confirmation: 'unconfirmed' });
  });

  it('count all deaths only in later reports', () => {
    const killed = chartRows(story, 'casualties').filter((row) => row.figureId === 'people-killed');
    expect(killed.length).toBeGreaterThan(0);
    expect(killed.every((row) => row.origin === 'external')).toBe(true);
  });
});
