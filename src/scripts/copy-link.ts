/**
 * Copy-link and share buttons, as enhancement. Every permalink is a plain link that works without
 * JavaScript; with it (the buttons are shown by CSS wherever scripting is on, see global.css), `[data-copy-link]` buttons copy the absolute URL (Clipboard API), or, where the
 * clipboard is refused, show the URL selected in a text field to copy by hand; `[data-copy-text-from]`
 * buttons copy a field's text (an embed snippet). `[data-share-link]`
 * buttons open the system share sheet where the browser has one.
 */
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

function announce(button: HTMLElement, message: string): void {
  const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
  if (status) {
    status.textContent = message;
    window.setTimeout(() => (status.textContent = ''), 2500);
  }
}

/** Copies the text of a field (an embed snippet); on refusal, selects it for copying by hand. */
async function copyFieldText(button: HTMLElement): Promise<void> {
  const field = document.getElementById(button.dataset.copyTextFrom ?? '') as HTMLTextAreaElement | null;
  if (!field) return;
  try {
    await navigator.clipboard.writeText(field.value);
    announce(button, 'Embed code copied');
  } catch {
    field.focus();
    field.select();
    announce(button, 'Copy the selected code');
  }
}

async function copy(button: HTMLElement): Promise<void> {
  const url = absoluteUrl(button.dataset.copyLink ?? '');
  try {
    await navigator.clipboard.writeText(url);
    announce(button, 'Link copied');
  } catch {
    showFallback(button, url);
    announce(button, 'Copy the selected link');
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

export function enhanceShareButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
    button.addEventListener('click', () => void copy(button));
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-text-from]')) {
    button.addEventListener('click', () => void copyFieldText(button));
  }
  if (typeof navigator.share === 'function') {
    for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-share-link]')) {
      button.dataset.shareReady = '';
      button.addEventListener('click', () => void share(button));
    }
  }
}
