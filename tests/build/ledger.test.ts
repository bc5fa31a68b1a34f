/**
 * The claims ledger as built: every claim and every figure report of the story has its row, under the
 * anchor other pages link to; the article's rows quote the article verbatim and link to the paragraph
 * that holds the words; later reports sit apart, with outlet, date and link, and never quote the article.
 */
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../src/views/routes';
import { normalizeText } from '../../src/story/text';
import { loadPage, readPage } from '../support/site';
import { siteStories } from '../support/site-stories';

const fragment = (href: string) => href.slice(href.indexOf('#') + 1);
const stories = siteStories().filter((story) => story.claims.length + story.figures.length > 0);

it('finds stories with claims or figures to check', () => {
  expect(stories.length).toBeGreaterThan(0);
});

describe.each(stories.map((story) => [story.slug, story] as const))('the claims ledger of %s', (slug, story) => {
  let $: CheerioAPI;
  let article: CheerioAPI;
  beforeAll(() => {
    $ = loadPage(routes.claims(slug));
    article = loadPage(routes.story(slug));
  });

  /** Checks an article row: the quotation is in the paragraph the row links to, and the speaker is linked. */
  function expectArticleRow(rowId: string, speaker: string, via: string | undefined) {
    const row = $(`tr#${rowId}`);
    expect(row.length, `row #${rowId}`).toBe(1);
    expect(row.attr('data-origin')).toBe('article');
    const quote = normalizeText(row.find('blockquote').text());
    expect(quote.length).toBeGreaterThan(2);
    const paragraphLinks = row.find('a[data-paragraph-link]');
    expect(paragraphLinks.length, `#${rowId} links to its paragraph`).toBe(1);
    const href = paragraphLinks.attr('href') ?? '';
    expect(href.startsWith(routes.story(slug) + '#')).toBe(true);
    const paragraph = article(`[id="${fragment(href)}"]`);
    expect(paragraph.length, `${href} exists in the article`).toBe(1);
    expect(normalizeText(paragraph.text()), `the words of #${rowId} are in ${href}`).toContain(quote);
    const actors = row.find('td.ledger-who a[data-actor-link]').map((_, link) => $(link).attr('href')).get();
    expect(actors).toEqual([routes.actor(slug, speaker), ...(via ? [routes.actor(slug, via)] : [])]);
    // The site's one line is there and marked as the site's.
    expect(row.find('.site-words .site-words-label').first().text()).toMatch(/site’s/i);
  }

    it('has one row per claim and per figure report, and no other', () => {
      const expected = [
        ...story.claims.map((claim) => fragment(routes.claim(slug, claim.id))),
        ...story.figures.flatMap((figure) => figure.reports.map((report) => fragment(routes.claimFigureReport(slug, figure.id, report.id)))),
      ];
      const ids = $('tr[data-ledger-row]').map((_, row) => $(row).attr('id')).get();
      expect([...ids].sort()).toEqual([...expected].sort());
      expect(new Set(ids).size).toBe(ids.length);
    });

    if (story.claims.length > 0) it('quotes every claim verbatim, links its paragraph, speaker, channel, events and figures', () => {
      for (const claim of story.claims) {
        const rowId = fragment(routes.claim(slug, claim.id));
        expectArticleRow(rowId, claim.speaker, claim.via);
        const row = $(`tr#${rowId}`);
        expect(normalizeText(row.find('blockquote').text())).toBe(normalizeText(claim.citation.articleText));
        const events = row.find('a[data-event-link]').map((_, link) => $(link).attr('href')).get();
        expect(events).toEqual(claim.events.map((id) => routes.event(slug, id)));
        const figures = row.find('a[data-figure-link]').map((_, link) => $(link).attr('href')).get();
        expect(figures).toEqual(claim.figures.map((id) => routes.figure(slug, id)));
      }
    });

    const articleReports = story.figures.flatMap((figure) => figure.reports.flatMap((report) => (report.origin === 'article' ? [{ figure, report }] : [])));
    if (articleReports.length > 0) it('quotes every figure report of the article verbatim with its paragraph, claimant and chart mark', () => {
      for (const { figure, report } of articleReports) {
        const rowId = fragment(routes.claimFigureReport(slug, figure.id, report.id));
        expectArticleRow(rowId, report.claimant, report.via);
        const row = $(`tr#${rowId}`);
        expect(normalizeText(row.find('blockquote').text())).toBe(normalizeText(report.citation.articleText));
        expect(row.find('a[data-figure-link]').attr('href')).toBe(routes.figure(slug, figure.id));
        // A vague number is shown as worded, with its vagueness.
        expect(row.text()).toContain(report.value.text);
      }
    });

    const later = story.figures.flatMap((figure) => figure.reports.flatMap((report) => (report.origin === 'external' ? [{ figure, report }] : [])));
    if (later.length > 0) it('shows later reports apart, with outlet, date and link, never attached to an article excerpt', () => {
      for (const { figure, report } of later) {
        const row = $(`tr#${fragment(routes.claimFigureReport(slug, figure.id, report.id))}`);
        expect(row.length).toBe(1);
        expect(row.attr('data-origin')).toBe('external');
        expect(row.hasClass('later-report')).toBe(true);
        expect(row.find('a[data-outlet-link]').attr('href')).toBe(report.url);
        expect(row.text()).toContain(report.outlet);
        expect(row.find(`time[datetime="${report.publishedDate}"]`).length).toBeGreaterThan(0);
        expect(row.find('blockquote').length, 'no article excerpt').toBe(0);
        expect(row.find('a[data-paragraph-link]').length, 'no paragraph link').toBe(0);
        expect(row.find('.later-report-label').text()).toMatch(/not in the article/i);
      }
    });

    it('gives every row its status', () => {
      $('tr[data-ledger-row]').each((_, element) => {
        const row = $(element);
        expect(row.attr('data-status'), row.attr('id')).toMatch(/^[a-z-]+$/);
        expect(row.find('.ledger-badge').text().trim().length, row.attr('id')).toBeGreaterThan(0);
      });
    });

    it('is grouped by speaker without JavaScript: each row under its speaker’s group', () => {
      expect($('table[data-ledger]').attr('data-grouping')).toBe('speaker');
      const bodies = $('table[data-ledger] > tbody');
      expect(bodies.length).toBe(new Set($('tr[data-ledger-row]').map((_, row) => $(row).attr('data-speaker')).get()).size);
      expect(bodies.length).toBeGreaterThan(0);
      bodies.each((_, body) => {
        const group = $(body).attr('data-group');
        $(body)
          .find('tr[data-ledger-row]')
          .each((_, row) => expect($(row).attr('data-speaker'), $(row).attr('id')).toBe(group));
      });
      // The control that regroups is a script's: marked so that it is not shown without scripting.
      expect($('fieldset[data-ledger-controls]').attr('data-needs-js')).toBeDefined();
    });

    it('carries its grouping data as JSON that is not executed, and no inline script', () => {
      const scripts = $('script:not([src])');
      expect(scripts.length).toBe(1);
      expect(scripts.attr('type')).toBe('application/json');
      const data = JSON.parse(scripts.text()) as { groupings: Record<string, { groups: { key: string }[] }> };
      expect(Object.keys(data.groupings).sort()).toEqual(['speaker', 'status', 'topic']);
      for (const [grouping, { groups }] of Object.entries(data.groupings)) {
        const attribute = `data-${grouping}`;
        const keys = new Set($(`tr[${attribute}]`).map((_, row) => $(row).attr(attribute)).get());
        expect(new Set(groups.map((group) => group.key)), grouping).toEqual(keys);
      }
    });

    it('ships a small grouping script', async () => {
      const { gzipSync } = await import('node:zlib');
      const sources = $('script[src]').map((_, script) => $(script).attr('src')).get();
      const ledgerScript = sources.find((src) => /LedgerTable|ledger/i.test(src));
      expect(ledgerScript).toBeDefined();
      expect(gzipSync(readPage(ledgerScript!)).length).toBeLessThan(10 * 1024);
    });
  });
