/**
 * The search page's client: queries the static Pagefind index (loaded at runtime from /pagefind/, never
 * bundled), lists results as plain links to the exact section or entry, keeps the query in ?q=, and moves
 * through results with the arrow keys. No inline styles or scripts, so the site's CSP holds.
 */
import { isTypingTarget } from './search-shortcut';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, wait?: number): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

interface Hit {
  url: string;
  title: string;
  excerpt: string;
  type: string;
  story?: string;
}

const MAX_RESULTS = 12;
const SECTIONS_PER_PAGE = 3;

/** What kind of entry a result is, in words, from the record type the index stores. */
const typeLabels: Record<string, string> = {
  claim: 'Claim · Who claimed what',
  report: 'Reported figure · Who claimed what',
  'later-report': 'Later report, outside the article · Who claimed what',
  figure: 'Figure · Charts',
  event: 'Event · Timeline',
  actor: 'Person or body · Who’s who',
  section: 'Article section',
};

/** Pagefind's excerpts are HTML with <mark>; rebuild them from text so nothing else gets in. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstElementChild;
  return [...(parsed?.childNodes ?? [])].map((node) =>
    node.nodeName === 'MARK' ? Object.assign(document.createElement('mark'), { textContent: node.textContent }) : document.createTextNode(node.textContent ?? ''),
  );
}

/** A page result becomes one hit per matching section (its heading anchor); a record is one hit. */
function hitsOf(data: PagefindData): Hit[] {
  const type = data.meta.type ?? 'section';
  if (data.meta.type || data.sub_results.length === 0) {
    return [{ url: data.url, title: data.meta.title ?? data.url, excerpt: data.excerpt, type, story: data.meta.story }];
  }
  return [...data.sub_results]
    .sort((a, b) => b.locations.length - a.locations.length)
    .slice(0, SECTIONS_PER_PAGE)
    .map((sub) => ({
      url: sub.url,
      title: sub.title === data.meta.title ? `${sub.title} (opening)` : sub.title,
      excerpt: sub.excerpt,
      type: 'section',
      story: data.meta.title,
    }));
}

function renderHit(hit: Hit): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const kind = Object.assign(document.createElement('p'), { className: 'search-result-type', textContent: typeLabels[hit.type] ?? hit.type });
  const link = Object.assign(document.createElement('a'), { className: 'search-result-link', href: hit.url, textContent: hit.title });
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  excerpt.append(...excerptNodes(hit.excerpt));
  item.append(kind, link, excerpt);
  if (hit.story) item.append(Object.assign(document.createElement('p'), { className: 'search-result-story', textContent: `In “${hit.story}”` }));
  return item;
}

async function loadPagefind(bundle: string): Promise<PagefindApi> {
  const url = `${bundle}pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
  await pagefind.options({ excerptLength: 24 });
  await pagefind.init();
  return pagefind;
}

/** Arrow keys walk from the box through the result links and back; Escape returns to the box. */
function enableArrowKeys(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.search-result-link')];
  const move = (event: KeyboardEvent, step: number) => {
    const all = links();
    if (all.length === 0) return;
    event.preventDefault();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    const next = at + step;
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)].focus();
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') move(event, 1);
  });
  list.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') move(event, 1);
    else if (event.key === 'ArrowUp') move(event, -1);
    else if (event.key === 'Escape') input.focus();
  });
}

export function enhanceSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  const list = document.querySelector<HTMLElement>('[data-search-results]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  if (!form || !input || !list || !status) return;

  let pagefind: Promise<PagefindApi> | undefined;
  const run = async (query: string) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      pagefind ??= loadPagefind(form.dataset.bundle ?? '/pagefind/');
      const search = await (await pagefind).debouncedSearch(query, {}, 150);
      if (search === null) return; // a newer query replaced this one
      const datas = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      const hits = datas.flatMap(hitsOf);
      list.replaceChildren(...hits.map(renderHit));
      status.textContent = hits.length
        ? `${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”.`
        : `Nothing found for “${query}”. Try another word, or browse below.`;
    } catch {
      pagefind = undefined;
      status.textContent = 'Search could not load its index. Browse the links below instead.';
    }
  };

  input.addEventListener('input', () => void run(input.value.trim()));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value.trim());
  });
  enableArrowKeys(input, list);
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target)) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });

  const query = new URL(location.href).searchParams.get('q')?.trim().slice(0, 200) ?? '';
  if (query) {
    input.value = query;
    void run(query);
  }
  if (location.hash === `#${input.id}` || query) input.focus();
}
