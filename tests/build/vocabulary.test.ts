/**
 * One fact reads the same everywhere: the status of each figure report is the same words on the charts
 * page's table, in its JSON and CSV downloads, in the claims ledger and on the profile of whoever gave
 * it, and a claim's status is the same in the ledger and on its speaker's profile. Walks every built
 * story and every report, so no story or id is assumed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/views/routes';
import { statusLabel, type Status } from '../../src/views/vocabulary';
import { projectRoot } from '../support/build-site';
import { loadPage, siteDir } from '../support/site';
import { storyFromFiles } from '../support/story-from-files';

const contentDir = join(projectRoot, 'content');

const text = (value: string) => value.replace(/\s+/g, ' ').trim();
const fragment = (href: string) => decodeURIComponent(href.slice(href.indexOf('#') + 1));

interface JsonRow {
  figureId: string;
  reportId: string;
  origin: 'article' | 'external';
  confirmation: Status;
  confirmationLabel: string;
}

/** The slugs of every story the build has a ledger and a charts page for. */
function builtStories(): string[] {
  const dir = join(siteDir(), 'stories');
  return readdirSync(dir).filter((slug) => existsSync(join(dir, slug, 'claims', 'index.html')) && existsSync(join(dir, slug, 'charts', 'index.html')));
}

/** The status words of a chart table's row, without its site's note. */
function tableStatus($: CheerioAPI, figureId: string, reportId: string): string {
  const group = $(`[id="${fragment(routes.figure('x', figureId))}"]`).closest('tbody');
  const cell = group.find(`tr[data-report="${reportId}"] td[data-label="Status"]`).clone();
  cell.find('.cell-note').remove();
  return text(cell.text());
}

describe('one status, one wording', () => {
  it('words each figure report’s status alike on the chart table, the downloads, the ledger and the profile', () => {
    let checked = 0;
    for (const slug of builtStories()) {
      const charts = loadPage(routes.charts(slug));
      const ledger = loadPage(routes.claims(slug));
      const chartsDir = join(siteDir(), 'stories', slug, 'charts');
      for (const file of readdirSync(chartsDir).filter((name) => name.endsWith('.json'))) {
        const rows = (JSON.parse(readFileSync(join(chartsDir, file), 'utf8')) as { rows: JsonRow[] }).rows;
        const csv = readFileSync(join(chartsDir, file.replace(/\.json$/, '.csv')), 'utf8');
        for (const row of rows) {
          const where = `${slug} ${row.figureId}/${row.reportId}`;
          const label = statusLabel(row.confirmation);
          expect(row.confirmationLabel, `${where}: JSON`).toBe(label);
          expect(csv, `${where}: CSV`).toContain(`,${row.confirmation},${label},`);
          expect(tableStatus(charts, row.figureId, row.reportId), `${where}: chart table`).toBe(label);
          const ledgerRow = ledger(`tr[id="${fragment(routes.claimFigureReport(slug, row.figureId, row.reportId))}"]`);
          expect(text(ledgerRow.find('.ledger-badge').text()), `${where}: ledger`).toBe(label);
          if (row.origin === 'article') {
            const speaker = ledgerRow.find('[data-label="Who said it"] a').first().attr('href') ?? '';
            expect(speaker, `${where}: the ledger links the speaker`).toMatch(/\/actors\//);
            const item = loadPage(speaker)(`li.report-item[data-figure="${row.figureId}"][data-report="${row.reportId}"]`);
            expect(text(item.find('.claim-status').text()), `${where}: profile ${speaker}`).toBe(label);
          }
          checked += 1;
        }
      }
    }
    expect(checked, 'figure reports checked across the built stories').toBeGreaterThan(0);
  });

  it('words each claim’s status alike in the ledger and on its speaker’s profile', () => {
    let checked = 0;
    for (const slug of builtStories()) {
      const ledger = loadPage(routes.claims(slug));
      for (const claim of storyFromFiles(contentDir, slug).claims) {
        const label = statusLabel(claim.status);
        const row = ledger(`tr[id="${fragment(routes.claim(slug, claim.id))}"]`);
        expect(text(row.find('.ledger-badge').text()), `${slug} claim ${claim.id}: ledger`).toBe(label);
        const item = loadPage(routes.actor(slug, claim.speaker))(`li.claim-item[data-claim="${claim.id}"]`);
        expect(text(item.find('.claim-status').text()), `${slug} claim ${claim.id}: profile of ${claim.speaker}`).toBe(label);
        checked += 1;
      }
    }
    expect(checked, 'claims checked across the built stories').toBeGreaterThan(0);
  });
});
