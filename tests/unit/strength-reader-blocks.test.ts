/**
 * The rendered article's own markup around the reporter's words, on a small article written here: a
 * tweet keeps its id and is set as a quotation with its author line; each block's permalink is labelled
 * with the kind of block and its opening words (what a screen reader announces); a section whose heading
 * was renamed still names itself in the note for a reader who arrives by a link. Also the small helpers
 * behind them: the heading id a block holds, a component's permalink markup, and the reading time.
 */
import { load } from 'cheerio';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { selectHeadingId } from '../../src/views/reader/hast-helpers';
import { permalinkHtml } from '../../src/views/reader/permalink-markup';
import { readingMinutes } from '../../src/views/reader/reading-time';
import { renderArticle } from '../../src/views/reader/render-article';

const ARTICLE = `::site-heading[The clash]

Troops  came from the north on Wednesday morning.

:::figure{credit="Fixture Photographer/Fixture Agency"}
Smoke rises from the city hall building during a protest in Eastport.
:::

:::tweet{author="Fixture Reporter" handle="@fixture" date="2031-06-10" dateText="June 10, 2031"}
Northland says its troops have crossed the river near Ridge.
:::
`;

const TWEET = 'tweet-fixture-northland-says-its-troops';

describe('photos and tweets', () => {
  it('sets a tweet as a quotation under its own id, with its author, handle and date in the caption', () => {
    const $ = load(renderArticle(ARTICLE, 'a.md'));
    const tweet = $(`figure#${TWEET}`);
    expect(tweet.attr()).toEqual({ id: TWEET, class: 'tweet' });
    expect(tweet.children().toArray().map((element) => $(element).prop('tagName'))).toEqual(['BLOCKQUOTE', 'FIGCAPTION']);
    expect(tweet.children('figcaption').text()).toBe('— Fixture Reporter (@fixture) June 10, 2031');
    expect(tweet.find('figcaption time').attr('datetime')).toBe('2031-06-10');
  });
});

describe('the label of each block’s permalink', () => {
  it('names the kind of block and its first six words, each once however the reporter spaced them', () => {
    const $ = load(renderArticle(ARTICLE, 'a.md'));
    expect($('a.permalink').toArray().map((element) => $(element).attr('aria-label'))).toEqual([
      'Link to section: The clash',
      'Link to paragraph: Troops came from the north on…',
      'Link to photo caption: Smoke rises from the city hall…',
      'Link to tweet: Northland says its troops have crossed…',
    ]);
  });

  it('gives raw HTML between two paragraphs, shown as text, no permalink of its own', () => {
    const $ = load(renderArticle('Before the markup.\n\n<div>x</div>\n\nAfter the markup.\n', 'a.md'));
    expect($('a.permalink').toArray().map((element) => $(element).attr('href'))).toEqual(['#p-before-the-markup', '#p-after-the-markup']);
    expect($('section').text()).toContain('<div>x</div>');
    expect($('section div:not(.block)')).toHaveLength(0);
  });
});

describe('the note for a reader who arrives by a link', () => {
  it('names the section even when its heading carries an old id kept working', () => {
    const $ = load(
      renderArticle(ARTICLE, 'a.md', { idAliases: { 'the-old-clash': 'the-clash' }, arrival: { title: 'A clash', startHref: '/stories/s/' } }),
    );
    expect($('section[aria-labelledby="the-clash"] #the-old-clash')).toHaveLength(1);
    expect($('section[aria-labelledby="the-clash"] .arrival-note').text()).toBe(
      'You followed a link to a passage of “A clash”, in the section “The clash”. Read from the start',
    );
  });
});

describe('the helpers', () => {
  it('finds the id of a heading, whether the node is the heading or wraps it, and none for a heading without an id', () => {
    expect(selectHeadingId(h('h2', { id: 'the-clash' }, 'The clash'))).toBe('the-clash');
    expect(selectHeadingId(h('div', [h('h2', { id: 'the-clash' }, 'The clash')]))).toBe('the-clash');
    expect(selectHeadingId(h('h2', 'The clash'))).toBeNull();
    expect(selectHeadingId(h('p', { id: 'p-troops' }, 'Troops'))).toBeNull();
  });

  it('gives a component’s permalink the link, and copy and share buttons for the same address', () => {
    const $ = load(permalinkHtml('/stories/s/#the-clash', 'section: The clash'));
    expect($('a.permalink').attr('href')).toBe('/stories/s/#the-clash');
    expect($('a.permalink').attr('tabindex')).toBeUndefined();
    expect($('button').toArray().map((element) => [$(element).text(), $(element).attr('data-copy-link') ?? $(element).attr('data-share-link')])).toEqual([
      ['Copy', '/stories/s/#the-clash'],
      ['Share', '/stories/s/#the-clash'],
    ]);
  });

  it('counts a reading time of 345 words as two minutes, and no word for the spaces around a text', () => {
    const words = (n: number) => Array.from({ length: n }, (_, index) => `word${index}`).join(' ');
    expect(readingMinutes(words(345))).toBe(2);
    expect(readingMinutes(` ${words(344)} `)).toBe(1);
  });
});
