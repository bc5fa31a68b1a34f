/**
 * What rehype-annotate (src/views/reader/rehype-annotate.ts) does to the article a reader sees, given a
 * plan written by hand for a small article: which words become links (in a paragraph with markup inside,
 * in a photo caption, in a tweet), that a span crossing markup stays plain text, and what the site's aside
 * beside a block says (its accessible name, its notes, its later figures). The plan is written here rather
 * than planned from a story so that each case holds exactly the links and notes it is about.
 */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/story/article/parse';
import type { AnnotationPlan, BlockAnnotations, InlineLink } from '../../src/views/reader/annotations';
import rehypeAnnotate from '../../src/views/reader/rehype-annotate';
import { renderArticle } from '../../src/views/reader/render-article';

const ARTICLE = `::site-heading[The clash]

Police in *Eastport* said troops came from Northland

Troops came from the north today.

:::figure{credit="Fixture Photographer/Fixture Agency"}
Smoke rises from the city hall building during a protest in Eastport.
:::

:::tweet{author="Fixture Reporter" handle="@fixture" date="2031-06-10" dateText="June 10, 2031"}
Northland says its troops have crossed the river near Ridge.
:::
`;

const PARAGRAPH = 'p-police-in-eastport-said-troops';
const SHORT = 'p-troops-came-from-the-north';
const PHOTO = 'photo-smoke-rises-from-the-city';
const TWEET = 'tweet-fixture-northland-says-its-troops';

const blockText = (id: string) => parseArticle(ARTICLE, 'a.md').blocks.find((block) => block.id === id)!.text;
/** A link over the first occurrence of `words` in the block's text. */
const link = (blockId: string, words: string, id = 'northland'): InlineLink => {
  const start = blockText(blockId).indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in ${blockId}`);
  return { kind: 'mention', id, start, end: start + words.length, href: `/stories/s/actors/${id}/` };
};
const nothing = (): BlockAnnotations => ({ links: [], notes: [], events: [], figures: [], later: [] });
const render = (plan: Record<string, Partial<BlockAnnotations>>) => {
  const map: AnnotationPlan = new Map(Object.entries(plan).map(([id, annotations]) => [id, { ...nothing(), ...annotations }]));
  return load(renderArticle(ARTICLE, 'a.md', { annotations: [[rehypeAnnotate, { plan: map }]] }));
};

describe('the words that become links', () => {
  it('links a name that comes after emphasis and ends the paragraph, keeping the emphasis and every word', () => {
    const $ = render({ [PARAGRAPH]: { links: [link(PARAGRAPH, 'Northland')] } });
    const paragraph = $(`#${PARAGRAPH}`);
    expect(paragraph.find('a').toArray().map((element) => [$(element).text(), $(element).attr('href'), $(element).attr('class'), $(element).attr('data-annot')])).toEqual([
      ['Northland', '/stories/s/actors/northland/', 'annot annot-mention', 'mention:northland'],
    ]);
    expect(paragraph.find('em').text()).toBe('Eastport');
    expect(paragraph.text()).toBe('Police in Eastport said troops came from Northland');
  });

  it('links two spans of one paragraph, one before the emphasis and one after it', () => {
    const $ = render({ [PARAGRAPH]: { links: [link(PARAGRAPH, 'troops', 'troops'), link(PARAGRAPH, 'Police', 'police')] } });
    expect($(`#${PARAGRAPH} a`).toArray().map((element) => $(element).text())).toEqual(['Police', 'troops']);
    expect($(`#${PARAGRAPH}`).html()).toBe(
      '<a href="/stories/s/actors/police/" class="annot annot-mention" data-annot="mention:police">Police</a> in <em>Eastport</em> said ' +
        '<a href="/stories/s/actors/troops/" class="annot annot-mention" data-annot="mention:troops">troops</a> came from Northland',
    );
  });

  it('leaves a span that crosses the emphasis as plain text', () => {
    const $ = render({ [PARAGRAPH]: { links: [link(PARAGRAPH, 'in Eastport said')] } });
    expect($(`#${PARAGRAPH} a`)).toHaveLength(0);
    expect($(`#${PARAGRAPH}`).html()).toBe('Police in <em>Eastport</em> said troops came from Northland');
  });

  it('links words of a photo’s caption, never its label or its credit', () => {
    const $ = render({ [PHOTO]: { links: [link(PHOTO, 'city hall', 'city-hall')] } });
    expect($(`#${PHOTO} a.annot`).toArray().map((element) => [$(element).parent().prop('tagName'), $(element).text()])).toEqual([['FIGCAPTION', 'city hall']]);
    expect($(`#${PHOTO} .photo-label`).text()).toBe('Photo caption (photo not shown)');
    expect($(`#${PHOTO} figcaption`).text()).toBe('Smoke rises from the city hall building during a protest in Eastport. Credit: Fixture Photographer/Fixture Agency');
  });

  it('links words in every paragraph of a tweet, each where the block’s text has it', () => {
    const article = ':::tweet{author="Fixture Reporter" handle="@fixture" date="2031-06-10" dateText="June 10, 2031"}\nNorthland says its troops crossed.\n\nRidge is quiet, says Northland.\n:::\n';
    const block = parseArticle(article, 'a.md').blocks[0];
    const at = (words: string, id: string, from = 0): InlineLink => {
      const start = block.text.indexOf(words, from);
      return { kind: 'mention', id, start, end: start + words.length, href: `/stories/s/actors/${id}/` };
    };
    const links = [at('Northland', 'northland'), at('Ridge', 'ridge'), at('Northland', 'northland', 1)];
    const $ = load(renderArticle(article, 'a.md', { annotations: [[rehypeAnnotate, { plan: new Map([[block.id, { ...nothing(), links }]]) }]] }));
    expect($(`#${block.id} blockquote p`).toArray().map((paragraph) => $(paragraph).find('a.annot').toArray().map((element) => $(element).text()))).toEqual([
      ['Northland'],
      ['Ridge', 'Northland'],
    ]);
    expect($(`#${block.id} blockquote p`).toArray().map((paragraph) => $(paragraph).text())).toEqual(['Northland says its troops crossed.', 'Ridge is quiet, says Northland.']);
  });

  it('links words of a tweet’s quotation, not of its author line', () => {
    const $ = render({ [TWEET]: { links: [link(TWEET, 'Northland'), link(TWEET, 'Ridge', 'ridge')] } });
    expect($(`#${TWEET} blockquote a.annot`).toArray().map((element) => $(element).text())).toEqual(['Northland', 'Ridge']);
    expect($(`#${TWEET} figcaption a`)).toHaveLength(0);
    expect($(`#${TWEET} figcaption`).text()).toBe('— Fixture Reporter (@fixture) June 10, 2031');
  });
});

describe('the site’s aside beside a block', () => {
  const label = ($: ReturnType<typeof render>, id: string) => $(`aside[data-for="${id}"]`).attr('aria-label');

  it('is named by the block’s first six words, with an ellipsis only when there are more', () => {
    const $ = render({ [PARAGRAPH]: { notes: ['A note.'] }, [SHORT]: { notes: ['Another note.'] } });
    expect(label($, PARAGRAPH)).toBe('Site’s notes on the passage “Police in Eastport said troops came…”');
    expect(label($, SHORT)).toBe('Site’s notes on the passage “Troops came from the north today.”');
  });

  it('is named by a photo’s caption, not by the label saying the photo is not shown', () => {
    const $ = render({ [PHOTO]: { notes: ['The site could not confirm where the photo was taken.'] } });
    expect(label($, PHOTO)).toBe('Site’s notes on the passage “Smoke rises from the city hall…”');
  });

  it('counts the site’s notes in its summary when there are several', () => {
    const $ = render({ [PARAGRAPH]: { notes: ['First note.', 'Second note.'] }, [SHORT]: { notes: ['Only note.'] } });
    const notes = $(`aside[data-for="${PARAGRAPH}"] details.block-note`);
    expect(notes.find('summary').text()).toBe('Site’s notes (2)');
    expect(notes.children('p').toArray().map((element) => $(element).text())).toEqual(['First note.', 'Second note.']);
    expect($(`aside[data-for="${SHORT}"] summary`).text()).toBe('Site’s note');
  });

  it('names every later figure in its summary and says a value several outlets gave once, with all of them', () => {
    const report = (value: string, outlet: string, date: string) => ({ value, claimant: 'Officials', date, outlet, url: `https://fixture.invalid/${outlet}/${value}` });
    const $ = render({
      [PARAGRAPH]: {
        later: [
          { figureLabel: 'Soldiers killed', href: '/k', reports: [report('19', 'Herald', '11 June 2031'), report('19', 'Wire', '14 June 2031'), report('25', 'Herald', '20 June 2031')] },
          { figureLabel: 'Soldiers captured', href: '/c', reports: [report('3', 'Wire', '12 June 2031')] },
        ],
      },
    });
    const later = $(`aside[data-for="${PARAGRAPH}"] details.block-later`);
    expect(later.children('summary').text()).toBe('Later figures: soldiers killed; soldiers captured');
    const lines = later.find('.later-report').toArray().map((element) => $(element).children('p').last().text());
    expect(lines).toEqual(['19 (Herald, 11 June 2031; Wire, 14 June 2031), then 25 (Herald, 20 June 2031)', '3 (Wire, 12 June 2031)']);
    expect(later.find('.later-report').first().find('a[rel="noopener"]').toArray().map((element) => $(element).attr('href'))).toEqual([
      'https://fixture.invalid/Herald/19',
      'https://fixture.invalid/Wire/19',
      'https://fixture.invalid/Herald/25',
    ]);
  });
});
