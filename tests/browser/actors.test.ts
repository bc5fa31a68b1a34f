/**
 * The actors pages in real Chromium: a mention on a profile leads to its paragraph in the article; the
 * graph shows one drawing that fits the screen, reads in light and dark schemes, and opens a profile on
 * click; a relation's copy-link button copies its permalink. Checked on the actors indexes and profiles of
 * the browser sample (tests/support/page-kinds.ts: the largest of each, and the smallest where the kind varies) and the profile of
 * each sampled index's most named actor, whatever their story; the mention, actor and relation each test
 * follows are read from the pages as built.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { routes } from '../../src/views/routes';
import { CLIPBOARD, tabsForFile } from '../support/chromium';
import { browserPagesOf, storyOf } from '../support/page-kinds';
import { loadPage, siteOrigin } from '../support/site';

const indexes = browserPagesOf('actors index');
const profiles = browserPagesOf('actor profile');
const tabs = tabsForFile();

function open(path: string, options: { width?: number; colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {}): Promise<Page> {
  return tabs.open(siteOrigin() + path, {
    viewport: { width: options.width ?? 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    reducedMotion: 'reduce',
  });
}

/** The actors an index lists, the most named first (the index says how often the article names each). */
function actorsByMentions(index: string): { id: string; name: string; named: number; drawn: boolean }[] {
  const $ = loadPage(index);
  return $('.actor-index-item[data-actor]')
    .map((_index, item) => ({
      id: item.attribs['data-actor'],
      name: $(item).find('.actor-index-name a').text().trim(),
      named: Number(/named (\d+) time/.exec($(item).find('.actor-index-meta').text())?.[1] ?? 0),
      drawn: $(`.graph-wide .graph-node[data-actor="${item.attribs['data-actor']}"]`).length > 0,
    }))
    .get()
    .sort((a, b) => b.named - a.named);
}

/** The actors of an index in its wide drawing, the most named first. */
const drawnActors = (index: string) => actorsByMentions(index).filter(({ drawn }) => drawn);

it('has actors indexes and profiles to check', () => {
  expect(indexes.length).toBeGreaterThan(0);
  expect(profiles.length).toBeGreaterThan(0);
});

// Profiles to follow a mention from: those of the sample, and the most named actor of each index.
const mentioning = [...new Set([...profiles, ...indexes.flatMap((index) => actorsByMentions(index).slice(0, 1).map(({ id }) => routes.actor(storyOf(index), id)))])];

describe.each(mentioning)('from the profile %s into the article', (profile) => {
  // The profile's last mention: the deepest in the article, so following it has to move the page.
  const mentions = loadPage(profile)('.mention-item').length;

  it.each([
    ['wide', 1280],
    ['320 px', 320],
  ])('follows its last mention to the paragraph that holds it (%s)', async (_name, width) => {
    expect(mentions).toBeGreaterThan(0);
    const page = await open(profile, { width });
    const item = page.locator('.mention-item').nth(mentions - 1);
    const marked = await item.locator('mark').first().textContent();
    const href = await item.locator('a.mention-link').getAttribute('href');
    await item.locator('a.mention-link').click();
    await page.waitForURL((url) => url.pathname === routes.story(storyOf(profile)) && url.hash.length > 1);
    const blockId = new URL(href!, siteOrigin()).hash.slice(1);
    const target = await page.evaluate(() => ({ id: document.querySelector(':target')?.id, text: document.querySelector(':target')?.textContent ?? '' }));
    expect(target.id).toBe(blockId);
    expect(target.text).toContain(marked);
    await page.waitForFunction(() => {
      const box = document.querySelector(':target')!.getBoundingClientRect();
      return box.top >= -1 && box.top < innerHeight;
    });
  });
});

/** WCAG contrast ratio of two CSS colours as getComputedStyle reports them ("rgb(…)"). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
      const channel = Number(value) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

// The indexes that draw their actors (a story whose article states no relation has no drawing).
const drawn = indexes.filter((index) => drawnActors(index).length > 0);

it('has an actors index with a drawing', () => {
  expect(drawn.length).toBeGreaterThan(0);
});

describe.each(drawn)('the graph on %s', (index) => {
  it.each([
    [320, '.graph-narrow', '.graph-wide'],
    [1280, '.graph-wide', '.graph-narrow'],
  ])('at %i px shows one drawing that fits, without JavaScript and without sideways scrolling', async (width, shown, hidden) => {
    const page = await open(index, { width, javaScriptEnabled: false });
    expect(await page.locator(shown).isVisible()).toBe(true);
    expect(await page.locator(hidden).isVisible()).toBe(false);
    const fit = await page.evaluate((selector) => {
      const svg = document.querySelector(selector)!.getBoundingClientRect();
      return { right: svg.right, viewport: document.documentElement.clientWidth, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
    }, shown);
    expect(fit.right).toBeLessThanOrEqual(fit.viewport);
    expect(fit.overflow).toBeLessThanOrEqual(0);
  });

  it.each(['light', 'dark'] as const)('draws labels, marks and lines that stand out from the page in the %s scheme', async (colorScheme) => {
    const page = await open(index, { colorScheme });
    const colours = await page.evaluate(() => {
      const paper = getComputedStyle(document.body).backgroundColor;
      const svg = document.querySelector('.graph-wide')!;
      const label = getComputedStyle(svg.querySelector('.node-label')!).fill;
      const marks = [...svg.querySelectorAll('.graph-node:not(.group-groups) .node-mark')].map((mark) => getComputedStyle(mark).fill);
      const rings = [...svg.querySelectorAll('.graph-node.group-groups .node-mark')].map((mark) => getComputedStyle(mark).stroke);
      const lines = [...svg.querySelectorAll('.graph-edge')].map((edge) => getComputedStyle(edge).color);
      return { paper, label, shapes: [...new Set([...marks, ...rings])], lines: [...new Set(lines)] };
    });
    expect(contrast(colours.label, colours.paper)).toBeGreaterThanOrEqual(4.5);
    for (const colour of [...colours.shapes, ...colours.lines]) expect(contrast(colour, colours.paper), colour).toBeGreaterThanOrEqual(3);
  });

  it('opens a profile when an actor in the drawing is clicked (the most named)', async () => {
    const actor = drawnActors(index)[0];
    const page = await open(index);
    await page.locator(`.graph-wide .graph-node[data-actor="${actor.id}"] .node-label`).click();
    await page.waitForURL((url) => url.pathname === routes.actor(storyOf(index), actor.id));
    expect(await page.locator('h1').textContent()).toContain(actor.name);
  });
});

/** The first relation an index lists, and the profiles of its two ends (it is on both). */
function firstRelation(index: string): { id: string; ends: string[] } | undefined {
  const $ = loadPage(index);
  const item = $('li.relation-item[data-relation]').first();
  if (item.length === 0) return undefined;
  return { id: item.attr('data-relation')!, ends: item.find('.relation-ends a[href]').map((_index, link) => link.attribs.href).get() };
}

const related = indexes.filter((index) => firstRelation(index) !== undefined);

it('has an actors index that lists a relation', () => {
  expect(related.length).toBeGreaterThan(0);
});

describe.each(related)('relation permalinks of %s', (index) => {
  const relation = firstRelation(index)!;
  const actorOf = (profile: string) => profile.split('/').at(-2)!;

  it('lists a relation between two profiles', () => {
    expect(relation.ends).toHaveLength(2);
  });

  it('copies the absolute link to a relation on a profile', async () => {
    const page = await tabs.open(siteOrigin() + relation.ends[0], { viewport: { width: 1280, height: 800 }, permissions: CLIPBOARD });
    await page.locator(`#relation-${relation.id} button[data-copy-link]`).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(siteOrigin() + routes.relation(storyOf(index), actorOf(relation.ends[0]), relation.id));
  });

  it('opens a relation link on the profile of its other end with that relation targeted', async () => {
    const page = await open(routes.relation(storyOf(index), actorOf(relation.ends[1]), relation.id));
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(`relation-${relation.id}`);
  });
});

describe('permalinks beside headings', () => {
  it.each([320, 768, 1280])('put the link and its Copy button level with the heading they belong to, at %i px', async (width) => {
    const misplaced: string[] = [];
    for (const path of [...indexes, ...profiles]) {
      const page = await open(path, { width });
      misplaced.push(
        ...(await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.actors-section-head, .actors-title-row')].flatMap((row) => {
            const heading = row.querySelector('h1, h2, h3')!.getBoundingClientRect();
            // The row may wrap at 320 px: then the group starts a line of its own under the heading, still one row.
            return [...row.querySelectorAll<HTMLElement>('.permalink, button[data-copy-link]')]
              .map((control) => control.getBoundingClientRect())
              .filter((box, _index, boxes) => {
                const middle = box.top + box.height / 2;
                const level = boxes.every((other) => Math.abs(other.top + other.height / 2 - middle) < 4);
                return !level || box.top > heading.bottom + 40;
              })
              .map(() => `${location.pathname} “${row.textContent?.trim().slice(0, 30)}”`);
          }),
        )),
      );
    }
    expect([...new Set(misplaced)]).toEqual([]);
  });
});
