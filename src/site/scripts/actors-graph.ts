/**
 * Enhancement for the relationship graph: a click on an actor's mark or name opens their profile. The
 * drawing is one image for assistive technology; keyboard and screen-reader users have the same links
 * in the relations list beside it, so this serves pointer users only.
 */
export function enhanceActorGraphs(root: ParentNode = document): void {
  for (const frame of root.querySelectorAll<HTMLElement>('[data-actor-graph]')) {
    frame.addEventListener('click', (event) => {
      const node = (event.target as Element).closest<SVGGElement>('[data-href]');
      const href = node?.dataset.href;
      if (href) location.assign(href);
    });
  }
}
