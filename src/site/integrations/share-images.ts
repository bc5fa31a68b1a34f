/**
 * Generates every page's share image after the build, from the page itself: its og:title, description
 * and og:image path, plus, on chart pages and embeds, the numbers of the panels' data that
 * `<meta name="share:numbers">` names, shown in their sources' words. Layout by satori
 * (HTML/CSS to SVG, text as paths), pixels by resvg, fonts from @fontsource (not served to readers).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderAsync } from '@resvg/resvg-js';
import type { AstroIntegration } from 'astro';
import satori from 'satori';
import { SITE_NAME, shareImagePath } from '../../views/share';
import { cachedBytesAsync, stableText, type CodeParts } from '../build-cache';
import { ownCopy } from '../own-copy';

const require = createRequire(import.meta.url);
const font = (pkg: string, file: string) => readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), 'files', file));

type CardFonts = NonNullable<Parameters<typeof satori>[1]['fonts']>;
let cardFonts: CardFonts | undefined;
/** Read once: satori keeps its parsed fonts for as long as it is handed the same array. */
const fonts = (): CardFonts =>
  (cardFonts ??= [
    { name: 'Source Serif', data: font('@fontsource/source-serif-4', 'source-serif-4-latin-700-normal.woff'), weight: 700, style: 'normal' },
    { name: 'Inter', data: font('@fontsource/inter', 'inter-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Inter', data: font('@fontsource/inter', 'inter-latin-700-normal.woff'), weight: 700, style: 'normal' },
  ]);

/** A number as a card shows it: the source's own words, what it counts, and who said it. */
interface CardNumber {
  words: string;
  label: string;
  source: string;
}

export interface Card {
  title: string;
  description: string;
  imagePath: string;
  numbers: CardNumber[];
}

function metaContent(html: string, key: string): string | undefined {
  const pattern = new RegExp(`<meta[^>]*(?:property|name)="${key}"[^>]*content="([^"]*)"`);
  const value = pattern.exec(html)?.[1];
  return value?.replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'og' || name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

interface PanelRow {
  figureId: string;
  figureLabel: string;
  origin: string;
  valueText: string;
  source: string;
}

/** At most this many numbers on a card: each stays legible when the card is shown 500 px wide. */
const MAX_NUMBERS = 4;

/**
 * The numbers a chart's card shows: the article's own report of each figure (the first, in the
 * article's words), from the panels' JSON downloads; later reports stay on the chart.
 */
function cardNumbers(files: string[]): CardNumber[] {
  const perPanel = files.map((file) => {
    const firsts = new Map<string, PanelRow>();
    for (const row of (JSON.parse(readFileSync(file, 'utf8')) as { rows: PanelRow[] }).rows) {
      if (row.origin === 'article' && !firsts.has(row.figureId)) firsts.set(row.figureId, row);
    }
    return [...firsts.values()];
  });
  // Panels take turns, so a page of several charts shows numbers from each.
  const picked: PanelRow[] = [];
  for (let index = 0; picked.length < MAX_NUMBERS && perPanel.some((rows) => index < rows.length); index += 1) {
    for (const rows of perPanel) if (index < rows.length && picked.length < MAX_NUMBERS) picked.push(rows[index]);
  }
  return picked.map((row) => ({ words: row.valueText, label: row.figureLabel, source: row.source }));
}

/** The page a built HTML file is served as: /stories/a/index.html is /stories/a/. */
const pagePath = (file: string, outDir: string) => `/${relative(outDir, file).replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * The card a page makes: from its own words, when its og:image is its own card. A page that shows another
 * page's card (a profile shows its story's, views/share.ts) makes none; that page makes it.
 */
function readCard(file: string, outDir: string): Card | null {
  const html = readFileSync(file, 'utf8');
  const image = metaContent(html, 'og:image');
  const title = metaContent(html, 'og:title');
  if (!image || !title || new URL(image).pathname !== shareImagePath(pagePath(file, outDir))) return null;
  const numberFiles = (metaContent(html, 'share:numbers') ?? '').split(' ').filter(Boolean).map((path) => join(outDir, path));
  const missing = numberFiles.find((file) => !existsSync(file));
  if (missing) throw new Error(`share image for ${new URL(image).pathname}: no chart data at ${missing}`);
  return {
    title: ownCopy(title),
    description: ownCopy(metaContent(html, 'og:description') ?? ''),
    imagePath: new URL(image).pathname,
    numbers: cardNumbers(numberFiles),
  };
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): Node => ({
  type,
  props: { style, children, ...extra },
});

const INK = '#1b1b1b';
const MUTED = '#54534e';
const ACCENT = '#9b1c1c';
const PAPER = '#fdfcf8';

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, text.lastIndexOf(' ', max - 1)).replace(/[,;:]$/, '')}…` : text;

/** Headline size by length, so a short title fills the card and a long one still fits in three lines. */
const headlineSize = (title: string, numbers: boolean) => (numbers ? 44 : title.length <= 60 ? 76 : title.length <= 100 ? 64 : 54);

/** A chart's numbers as a list: each in its source's words, large, with what it counts and who said it. */
function numberList(numbers: CardNumber[]): Node {
  return el(
    'div',
    { display: 'flex', flexDirection: 'column', gap: 10 },
    numbers.map((number) =>
      el('div', { display: 'flex', alignItems: 'baseline', gap: 24 }, [
        el('div', { fontFamily: 'Source Serif', fontSize: number.words.length > 16 ? 36 : 44, fontWeight: 700, color: ACCENT, width: 430, flexShrink: 0 }, `“${clip(number.words, 22)}”`),
        el('div', { display: 'flex', flexDirection: 'column' }, [
          el('div', { fontFamily: 'Inter', fontSize: 28, fontWeight: 700, color: INK }, clip(number.label, 34)),
          el('div', { fontFamily: 'Inter', fontSize: 23, color: MUTED }, `Source: ${clip(number.source, 38)}`),
        ]),
      ]),
    ),
  );
}

/**
 * The card, laid out for a feed (1200×630, still legible at 500 px wide): the site's name, the page's
 * headline, then either a chart's numbers in words or the page's description, and a footer, spread over
 * the whole card.
 */
export function cardTree(card: Card): Node {
  const hasNumbers = card.numbers.length > 0;
  const body = hasNumbers
    ? numberList(card.numbers)
    : el('div', { width: 1072, fontFamily: 'Inter', fontSize: 32, lineHeight: 1.4, color: MUTED }, clip(card.description, 190));
  return el(
    'div',
    // Satori sizes boxes without their padding and border (content-box): these make 1200×630 in all.
    { width: 1200 - 128, height: 630 - 16 - 36 - 30, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', backgroundColor: PAPER, color: INK, paddingTop: 36, paddingRight: 64, paddingBottom: 30, paddingLeft: 64, borderTop: `16px solid ${ACCENT}` },
    [
      el('div', { display: 'flex', flexDirection: 'column', width: 1072 }, [
        el('div', { fontFamily: 'Inter', fontSize: 24, fontWeight: 700, color: ACCENT, letterSpacing: 1 }, SITE_NAME.toUpperCase()),
        el('div', { fontFamily: 'Source Serif', fontSize: headlineSize(card.title, hasNumbers), fontWeight: 700, lineHeight: 1.12, marginTop: 18 }, clip(card.title, hasNumbers ? 80 : 110)),
      ]),
      body,
      el('div', { display: 'flex', width: 1072, justifyContent: 'space-between', borderTop: '2px solid #d9d6cc', paddingTop: 14, fontFamily: 'Inter', fontSize: 22, color: MUTED }, [
        el('div', {}, hasNumbers ? 'Numbers in their sources’ own words' : 'The reporter’s words, verbatim'),
        el('div', {}, 'Every fact cites the article'),
      ]),
    ],
  );
}

/** The card as satori lays it out: an SVG whose text is drawn as paths. */
export function cardSvg(card: Card): Promise<string> {
  return satori(cardTree(card) as never, { width: 1200, height: 630, fonts: fonts() });
}

async function renderCard(card: Card): Promise<Buffer> {
  const svg = await cardSvg(card);
  // On libuv's thread pool, so the next card's layout overlaps this one's pixels.
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false } });
  return image.asPng();
}

/** The code that draws a card: this file, the layout and pixel engines and the fonts. */
const CARD_CODE: CodeParts = {
  sources: ['src/site/integrations/share-images.ts'],
  packages: ['satori', '@resvg/resvg-js', '@fontsource/inter', '@fontsource/source-serif-4'],
};

/** Runs `task` on every item, at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export default function shareImages(): AstroIntegration {
  return {
    name: 'share-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const cards = htmlFiles(outDir).flatMap((file) => readCard(file, outDir) ?? []);
        // Identical cards (same layout, words and chart; an embed's themed pages, say) are rendered once,
        // and reused across builds through the build cache.
        // Each image is written as soon as it is rendered and then let go: a thousand stories hold tens of
        // thousands of cards, too many images to keep in memory until the end.
        const targets = new Map<string, { card: (typeof cards)[number]; paths: string[] }>();
        for (const card of cards) {
          const input = stableText(cardTree(card));
          if (!targets.has(input)) targets.set(input, { card, paths: [] });
          targets.get(input)!.paths.push(join(outDir, card.imagePath));
        }
        await eachLimited([...targets], availableParallelism() + 1, async ([input, { card, paths }]) => {
          const image = await cachedBytesAsync('share-image', CARD_CODE, input, () => renderCard(card));
          for (const target of paths) {
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, image);
          }
        });
        logger.info(`${cards.length} share images written (${targets.size} different)`);
      },
    },
  };
}
