/**
 * Copy-link and share buttons, as enhancement. Every permalink is a plain link that works without
 * JavaScript; with it (the buttons are shown by CSS wherever scripting is on, see global.css), `[data-copy-link]` buttons copy the absolute URL (Clipboard API), or, where the
 * clipboard is refused, show the URL selected in a text field to copy by hand; `[data-copy-text-from]`
 * buttons copy a field's text (an embed snippet). `[data-share-link]`
 * buttons open the system share sheet where the browser has one.
 *
 * One click listener and one live region serve the whole page: a long page has dozens of buttons, and
 * markup per button would be laid out on every load for a message heard now and then.
 */
import { announce, statusRegion } from './announce';

const BUTTONS = 'button[data-copy-link], button[data-copy-text-from], button[data-share-link]';

function absoluteUrl(target: string): string {
  return new URL(target, location.href).href;
}

function showFallback(button: HTMLElement, url: string): void {
  const existing = button.parentElement?.querySelector<HTMLInputElement>('input.copy-link-fallback');
  const field = existing ?? document.createElement('input');
  field.className = 'copy-link-fallback';
  field.readOnly = true;
  field.value = url;
  field.setAttribute('aria-label', 'Link to copy');
  if (!existing) button.after(field);
  field.focus();
  field.select();
}


/** Copies the text of a field (an embed snippet); on refusal, selects it for copying by hand. */
async function copyFieldText(button: HTMLElement): Promise<void> {
  const field = document.getElementById(button.dataset.copyTextFrom ?? '') as HTMLTextAreaElement | null;
  if (!field) return;
  try {
    await navigator.clipboard.writeText(field.value);
    announce('Embed code copied');
  } catch {
    field.focus();
    field.select();
    announce('Copy the selected code');
  }
}

async function copy(button: HTMLElement): Promise<void> {
  const url = absoluteUrl(button.dataset.copyLink ?? '');
  try {
    await navigator.clipboard.writeText(url);
    announce('Link copied');
  } catch {
    showFallback(button, url);
    announce('Copy the selected link');
  }
}

async function share(button: HTMLElement): Promise<void> {
  const url = absoluteUrl(button.dataset.shareLink ?? '');
  try {
    // The button is named "Share <what it links to>": that thing is the shared title.
    const title = button.getAttribute('aria-label')?.replace(/^Share /, '') || document.title;
    await navigator.share({ title, url });
  } catch {
    // The reader closed the sheet: nothing to do.
  }
}

const canShare = (): boolean => typeof navigator.share === 'function';

function onClick(event: MouseEvent): void {
  const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>(BUTTONS);
  if (!button) return;
  if (button.dataset.copyLink !== undefined) void copy(button);
  else if (button.dataset.copyTextFrom !== undefined) void copyFieldText(button);
  else if (canShare()) void share(button);
}

/** Called once per page, by ShareButtonsScript.astro (Astro adds a component's script to a page once). */
export function enhanceShareButtons(): void {
  if (!document.querySelector(BUTTONS)) return;
  statusRegion();
  if (canShare()) {
    for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-share-link]')) button.dataset.shareReady = '';
  }
  document.addEventListener('click', onClick);
}
