/**
 * Generates every page's share image after the build, from the page itself: its og:title, description
 * and og:image path, plus the chart named by `<meta name="share:chart">` on chart pages. Layout by satori
 * (HTML/CSS to SVG, text as paths), pixels by resvg, fonts from @fontsource (not served to readers).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderAsync } from '@resvg/resvg-js';
import type { AstroIntegration } from 'astro';
import satori from 'satori';
import { SITE_NAME } from '../lib/share';

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

interface Card {
  title: string;
  description: string;
  imagePath: string;
  chartSvg?: string;
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

export function readCard(html: string, outDir: string): Card | null {
  const image = metaContent(html, 'og:image');
  const title = metaContent(html, 'og:title');
  if (!image || !title) return null;
  const chart = metaContent(html, 'share:chart');
  const chartFile = chart ? join(outDir, chart) : undefined;
  return {
    title,
    description: metaContent(html, 'og:description') ?? '',
    imagePath: new URL(image).pathname,
    chartSvg: chartFile && existsSync(chartFile) ? readFileSync(chartFile, 'utf8') : undefined,
  };
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): Node => ({
  type,
  props: { style, children, ...extra },
});

export function cardTree(card: Card): Node {
  const clip = (text: string, max: number) =>
    text.length > max ? `${text.slice(0, text.lastIndexOf(' ', max - 1)).replace(/[,;:]$/, '')}…` : text;
  const text = el('div', { display: 'flex', flexDirection: 'column', width: card.chartSvg ? 580 : 1072, paddingRight: card.chartSvg ? 32 : 0 }, [
    el('div', { fontFamily: 'Inter', fontSize: 24, fontWeight: 700, color: '#9b1c1c', letterSpacing: 1 }, SITE_NAME.toUpperCase()),
    el('div', { fontFamily: 'Source Serif', fontSize: card.chartSvg ? 48 : 60, fontWeight: 700, lineHeight: 1.15, marginTop: 24 }, clip(card.title, 110)),
    el('div', { fontFamily: 'Inter', fontSize: 26, lineHeight: 1.4, color: '#54534e', marginTop: 24 }, clip(card.description, 170)),
  ]);
  const chart = card.chartSvg
    ? el('img', { width: 460, height: 400, objectFit: 'contain', backgroundColor: '#fdfcf8' }, undefined, {
        src: `data:image/svg+xml;base64,${Buffer.from(card.chartSvg).toString('base64')}`,
        width: 460,
        height: 400,
      })
    : null;
  return el(
    'div',
    { width: 1200, height: 630, display: 'flex', flexDirection: 'column', backgroundColor: '#fdfcf8', color: '#1b1b1b', padding: 64, borderTop: '16px solid #9b1c1c' },
    [
      el('div', { display: 'flex', width: 1072, height: 440 }, chart ? [text, chart] : [text]),
      el('div', { display: 'flex', fontFamily: 'Inter', fontSize: 20, color: '#54534e', marginTop: 16 }, 'Reporters’ words kept verbatim · every fact cites the article'),
    ],
  );
}

export async function renderCard(card: Card): Promise<Buffer> {
  const svg = await satori(cardTree(card) as never, { width: 1200, height: 630, fonts: fonts() });
  // On libuv's thread pool, so the next card's layout overlaps this one's pixels.
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false } });
  return image.asPng();
}

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
        const cacheDir = join(outDir, '..', '.share-image-cache');
        mkdirSync(cacheDir, { recursive: true });
        const cards = htmlFiles(outDir).flatMap((file) => readCard(readFileSync(file, 'utf8'), outDir) ?? []);
        // Identical cards (same layout, words and chart; an embed's themed pages, say) are rendered once,
        // and reused across builds.
        const cacheFile = (card: Card) => join(cacheDir, `${createHash('sha256').update(JSON.stringify(cardTree(card))).digest('hex').slice(0, 16)}.png`);
        const placed = cards.map((card) => ({ card, file: cacheFile(card) }));
        const missing = [...new Map(placed.map(({ card, file }) => [file, card]))].filter(([file]) => !existsSync(file));
        await eachLimited(missing, availableParallelism() + 1, async ([file, card]) => writeFileSync(file, await renderCard(card)));
        for (const { card, file } of placed) {
          const target = join(outDir, card.imagePath);
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(file, target);
        }
        logger.info(`${cards.length} share images written`);
      },
    },
  };
}
