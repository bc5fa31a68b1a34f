/**
 * The `/` key opens search from any page that loads this (a few hundred bytes), unless the reader is
 * typing. The search page handles `/` itself, by focusing its box.
 */

/** True when a key press belongs to a text field, not to the page. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/** `/` focuses the masthead's search box (#site-search), or else goes to the search page (#search-input). */
export function installSearchShortcut(searchPath = '/search/'): void {
  if (document.querySelector('form[data-search-form]')) return;
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
    event.preventDefault();
    const box = document.getElementById('site-search');
    if (box) box.focus();
    else location.assign(`${searchPath}#search-input`);
  });
}
