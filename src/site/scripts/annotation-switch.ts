/**
 * The article's switch for the site's links in the text: off, they read as plain text and leave the Tab
 * order. The choice is kept in the address (`?annotations=off`), so a shared link keeps it; any other
 * value there is ignored.
 */
const PARAMETER = 'annotations';

function apply(on: boolean): void {
  if (on) delete document.documentElement.dataset.annotations;
  else document.documentElement.dataset.annotations = 'off';
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.article-body a.annot')) {
    if (on) link.removeAttribute('tabindex');
    else link.tabIndex = -1;
  }
}

export function installAnnotationSwitch(): void {
  const toggle = document.querySelector<HTMLInputElement>('input[data-annotation-switch]');
  if (!toggle) return;
  const on = new URLSearchParams(location.search).get(PARAMETER) !== 'off';
  toggle.checked = on;
  apply(on);
  toggle.addEventListener('change', () => {
    apply(toggle.checked);
    const url = new URL(location.href);
    if (toggle.checked) url.searchParams.delete(PARAMETER);
    else url.searchParams.set(PARAMETER, 'off');
    history.replaceState(history.state, '', url);
  });
}
