/**
 * The built timeline pages of every story in content/: every event of the data files is there with the
 * reporter's words and a link to the paragraph that holds them; every outside report is there too, kept
 * apart, with its outlet, date and link and never dressed as the article. Everything shows without
 * JavaScript. No story is named: each is read from its own files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normalizeText } from '../../src/story/text';
import { anchors } from '../../src/views/anchors';
import { routes } from '../../src/views/routes';
import { timelineMonthOf } from '../../src/views/timeline/months';
import { eventCategories } from '../../src/views/vocabulary';
import { projectRoot } from '../support/build-site';
import { loadPage } from '../support/site';

const slugs = readdirSync(resolve(projectRoot, 'content/articles')).map((file) => file.replace(/\.md$/, ''));

interface EventData {
  id: string;
  title: string;
  category: string;
  excerpt: string;
  actors: string[];
  figures?: string[];
  status?: string;
  date: { start: string; precision: string };
}
interface ExternalData {
  id: string;
  outlet: string;
  url: string;
  date: string;
  dateQualifier?: string;
  origin?: string;
}

describe.each(slugs)('%s', (SLUG) => {
  const TIMELINE = `/stories/${SLUG}/timeline/`;
  const ARTICLE = `/stories/${SLUG}/`;
  const file = (kind: string) => resolve(projectRoot, `content/stories/${SLUG}/${kind}.yaml`);
  const data = (kind: string) => (existsSync(file(kind)) ? (parse(readFileSync(file(kind), 'utf8')) ?? []) : []);
  const events: EventData[] = data('events');
  const figures: { id: string; reports: ExternalData[] }[] = data('figures');
  const externalReports = figures.flatMap((figure) =>
    figure.reports.filter((report) => report.origin === 'external').map((report) => ({ ...report, figure: figure.id })),
  );
  const laterEvents: ExternalData[] = data('later-events');
  const notes: { target: { event?: string }; text: string }[] = data('notes');
  const outside = [...externalReports, ...laterEvents];

  describe('the story timeline lists every event the article reports', () => {
    let $: CheerioAPI;
    let article: CheerioAPI;
    beforeAll(() => {
      $ = loadPage(TIMELINE);
      article = loadPage(ARTICLE);
    });

    it('has one entry per event, in an ordered list, each at #event-<id>', () => {
      expect(events.length).toBeGreaterThan(0);
      const listed = $('ol.tl-list > li[data-origin="article"]')
        .toArray()
        .map((element) => $(element).attr('id'));
      expect(listed.sort()).toEqual(events.map((event) => `event-${event.id}`).sort());
    });

    it.each(events.map((event) => [event.id, event] as const))('%s: shows the reporter’s words and links to their paragraph', (id, event) => {
      const entry = $(`li#event-${id}`);
      const quote = entry.find('blockquote');
      expect(quote).toHaveLength(1);
      expect(normalizeText(quote.text())).toBe(normalizeText(event.excerpt));
      const links = entry.find(`a[href^="${ARTICLE}#"]`);
      expect(links.length).toBeGreaterThan(0);
      for (const link of links.toArray()) {
        const blockId = $(link).attr('href')!.split('#')[1];
        const paragraph = article(`[id="${blockId}"]`);
        expect(paragraph, `paragraph #${blockId} is on the article page`).toHaveLength(1);
        expect(normalizeText(paragraph.text())).toContain(normalizeText(event.excerpt));
      }
    });

    it('marks each headline as the site’s words and names the category', () => {
      for (const event of events) {
        const entry = $(`li#event-${event.id}`);
        expect(normalizeText(entry.find('h3').text())).toBe(normalizeText(`Site’s headline: ${event.title}`));
        expect(entry.attr('data-category')).toBe(event.category);
        expect(entry.find('.tl-category').text()).toBe(eventCategories[event.category]!.label);
      }
    });

    it('links every actor to their profile and every figure to its chart mark', () => {
      for (const event of events) {
        const entry = $(`li#event-${event.id}`);
        const hrefs = entry.find('a').toArray().map((element) => $(element).attr('href'));
        for (const actor of event.actors) expect(hrefs).toContain(`/stories/${SLUG}/actors/${actor}/`);
        for (const figure of event.figures ?? []) expect(hrefs).toContain(`/stories/${SLUG}/charts/#figure-${figure}`);
        expect(entry.attr('data-actors')!.split(' ').sort()).toEqual([...event.actors].sort());
      }
    });

    it('gives each date no more precision than the data allows', () => {
      for (const event of events) {
        const time = $(`li#event-${event.id} .tl-date time`);
        const text = time.text();
        if (event.date.precision === 'week') {
          expect(time.attr('datetime')).toMatch(/^\d{4}-W\d{2}$/);
          expect(text).toMatch(/the week of \d{1,2} \w+ \d{4}$/i);
        }
        if (event.date.precision === 'day') expect(time.attr('datetime')).toBe(event.date.start);
        if (event.date.precision === 'year') expect(text).toBe(event.date.start.slice(0, 4));
        if (event.status === 'scheduled') expect(text).toMatch(/^Scheduled for /);
      }
    });

    const targeted = notes.filter((note) => note.target.event);
    if (targeted.length === 0) {
      it('shows no site note on an event, as the data has none', () => {
        expect($('ol.tl-list > li[data-origin="article"] .tl-notes')).toHaveLength(0);
      });
    } else {
      it('shows the site’s notes on the event they target, marked as the site’s', () => {
        for (const note of targeted) {
          const box = $(`li#event-${note.target.event} .site-words`).filter((_, element) => normalizeText($(element).text()).includes(normalizeText(note.text)));
          expect(box.length, `note on ${note.target.event}`).toBeGreaterThan(0);
        }
      });
    }

    it('gives every entry a permalink to itself', () => {
      for (const element of $('ol.tl-list > li').toArray()) {
        const id = $(element).attr('id');
        expect($(element).find(`a.permalink[href="#${id}"]`)).toHaveLength(1);
      }
    });
  });

  describe('the story timeline keeps later reports apart', () => {
    let $: CheerioAPI;
    beforeAll(() => {
      $ = loadPage(TIMELINE);
    });

    it('lists every outside report the data has, and no other', () => {
      expect($('ol.tl-list > li[data-origin="external"]')).toHaveLength(outside.length);
    });

    if (outside.length === 0) {
      it('shows no outside report, as the data has none', () => {
        expect($('ol.tl-list > li.later-report')).toHaveLength(0);
      });
    } else {
      it.each(outside.map((report) => [report.id, report] as const))('%s: outlet and date, linked, in the later-report style', (_id, report) => {
        const entry = $('ol.tl-list > li[data-origin="external"]').filter((_, element) => $(element).find(`a[href="${report.url}"]`).length > 0);
        const matching = entry.filter((_, element) => $(element).find('.tl-date time').attr('datetime') === report.date);
        expect(matching.length).toBeGreaterThan(0);
        const first = matching.first();
        expect(first.hasClass('later-report')).toBe(true);
        expect(first.attr('data-category')).toBe('later-reports');
        const link = first.find(`a[href="${report.url}"]`);
        expect(link.text()).toBe(report.outlet);
        expect(link.attr('rel')?.split(/\s+/)).toContain('noopener');
        if (report.dateQualifier === 'before') expect(first.find('.tl-date').text()).toMatch(/^Before /);
      });
    }

    it('never quotes an outside report as the reporter or links it to an article paragraph', () => {
      for (const element of $('li[data-origin="external"]').toArray()) {
        const entry = $(element);
        expect(entry.find('blockquote, .tl-excerpt')).toHaveLength(0);
        expect(entry.find(`a[href^="${ARTICLE}#"]`)).toHaveLength(0);
      }
    });

    it('draws outside reports with their own mark on the axis, apart from the article’s', () => {
      const entries = $('ol.tl-list > li').toArray().map((element) => [$(element).attr('id'), $(element).attr('data-origin')]);
      const marks = new Map(
        $('svg [data-entry]')
          .toArray()
          .map((element) => [$(element).attr('data-entry'), $(element)] as const),
      );
      expect(marks.size).toBe(entries.length);
      for (const [id, origin] of entries) {
        const mark = marks.get(id)!;
        expect(mark, `mark for ${id}`).toBeDefined();
        expect(mark.attr('data-origin')).toBe(origin);
        expect(mark.hasClass('tl-mark-diamond')).toBe(origin === 'external');
      }
    });

    it('labels the axis and says what each break skips', () => {
      const labels = $('svg .tl-tick-label').toArray().map((element) => $(element).text());
      expect(labels.length).toBeGreaterThan(0);
      const breaks = $('svg .tl-break-label').toArray().map((element) =>
        $(element)
          .find('tspan')
          .toArray()
          .map((line) => $(line).text())
          .join(' '),
      );
      for (const label of breaks) expect(label).toMatch(/^\d+ (days?|weeks?|months?|years?) skipped$/);
    });
  });

  describe('the timeline without JavaScript', () => {
    let $: CheerioAPI;
    beforeAll(() => {
      $ = loadPage(TIMELINE);
    });

    it('marks the filters as needing a script (not shown without one), and hides no entry', () => {
      const form = $('form[data-timeline-filters]');
      expect(form.attr('data-needs-js')).toBeDefined();
      expect($('ol.tl-list > li[hidden]')).toHaveLength(0);
    });

    it('offers every category and actor the entries have, later reports included', () => {
      const categories = $('select[name="category"] option').toArray().map((element) => $(element).attr('value'));
      const expected = ['', ...events.map((event) => event.category), ...(outside.length > 0 ? ['later-reports'] : [])];
      expect(categories).toEqual(expect.arrayContaining([...new Set(expected)]));
      const actors = $('select[name="actor"] option').toArray().map((element) => $(element).attr('value'));
      for (const actor of new Set(events.flatMap((event) => event.actors))) expect(actors).toContain(actor);
    });

    it('announces the count of shown entries in a live region', () => {
      const status = $('[data-timeline-count]');
      expect(status.attr('aria-live')).toBe('polite');
      expect(status.text()).toContain(`${events.length + outside.length} entries`);
    });

    it('draws the axis as a titled SVG picture beside the list', () => {
      const svg = $('figure.tl-axis svg[role="img"]');
      expect(svg).toHaveLength(1);
      expect(svg.find('title').text()).not.toBe('');
      expect(svg.find('desc').text()).toMatch(/stretches/);
    });
  });

  describe('the timeline of all stories', () => {
    /** The page of the month a date begins in, where the entry lives whatever other stories arrive. */
    const monthPage = (start: string) => routes.timelineMonth(timelineMonthOf({ start: String(start) }));

    it('lists each event on the page of the month it begins, with the reporter’s words and paragraph links', () => {
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) {
        const $ = loadPage(monthPage(event.date.start));
        const entry = $(`li#${anchors.inAllStories(SLUG, anchors.event(event.id))}`);
        expect(entry, event.id).toHaveLength(1);
        expect(normalizeText(entry.find('blockquote').text())).toBe(normalizeText(event.excerpt));
        expect(entry.find(`a[href^="${ARTICLE}#"]`).length).toBeGreaterThan(0);
        expect(entry.find(`a.tl-story[href="${ARTICLE}"]`)).toHaveLength(1);
      }
    });

    it('lists each outside report on the page of its month, kept apart from the article’s events', () => {
      const reports = [
        ...externalReports.map((report) => ({ date: report.date, anchor: anchors.laterReport(report.figure, report.id) })),
        ...laterEvents.map((report) => ({ date: report.date, anchor: anchors.laterEvent(report.id) })),
      ];
      for (const report of reports) {
        const $ = loadPage(monthPage(report.date));
        expect($(`li#${anchors.inAllStories(SLUG, report.anchor)}[data-origin="external"]`), report.anchor).toHaveLength(1);
      }
      const pages = new Set([...events.map((event) => event.date.start), ...reports.map((report) => report.date)].map(monthPage));
      const onPages = [...pages].flatMap((path) => loadPage(path)(`li[id^="${SLUG}--"]`).toArray());
      expect(onPages).toHaveLength(events.length + reports.length);
    });

    it('has an index that links every month holding one of the story’s entries, newest first', () => {
      const $ = loadPage(routes.timeline());
      expect($('h1').text()).toBe('All stories');
      const linked = $('main a[href^="/timeline/"]')
        .toArray()
        .map((link) => $(link).attr('href')!);
      const dates = [...events.map((event) => event.date.start), ...outside.map((report) => report.date)];
      for (const page of dates.map(monthPage)) expect(linked, page).toContain(page);
      expect(linked).toEqual([...linked].sort().reverse());
    });
  });
});
