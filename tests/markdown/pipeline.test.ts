import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/story/article/parse';
import { renderArticle } from '../../src/views/reader/render-article';

const article = `::site-heading[The crackdown]

On Thursday the protests turned deadly. Police said “dozens” died.

State TV said 12 law enforcement officers were also killed.

:::figure{credit="Yan Blagov/AP"}
Smoke rises from the city hall building during a protest in Almaty.
:::

:::tweet{author="Alexander Baunov" handle="@baunov" date="2022-01-05" dateText="January 5, 2022"}
THREAD 1/13 Just as Russia seemed to be poised to invade Ukraine.
:::
`;

describe('block ids', () => {
  it('derives every id from the block’s own words', () => {
    const { blocks } = parseArticle(article, 'a.md');
    expect(blocks.map((block) => [block.kind, block.id])).toEqual([
      ['heading', 'the-crackdown'],
      ['paragraph', 'p-on-thursday-the-protests-turned'],
      ['paragraph', 'p-state-tv-said-12-law'],
      ['photo', 'photo-smoke-rises-from-the-city'],
      ['tweet', 'tweet-baunov-thread-113-just-as'],
    ]);
    expect(blocks.every((block) => block.section === 'the-crackdown')).toBe(true);
  });

  it('keeps the other ids when one paragraph is edited, added or removed', () => {
    const before = parseArticle(article, 'a.md').blocks.map((block) => block.id);
    const edited = article
      .replace('On Thursday the protests turned deadly.', 'Protests spread on Thursday.')
      .replace('::site-heading[The crackdown]', '::site-heading[The crackdown]\n\nA new first paragraph.');
    const after = parseArticle(edited, 'a.md').blocks.map((block) => block.id);
    expect(after).toContain('p-state-tv-said-12-law');
    expect(after).toContain('photo-smoke-rises-from-the-city');
    expect(after).toContain('the-crackdown');
    expect(after).not.toContain('p-on-thursday-the-protests-turned');
    expect(after.filter((id) => before.includes(id))).toHaveLength(before.length - 1);
  });

  it('keeps the paragraphs of a tweet apart by a space, in its text and in its permalink’s name', () => {
    const tweet = ':::tweet{author="A Reporter" handle="@reporter" date="2022-01-05" dateText="January 5, 2022"}\nThe first post ends here.\n\nThe second starts here.\n:::\n';
    const { blocks } = parseArticle(tweet, 'a.md');
    expect(blocks.map((block) => [block.id, block.text])).toEqual([['tweet-reporter-the-first-post-ends', 'The first post ends here. The second starts here.']]);
    expect(load(renderArticle(tweet, 'a.md'))('a.permalink').attr('aria-label')).toBe('Link to tweet: The first post ends here. The…');
  });

  it('gives blocks that open with the same words distinct ids, the first keeping the plain one', () => {
    const { blocks } = parseArticle('Same five opening words here one.\n\nSame five opening words here two.\n', 'a.md');
    expect(blocks.map((block) => block.id)).toEqual(['p-same-five-opening-words-here', 'p-same-five-opening-words-here-2']);
  });
});

describe('rendered article', () => {
  // Rendered in each test rather than once while Vitest collects the file, so that mutation testing
  // (npm run mutation) credits the assertions to the rendering code.
  const rendered = () => renderArticle(article, 'a.md');

  it('marks headings as the site’s and links every block to itself', () => {
    const html = rendered();
    expect(html).toContain('<h2 data-site-added="heading" id="the-crackdown">The crackdown</h2>');
    for (const id of ['the-crackdown', 'p-on-thursday-the-protests-turned', 'photo-smoke-rises-from-the-city']) {
      expect(html).toContain(`href="#${id}"`);
    }
    expect(html).toContain('<section class="article-section" aria-labelledby="the-crackdown">');
  });

  it('keeps the paragraph element to the reporter’s words alone', () => {
    const html = rendered();
    expect(html).toContain(
      '<p id="p-on-thursday-the-protests-turned">On Thursday the protests turned deadly. Police said “dozens” died.</p>',
    );
  });

  it('renders a photo caption with its credit and no image', () => {
    const html = rendered();
    expect(html).toMatch(/<figure id="photo-smoke-rises-from-the-city" class="photo">/);
    expect(html).toContain('<span class="credit-label">Credit: </span>Yan Blagov/AP');
    expect(html).not.toContain('<img');
  });

  it('renders the tweet as a quotation with author, handle and date', () => {
    const html = rendered();
    expect(html).toContain('<blockquote>');
    expect(html).toContain('— Alexander Baunov (@baunov) <time datetime="2022-01-05">January 5, 2022</time>');
  });
});

describe('author mistakes and hostile Markdown', () => {
  it('fails on an unknown block directive, naming the file and line', () => {
    expect(() => parseArticle('Text.\n\n:::chart{id="x"}\nA\n:::\n', 'content/articles/bad.md')).toThrow(
      /^content\/articles\/bad\.md:3:1  entry "bad"  field "body"  Unknown block "chart"/,
    );
  });

  it('fails on a photo without a credit', () => {
    expect(() => parseArticle(':::figure\nA caption.\n:::\n', 'content/articles/bad.md')).toThrow(/needs a "credit" attribute/);
  });

  it('shows raw HTML as text and drops javascript: links and event handlers', () => {
    const hostile = load(
      renderArticle('Text <script>alert(1)</script> and <img src=x onerror="alert(2)">.\n\n[click](javascript:alert(3))\n', 'h.md'),
    );
    expect(hostile('script, img')).toHaveLength(0);
    const attributes = hostile('*')
      .toArray()
      .flatMap((element) => Object.entries((element as { attribs: Record<string, string> }).attribs));
    expect(attributes.filter(([name]) => name.startsWith('on'))).toEqual([]);
    expect(attributes.filter(([name, value]) => name === 'href' && /^javascript:/i.test(value))).toEqual([]);
    expect(hostile('p').first().text()).toBe('Text <script>alert(1)</script> and <img src=x onerror="alert(2)">.');
    expect(hostile('p a').last().text()).toBe('click');
  });
});

describe('renamed ids', () => {
  it('keep working as an alias placed on the renamed block', () => {
    const html = renderArticle(article, 'a.md', { idAliases: { 'p-on-thursday-protests-turned': 'p-on-thursday-the-protests-turned' } });
    expect(html).toMatch(
      /<div class="block block-paragraph"><span id="p-on-thursday-protests-turned" class="id-alias" data-alias-of="p-on-thursday-the-protests-turned"><\/span><p id="p-on-thursday-the-protests-turned">/,
    );
  });

  it('fail the build when the alias points nowhere or would shadow a live id', () => {
    expect(() => renderArticle(article, 'content/articles/a.md', { idAliases: { 'p-old': 'p-missing' } })).toThrow(
      /^content\/articles\/a\.md.*idAliases: "p-old" points to "p-missing", which is not an id of the article/,
    );
    expect(() => renderArticle(article, 'a.md', { idAliases: { 'the-crackdown': 'p-state-tv-said-12-law' } })).toThrow(
      /"the-crackdown" is still the id of a block/,
    );
  });
});
