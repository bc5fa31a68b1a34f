/**
 * Timeline filters, as enhancement: without this script every entry shows and the filters stay hidden.
 * The chosen category and actor live in the URL (?category=diplomacy&actor=putin), so a filtered view can
 * be shared and is restored on load; values that match no option are ignored. The count of shown entries
 * is announced through the page's live region, and the mark of each hidden entry is dimmed on the axis.
 */
import { fragmentId } from './fragment';
type FilterName = 'category' | 'actor';
const FILTERS: FilterName[] = ['category', 'actor'];

function optionLabel(select: HTMLSelectElement): string {
  return select.selectedOptions[0]?.dataset.label ?? select.value;
}

export function enhanceTimeline(root: Document = document): void {
  const form = root.querySelector<HTMLFormElement>('form[data-timeline-filters]');
  const list = root.querySelector<HTMLElement>('[data-timeline-list]');
  const status = root.querySelector<HTMLElement>('[data-timeline-count]');
  if (!form || !list || !status) return;
  const entries = [...list.querySelectorAll<HTMLElement>(':scope > li[data-origin]')];
  const marks = [...root.querySelectorAll<SVGElement>('[data-entry]')];
  const selects = Object.fromEntries(FILTERS.map((name) => [name, form.elements.namedItem(name) as HTMLSelectElement])) as Record<
    FilterName,
    HTMLSelectElement
  >;

  const matches = (entry: HTMLElement) =>
    (!selects.category.value || entry.dataset.category === selects.category.value) &&
    (!selects.actor.value || (entry.dataset.actors ?? '').split(' ').includes(selects.actor.value));

  // With no filter the page's own summary stays, word for word: the load then changes nothing.
  const everything = status.textContent ?? '';
  const apply = () => {
    const hidden = new Set<string>();
    for (const entry of entries) {
      const keep = matches(entry);
      // A class, not the hidden attribute: print shows every entry whatever the filters.
      entry.classList.toggle('is-filtered-out', !keep);
      if (!keep) hidden.add(entry.id);
    }
    for (const mark of marks) mark.classList.toggle('is-filtered-out', hidden.has(mark.dataset.entry ?? ''));
    const shown = entries.length - hidden.size;
    const chosen = FILTERS.filter((name) => selects[name].value).map((name) => `${name === 'actor' ? 'who' : name}: ${optionLabel(selects[name])}`);
    status.textContent = chosen.length
      ? `Showing ${shown} of ${entries.length} entries (${chosen.join('; ')}).${shown === 0 ? ' Choose “Show everything” to see them all.' : ''}`
      : everything;
  };

  const writeUrl = () => {
    const url = new URL(location.href);
    for (const name of FILTERS) {
      if (selects[name].value) url.searchParams.set(name, selects[name].value);
      else url.searchParams.delete(name);
    }
    history.replaceState(history.state, '', url);
  };

  const markTarget = () => {
    const id = fragmentId();
    for (const mark of marks) mark.classList.toggle('is-current', id !== null && mark.dataset.entry === id);
  };

  // Restore the filters from the URL, accepting only values the page offers.
  const params = new URLSearchParams(location.search);
  for (const name of FILTERS) {
    const wanted = params.get(name) ?? '';
    selects[name].value = [...selects[name].options].some((option) => option.value === wanted) ? wanted : '';
  }
  apply();

  // A link to one entry must land on it, even when the filters in the same URL would hide it.
  const targetId = fragmentId();
  const target = targetId ? root.getElementById(targetId) : null;
  if (target && entries.includes(target)) {
    if (target.classList.contains('is-filtered-out')) {
      for (const name of FILTERS) selects[name].value = '';
      apply();
      writeUrl();
    }
    target.scrollIntoView();
  }
  markTarget();

  form.addEventListener('change', () => {
    apply();
    writeUrl();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => {
    // The form resets its fields after this event; filter once it has.
    setTimeout(() => {
      apply();
      writeUrl();
    });
  });
  addEventListener('hashchange', markTarget);
}
