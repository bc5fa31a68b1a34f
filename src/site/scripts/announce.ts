/**
 * The page's one live region (BaseLayout.astro renders it from the start, as screen readers announce changes
 * only to a region they already know), and how scripts tell the reader what a button did: copy and share
 * (copy-link.ts), the PNG download (chart-png.ts).
 */
const REGION = '[data-status-region]';

/** The live region; made here only for a page without the site's layout. */
export function statusRegion(): HTMLElement {
  const existing = document.querySelector<HTMLElement>(REGION);
  if (existing) return existing;
  const region = document.createElement('p');
  region.className = 'sr-only';
  region.setAttribute('role', 'status');
  region.dataset.statusRegion = '';
  document.body.append(region);
  return region;
}

let pending: number | undefined;
/** Says `message` once, then clears the region. */
export function announce(message: string): void {
  const status = statusRegion();
  window.clearTimeout(pending);
  // Emptied first, so that the same message twice in a row is announced twice.
  status.textContent = '';
  pending = window.setTimeout(() => {
    status.textContent = message;
    pending = window.setTimeout(() => (status.textContent = ''), 2500);
  }, 50);
}
