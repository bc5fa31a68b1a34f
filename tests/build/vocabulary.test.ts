/**
 * One fact reads the same everywhere: every status, kind of number, event category and relation type is
 * the vocabulary's words (src/views/vocabulary.ts) on every page, table, chart mark, download and search
 * entry that shows it. Walks every built story and every datum of it, so no story or id is assumed; each
 * place is its own test, which fails when it words a value otherwise or when it finds nothing to compare.
 *
 * Where a page sets a label inside a sentence it is lower-cased there ("Given on 6 January 2022: exact
 * number."); the test then expects the vocabulary's label lower-cased, and nothing else.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { anchors } from '../../src/views/anchors';
import { relationFamilies } from '../../src/views/graph/vocabulary';
import { routes } from '../../src/views/routes';
import {
  eventCategories,
  eventStatuses,
  LATER_REPORTS,
  outsideCategoryLabel,
  outsideTimings,
  relationLabel,
  relationTypes,
  statusLabel,
  valueTypeLabel,
  type EventStatus,
  type RelationType,
  type Status,
  type TimelineCategory,
  type ValueType,
} from '../../src/views/vocabulary';
import type { Story } from '../../src/story/types';
import { projectRoot } from '../support/build-site';
import { csvRecords } from '../support/csv';
import { searchFragments, type SearchFragment } from '../support/search-index';
import { listPages, loadPage, siteDir } from '../support/site';
import { storyFromFiles } from '../support/story-from-files';

const contentDir = join(projectRoot, 'content');

const text = (value: string) => value.replace(/\s+/g, ' ').trim();
type Selection = ReturnType<CheerioAPI>;

const fragment = (href: string) => decodeURIComponent(href.slice(href.indexOf('#') + 1));
/** An element's words without the parts given: notes, or marks hidden from assistive technology. */
const wordsWithout = (element: Selection, selector: string) => {
  const copy = element.clone();
  copy.find(selector).remove();
  return text(copy.text());
};

interface JsonRow {
  panel: string;
  figureId: string;
  reportId: string;
  origin: 'article' | 'external';
  valueText: string;
  valueType: ValueType;
  kind: string;
  confirmation: Status;
  confirmationLabel: string;
}

/** The slugs of every story the build has a ledger and a charts page for. */
function builtStories(): string[] {
  const dir = join(siteDir(), 'stories');
  return readdirSync(dir).filter((slug) => existsSync(join(dir, slug, 'claims', 'index.html')) && existsSync(join(dir, slug, 'charts', 'index.html')));
}

const stories = new Map<string, Story>();
function story(slug: string): Story {
  if (!stories.has(slug)) stories.set(slug, storyFromFiles(contentDir, slug));
  return stories.get(slug)!;
}

const pages = new Map<string, CheerioAPI>();
function page(path: string): CheerioAPI {
  if (!pages.has(path)) pages.set(path, loadPage(path));
  return pages.get(path)!;
}

/** The month pages of the timeline of all stories. */
const timelineMonthPages = () => listPages().filter((path) => /^\/timeline\/\d{4}-\d{2}\/$/.test(path));

/** The month page of the timeline of all stories that holds the entry with this id: exactly one does. */
function allStoriesPage(id: string): string {
  const holding = timelineMonthPages().filter((path) => page(path)(`li[id="${id}"]`).length > 0);
  expect(holding, `month pages holding #${id}`).toHaveLength(1);
  return holding[0];
}

const rowKey = (figureId: string, reportId: string) => `${figureId}/${reportId}`;

/** Every chart panel's downloads of a story: the JSON rows, and the CSV rows by figure and report. */
function downloads(slug: string) {
  const chartsDir = join(siteDir(), 'stories', slug, 'charts');
  return readdirSync(chartsDir)
    .filter((name) => name.endsWith('.json'))
    .map((file) => {
      const rows = (JSON.parse(readFileSync(join(chartsDir, file), 'utf8')) as { rows: JsonRow[] }).rows;
      const csv = csvRecords(readFileSync(join(chartsDir, file.replace(/\.json$/, '.csv')), 'utf8'));
      return { file, rows, csv: new Map(csv.map((row) => [rowKey(row.figureId, row.reportId), row])) };
    });
}

/** Every figure report of a story as its downloads give it, by figure and report. */
function reportRows(slug: string): Map<string, JsonRow> {
  return new Map(downloads(slug).flatMap(({ rows }) => rows.map((row) => [rowKey(row.figureId, row.reportId), row] as const)));
}

/** A cell of a chart table's report row, without its notes. */
function tableCell($: CheerioAPI, figureId: string, reportId: string, column: string): string {
  const group = $(`[id="${fragment(routes.figure('x', figureId))}"]`).closest('tbody');
  return wordsWithout(group.find(`tr[data-report="${reportId}"] td[data-label="${column}"]`), '.cell-note');
}

/** Every search entry of a story, by the URL it leads to. */
function searchEntries(slug: string): Map<string, SearchFragment> {
  const prefix = routes.story(slug);
  return new Map(searchFragments().filter((entry) => entry.url.startsWith(prefix)).map((entry) => [entry.url, entry]));
}

/** Every actor profile of a story. */
const profiles = (slug: string) => story(slug).actors.map((actor) => routes.actor(slug, actor.id));

/** Counts the places compared and keeps each mismatch with where it is. */
class Comparison {
  count = 0;
  readonly mismatches: string[] = [];

  same(where: string, shown: string | undefined, expected: string) {
    this.count += 1;
    if (shown !== expected) this.mismatches.push(`${where}: shows ${JSON.stringify(shown)}, the vocabulary says ${JSON.stringify(expected)}`);
  }

  /** `shown` holds `expected` as written (for a label inside longer words: a tooltip, a search entry). */
  holds(where: string, shown: string | undefined, expected: string) {
    this.count += 1;
    if (!shown?.includes(expected)) this.mismatches.push(`${where}: ${JSON.stringify(shown)} does not hold ${JSON.stringify(expected)}`);
  }

  check(what: string) {
    expect(this.count, `${what}: places compared across the built stories`).toBeGreaterThan(0);
    expect(this.mismatches, what).toEqual([]);
  }
}

describe('one status, one wording', () => {
  it('words each figure report’s status alike on the chart table, the downloads, the ledger and the profile', () => {
    let checked = 0;
    for (const slug of builtStories()) {
      const charts = loadPage(routes.charts(slug));
      const ledger = loadPage(routes.claims(slug));
      for (const { rows, csv } of downloads(slug)) {
        for (const row of rows) {
          const where = `${slug} ${row.figureId}/${row.reportId}`;
          const label = statusLabel(row.confirmation);
          expect(row.confirmationLabel, `${where}: JSON`).toBe(label);
          const csvRow = csv.get(rowKey(row.figureId, row.reportId));
          expect(csvRow?.confirmation, `${where}: CSV`).toBe(row.confirmation);
          expect(csvRow?.confirmationLabel, `${where}: CSV`).toBe(label);
          expect(tableCell(charts, row.figureId, row.reportId, 'Status'), `${where}: chart table`).toBe(label);
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
      for (const claim of story(slug).claims) {
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

  it('words each claim’s and figure report’s status alike in its search entry', () => {
    const comparison = new Comparison();
    for (const slug of builtStories()) {
      const entries = searchEntries(slug);
      for (const claim of story(slug).claims) {
        const url = routes.claim(slug, claim.id);
        comparison.holds(`${url} search entry`, entries.get(url)?.content, `Status: ${statusLabel(claim.status)}.`);
      }
      for (const row of reportRows(slug).values()) {
        const url = routes.claimFigureReport(slug, row.figureId, row.reportId);
        comparison.holds(`${url} search entry`, entries.get(url)?.content, `Status: ${statusLabel(row.confirmation)}.`);
      }
    }
    comparison.check('statuses in the search entries');
  });

  it('words each later report’s status alike on the story’s timeline and the timeline of all stories', () => {
    const comparison = new Comparison();
    for (const slug of builtStories()) {
      for (const row of reportRows(slug).values()) {
        if (row.origin !== 'external') continue;
        const anchor = anchors.laterReport(row.figureId, row.reportId);
        const expected = `(status: ${statusLabel(row.confirmation).toLowerCase()})`;
        const status = ($: CheerioAPI, id: string) => text($(`li[id="${id}"] .tl-confirmation`).text());
        comparison.same(`${routes.timeline(slug)}#${anchor}`, status(page(routes.timeline(slug)), anchor), expected);
        const inAll = anchors.inAllStories(slug, anchor);
        comparison.same(`${allStoriesPage(inAll)}#${inAll}`, status(page(allStoriesPage(inAll)), inAll), expected);
      }
    }
    comparison.check('statuses on the timelines');
  });

  it('words each figure report’s status alike in every chart mark’s tooltip and accessible name', () => {
    const comparison = new Comparison();
    eachChartMark((where, mark, row) => {
      const label = statusLabel(row.confirmation);
      comparison.same(`${where}: tooltip`, (mark.attr('data-tip') ?? '').split('\n').find((line) => line.startsWith('Status: ')), `Status: ${label}`);
      comparison.holds(`${where}: accessible name`, mark.attr('aria-label'), `. ${label}. `);
    });
    comparison.check('statuses of the chart marks');
  });
});

/**
 * Every chart mark of a report, wherever a chart is drawn: the charts page, each embed of each panel and
 * the SVG download. Marks that stand for no single report (a member state on the map) are left out.
 */
function eachChartMark(visit: (where: string, mark: Selection, row: JsonRow) => void) {
  for (const slug of builtStories()) {
    const rows = reportRows(slug);
    const panels = [...new Set([...rows.values()].map((row) => row.panel))];
    const drawings: [string, CheerioAPI][] = [
      [routes.charts(slug), page(routes.charts(slug))],
      ...panels.flatMap((panel) => listPages().filter((path) => path.startsWith(routes.embed(slug, panel)))).map((path): [string, CheerioAPI] => [path, page(path)]),
      ...panels.map((panel): [string, CheerioAPI] => {
        const file = routes.chartFile(slug, panel, 'svg');
        return [file, load(readFileSync(join(siteDir(), file), 'utf8'), { xml: true })];
      }),
    ];
    for (const [path, $] of drawings) {
      $('a.chart-mark[data-report]').each((_, element) => {
        const mark = $(element);
        const key = rowKey(mark.attr('data-figure') ?? '', mark.attr('data-report') ?? '');
        const row = rows.get(key);
        if (!row) throw new Error(`${path}: a chart mark for ${key}, which no download lists`);
        visit(`${path} mark ${key}`, mark, row);
      });
    }
  }
}

describe('one kind of number, one wording', () => {
  it('words each report’s kind of number alike in the JSON and CSV downloads', () => {
    const comparison = new Comparison();
    for (const slug of builtStories()) {
      for (const { file, rows, csv } of downloads(slug)) {
        for (const row of rows) {
          const where = `${slug} ${file} ${row.figureId}/${row.reportId}`;
          const label = valueTypeLabel(row.valueType);
          comparison.same(`${where}: JSON kind`, row.kind, label);
          const csvRow = csv.get(rowKey(row.figureId, row.reportId));
          comparison.same(`${where}: CSV valueType`, csvRow?.valueType, row.valueType);
          comparison.same(`${where}: CSV kind`, csvRow?.kind, label);
        }
      }
    }
    comparison.check('kinds of number in the downloads');
  });

  it('words each report’s kind of number alike on the chart table', () => {
    const comparison = new Comparison();
    for (const slug of builtStories()) {
      const charts = page(routes.charts(slug));
      for (const row of reportRows(slug).values()) {
        comparison.same(`${slug} chart table ${row.figureId}/${row.reportId}`, tableCell(charts, row.figureId, row.reportId, 'Kind of number'), valueTypeLabel(row.valueType));
      }
    }
    comparison.check('kinds of number on the chart tables');
  });

  it('words each report’s kind of number alike in every chart mark’s tooltip and accessible name', () => {
    const comparison = new Comparison();
    eachChartMark((where, mark, row) => {
      const label = valueTypeLabel(row.valueType);
      comparison.same(`${where}: data-kind`, mark.attr('data-kind'), row.valueType);
      const [, value = ''] = (mark.attr('data-tip') ?? '').split('\n');
      comparison.holds(`${where}: tooltip`, value, ` · ${label}, `);
      comparison.holds(`${where}: accessible name`, mark.attr('aria-label'), `. ${label}, `);
    });
    comparison.check('kinds of number of the chart marks');
  });

  it('words each report’s kind of number alike in the claims ledger', () => {
    const comparison = new Comparison();
    for (const slug of builtStories()) {
      const ledger = page(routes.claims(slug));
      for (const row of reportRows(slug).values()) {
        const shown = text(ledger(`tr[id="${fragment(routes.claimFigureReport(slug, row.figureId, row.reportId))}"] .ledger-value`).text());
        const label = valueTypeLabel(row.valueType).toLowerCase();
        const where = `${slug} ledger ${row.figureId}/${row.reportId}`;
        if (row.origin === 'article') comparison.same(where, shown, `Reported as “${row.valueText}”: ${label}.`);
        else comparison.same(where, shown, `${row.valueText} (${label})`);
      }
    }
    comparison.check('kinds of number in the ledgers');
  });

  it('words each report’s kind of number alike on every profile that lists it', () => {
    const comparison = new Comparison();
    for (const slug of builtStories()) {
      const rows = reportRows(slug);
      for (const profile of profiles(slug)) {
        const $ = page(profile);
        $('li.report-item').each((_, element) => {
          const item = $(element);
          const key = rowKey(item.attr('data-figure') ?? '', item.attr('data-report') ?? '');
          const row = rows.get(key);
          if (!row) throw new Error(`${profile}: a report ${key} that no download lists`);
          const meta = wordsWithout(item.find('.report-meta'), '.claim-status');
          comparison.same(`${profile} ${key}`, meta.slice(meta.lastIndexOf(': ') + 2), `${valueTypeLabel(row.valueType).toLowerCase()}.`);
        });
      }
    }
    comparison.check('kinds of number on the profiles');
  });

  it('words each report’s kind of number alike in its search entry', () => {
    const comparison = new Comparison();
    for (const slug of builtStories()) {
      const entries = searchEntries(slug);
      for (const row of reportRows(slug).values()) {
        const url = routes.claimFigureReport(slug, row.figureId, row.reportId);
        comparison.holds(`${url} search entry`, entries.get(url)?.content, ` ${valueTypeLabel(row.valueType)}. Status: `);
      }
    }
    comparison.check('kinds of number in the search entries');
  });
});

/** A category's label on a timeline of these stories: outside reports are named from when they came out. */
function categoryLabel(category: TimelineCategory, slugs: readonly string[]): string {
  return category === LATER_REPORTS ? outsideCategoryLabel(slugs.flatMap((slug) => outsideTimings(story(slug)))) : eventCategories[category]!.label;
}

/** Each timeline entry of a story by its anchor, with the category it should show. */
function timelineCategories(slug: string): [string, TimelineCategory][] {
  const { events, figures, laterEvents } = story(slug);
  return [
    ...events.map((event): [string, TimelineCategory] => [anchors.event(event.id), event.category]),
    ...figures.flatMap((figure) => figure.reports.flatMap((report): [string, TimelineCategory][] => (report.origin === 'external' ? [[anchors.laterReport(figure.id, report.id), LATER_REPORTS]] : []))),
    ...laterEvents.map((later): [string, TimelineCategory] => [anchors.laterEvent(later.id), LATER_REPORTS]),
  ];
}

describe('one event category, one wording', () => {
  it('words each entry’s category alike on the story’s timeline and the timeline of all stories', () => {
    const comparison = new Comparison();
    for (const slug of builtStories()) {
      for (const [anchor, category] of timelineCategories(slug)) {
        for (const [path, id, label] of [
          [routes.timeline(slug), anchor, categoryLabel(category, [slug])],
          [allStoriesPage(anchors.inAllStories(slug, anchor)), anchors.inAllStories(slug, anchor), categoryLabel(category, builtStories())],
        ]) {
          const shown = page(path)(`li[id="${id}"] .tl-category`);
          comparison.same(`${path}#${id}: category`, shown.attr('data-category'), category);
          comparison.same(`${path}#${id}: label`, text(shown.text()), label);
        }
      }
    }
    comparison.check('categories of the timeline entries');
  });

  it('words each category alike in the timelines’ filters', () => {
    const comparison = new Comparison();
    const timelines = [...builtStories().map((slug) => [routes.timeline(slug), [slug]] as const), ...timelineMonthPages().map((path) => [path, builtStories()] as const)];
    expect(timelines.length).toBeGreaterThan(builtStories().length);
    for (const [path, slugs] of timelines) {
      const $ = page(path);
      $('#tl-filter-category option[value]').each((_, element) => {
        const option = $(element);
        const category = option.attr('value') as TimelineCategory;
        if (!category) return;
        const label = eventCategories[category] ? categoryLabel(category, [...slugs]) : `(no category "${category}" in the vocabulary)`;
        comparison.same(`${path} filter ${category}: data-label`, option.attr('data-label'), label);
        comparison.same(`${path} filter ${category}: option`, text(option.text()).replace(/ \(\d+\)$/, ''), label);
      });
    }
    comparison.check('categories in the timeline filters');
  });

  it('words each event’s category alike in its search entry', () => {
    const comparison = new Comparison();
    for (const slug of builtStories()) {
      const entries = searchEntries(slug);
      for (const event of story(slug).events) {
        const url = routes.event(slug, event.id);
        // The entry runs: the article's words, the date as the article words it, the category, the place…
        comparison.holds(`${url} search entry`, entries.get(url)?.content, ` ${event.date.phrase} ${eventCategories[event.category].label}`);
      }
    }
    comparison.check('categories in the search entries');
  });
});

describe('one event status, one wording', () => {
  /** The vocabulary's words for an event not yet happened at the time of the report, as they open a phrase. */
  const notYet = (Object.keys(eventStatuses) as EventStatus[]).filter((status) => status !== 'reported').map((status) => eventStatuses[status].label.toLowerCase());
  /** The status word a place opens with ("scheduled for the week of …"), or '' for none. */
  const openedBy = (shown: string) => notYet.find((word) => shown === word || shown.startsWith(`${word} `)) ?? '';

  it('words each event’s status alike on both timelines, their marks and the profiles of those in it', () => {
    const comparison = new Comparison();
    for (const slug of builtStories()) {
      for (const event of story(slug).events) {
        const expected = event.status === 'reported' ? '' : eventStatuses[event.status].label.toLowerCase();
        const anchor = anchors.event(event.id);
        for (const [path, id] of [
          [routes.timeline(slug), anchor],
          [allStoriesPage(anchors.inAllStories(slug, anchor)), anchors.inAllStories(slug, anchor)],
        ]) {
          const $ = page(path);
          comparison.same(`${path}#${id}: date`, openedBy(text($(`li[id="${id}"] .tl-date time`).text()).toLowerCase()), expected);
          comparison.same(`${path}#${id}: mark`, openedBy(text($(`g.tl-mark[data-entry="${id}"] > title`).first().text()).toLowerCase()), expected);
        }
        for (const actor of event.actors) {
          // "— the article: “next week” (scheduled)"
          const when = text(page(routes.actor(slug, actor))(`li.event-item[data-event="${event.id}"] .event-when`).text());
          comparison.same(`${routes.actor(slug, actor)} event ${event.id}`, openedBy(when.match(/\(([^()]*)\)$/)?.[1] ?? ''), expected);
        }
      }
    }
    comparison.check('event statuses');
  });
});

describe('one relation type, one wording', () => {
  it('words each relation alike in the lists of the who’s who page and of both ends’ profiles', () => {
    const comparison = new Comparison();
    for (const slug of builtStories()) {
      for (const relation of story(slug).relations) {
        for (const path of [routes.actors(slug), routes.actor(slug, relation.from), routes.actor(slug, relation.to)]) {
          const item = page(path)(`li[id="${anchors.relation(relation.id)}"]`);
          const where = `${path}#${anchors.relation(relation.id)}`;
          comparison.same(`${where}: verb`, wordsWithout(item.find('.relation-verb'), '[aria-hidden="true"]'), relationLabel(relation.type));
          const heading = text(item.closest('section').find('.relation-group-title').first().text());
          comparison.same(`${where}: group`, heading.replace(/ \(\d+\)$/, ''), relationTypes[relation.type].heading);
        }
      }
    }
    comparison.check('relation types in the relation lists');
  });

  it('words each relation alike on the graph’s lines, in their tooltips and in the graph’s key', () => {
    const comparison = new Comparison();
    for (const slug of builtStories()) {
      const { actors, relations } = story(slug);
      const names = new Map(actors.map((actor) => [actor.id, actor.name]));
      const byId = new Map(relations.map((relation) => [relation.id, relation]));
      for (const path of [routes.actors(slug), ...profiles(slug)]) {
        const $ = page(path);
        $('[data-actor-graph] g.graph-edge[data-relation]').each((_, element) => {
          const relation = byId.get($(element).attr('data-relation') ?? '');
          const where = `${path} graph line ${$(element).attr('data-relation')}`;
          if (!relation) throw new Error(`${where}: no such relation in the story`);
          comparison.same(`${where}: tooltip`, text($(element).children('title').text()), `${names.get(relation.from)} ${relationLabel(relation.type)} ${names.get(relation.to)}`);
        });
        $('[data-actor-graph] text.edge-label').each((_, element) => {
          const relation = byId.get($(element).attr('data-relation') ?? '');
          const where = `${path} graph label ${$(element).attr('data-relation')}`;
          comparison.same(where, text($(element).text()), relation ? relationLabel(relation.type) : '(no relation)');
        });
        // The key names, per family, the types the graph draws (no type that is not on it), in the family's order.
        const drawn = new Set(
          $('[data-actor-graph] g.graph-edge[data-relation]')
            .toArray()
            .map((element) => byId.get($(element).attr('data-relation') ?? '')?.type),
        );
        for (const family of relationFamilies) {
          const item = $('.graph-legend li').filter((_, element) => $(element).find(`g.graph-edge.family-${family.id}`).length > 0);
          const expected = family.types.filter((type: RelationType) => drawn.has(type)).map((type: RelationType) => relationLabel(type)).join(', ');
          const shown = item.length > 0 ? text(item.first().find('.graph-legend-types').text()) : '';
          comparison.same(`${path} graph key ${family.id}`, shown, expected);
        }
      }
    }
    comparison.check('relation types on the graphs');
  });
});
