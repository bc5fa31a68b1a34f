/**
 * Enhances the chart figures, which already work without it: a tooltip on hover and keyboard focus of
 * each mark, a switch between the chart and its table, and `#figure-<id>` links that bring the figure's
 * mark into view (and focus it) while the chart is shown.
 */
import { anchors } from '../../views/anchors';

const MARK = '.chart-mark';

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The drawn part of a mark, to place the tooltip beside it rather than beside its whole lane. */
function anchorOf(mark: Element): Element {
  return mark.querySelector('.mark, .map-arrow, .map-massed, .map-member') ?? mark;
}

function setUpTooltip(figure: HTMLElement): void {
  const tip = figure.querySelector<HTMLElement>('[data-chart-tooltip]');
  if (!tip) return;
  let active: SVGElement | null = null;

  const hide = () => {
    active?.classList.remove('is-active');
    active = null;
    tip.hidden = true;
  };
  const show = (mark: SVGElement) => {
    if (active === mark) return;
    active?.classList.remove('is-active');
    active = mark;
    mark.classList.add('is-active');
    tip.replaceChildren(
      ...(mark.dataset.tip ?? '').split('\n').map((line) => {
        const paragraph = document.createElement('p');
        paragraph.textContent = line;
        return paragraph;
      }),
    );
    tip.dataset.origin = mark.dataset.origin ?? '';
    tip.hidden = false;
    const frame = figure.getBoundingClientRect();
    const box = anchorOf(mark).getBoundingClientRect();
    const left = Math.min(Math.max(0, box.left - frame.left), Math.max(0, frame.width - tip.offsetWidth));
    const below = box.bottom - frame.top + 8;
    const above = box.top - frame.top - tip.offsetHeight - 8;
    // Below the mark, unless that runs past the bottom of the window and there is room above.
    const top = box.bottom + 8 + tip.offsetHeight > window.innerHeight && above > 0 ? above : below;
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(top)}px`;
  };

  const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGElement>(MARK) : null);
  figure.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  figure.addEventListener('focusout', (event) => {
    if (!markOf(event.relatedTarget)) hide();
  });
  figure.addEventListener('pointerover', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  figure.addEventListener('pointerout', (event) => {
    if (markOf(event.target) && !markOf(event.relatedTarget) && !figure.contains(document.activeElement?.closest(MARK) ?? null)) hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}

function setUpToggle(figure: HTMLElement): void {
  const toolbar = figure.querySelector<HTMLElement>('[data-chart-toolbar]');
  // Rendered only for figures that have both a chart and a table; CSS shows the view in data-view.
  if (!toolbar) return;
  const buttons = [...toolbar.querySelectorAll<HTMLButtonElement>('button[data-show]')];
  const showView = (view: string) => {
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.show === view));
    figure.dataset.view = view;
  };
  for (const button of buttons) button.addEventListener('click', () => showView(button.dataset.show ?? 'chart'));
}

/**
 * Follows a `#figure-<id>` link to the figure's first visible mark while the chart is shown. A link the
 * page opens with (from elsewhere) jumps straight there, as every other permalink does (global.css); one
 * followed on the page glides, unless the reader asks for reduced motion.
 */
function revealTarget(glide: boolean): void {
  const match = new RegExp(`^#${anchors.figure('([a-z0-9-]+)')}$`).exec(location.hash);
  if (!match) return;
  const row = document.getElementById(anchors.figure(match[1]));
  const figure = row?.closest<HTMLElement>('[data-chart-figure]');
  if (!figure || figure.dataset.view !== 'chart') return;
  const mark = [...figure.querySelectorAll<SVGElement>(`${MARK}[data-figure="${match[1]}"]`)].find(
    (candidate) => candidate.getClientRects().length > 0,
  );
  if (!mark) return;
  // The mark with its own axis (the nearest above it: a chart has one per kind of count) when both fit
  // on the screen, so its value can be read; else the mark.
  const box = mark.getBoundingClientRect();
  const axis = [...(mark.ownerSVGElement?.querySelectorAll('.chart-axis-label') ?? [])]
    .map((label) => label.getBoundingClientRect())
    .filter((label) => label.top <= box.top)
    .at(-1);
  const margin = 16;
  const withAxis = axis && box.bottom - axis.top + 2 * margin <= window.innerHeight;
  const top = withAxis ? axis.top - margin : box.top + box.height / 2 - window.innerHeight / 2;
  window.scrollTo({ top: window.scrollY + top, behavior: glide && !reducedMotion() ? 'smooth' : 'instant' });
  mark.focus({ preventScroll: true });
}

export function enhanceCharts(root: ParentNode = document): void {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-chart-figure]')) {
    if (figure.dataset.enhanced) continue;
    figure.dataset.enhanced = 'true';
    setUpTooltip(figure);
    setUpToggle(figure);
  }
  // After the stylesheets apply: only then is it known which width's chart is the visible one.
  if (document.readyState === 'complete') revealTarget(false);
  else window.addEventListener('load', () => revealTarget(false), { once: true });
  window.addEventListener('hashchange', () => revealTarget(true));
}
