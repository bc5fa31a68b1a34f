/**
 * A chart's PNG, drawn in the reader's browser from its SVG download, as enhancement: the build makes no
 * PNG (drawing three large PNGs per story was nearly half of a cold build's CPU, bench/results/build-profile.md).
 * `button[data-chart-png]` names the SVG file; the browser draws it onto a canvas at twice its size, for
 * sharp text on high-density screens and in slides, and saves it. Without scripting the button is not shown
 * (data-needs-js) and the SVG download, which any browser or editor opens, is the picture.
 */
import { announce, statusRegion } from './announce';

const BUTTON = 'button[data-chart-png]';
/** Twice the SVG's own size, as slides and high-density screens need. */
const SCALE = 2;

/** The SVG file as an image, decoded: same origin, so the canvas it is drawn on can be saved. */
async function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  await image.decode();
  return image;
}

function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser made no PNG'))), 'image/png'),
  );
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link's click; the object URL can go once it has been read.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function drawPng(button: HTMLButtonElement): Promise<void> {
  button.setAttribute('aria-busy', 'true');
  try {
    const image = await loadImage(button.dataset.chartPng ?? '');
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * SCALE;
    canvas.height = image.naturalHeight * SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    save(await canvasPng(canvas), button.dataset.fileName ?? 'chart.png');
    announce('PNG saved');
  } catch {
    announce('This browser could not draw the PNG; the SVG download holds the same chart');
  } finally {
    button.removeAttribute('aria-busy');
  }
}

/** Called by ChartDownloads.astro (Astro adds a component's script to a page once). */
export function enhanceChartPng(): void {
  if (!document.querySelector(BUTTON)) return;
  statusRegion();
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>(BUTTON);
    if (button && !button.hasAttribute('aria-busy')) void drawPng(button);
  });
}
