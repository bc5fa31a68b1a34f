/**
 * The relationship graph as static SVG markup, from a finished layout. Colours come from CSS classes
 * (light and dark themes in src/site/styles/actors.css); shapes, dash patterns, widths and arrowheads are
 * presentation attributes, so the graph still reads in print and without colour. A focus actor's
 * neighbourhood is marked with classes at build time; nothing moves in the browser.
 */
import { placeEdgeLabels } from './edge-labels';
import type { GraphLayout } from './layout';
import { relationLabel } from '../vocabulary';
import { relationFamilyOf } from './vocabulary';

export interface GraphSvgOptions {
  /** Prefix for the ids inside the SVG, unique on the page. */
  idPrefix: string;
  /**
   * "image": the SVG is the accessible image, named by its title and description. "presentation": a
   * wrapper carries the name (one image drawn two ways for two widths), so the SVG is hidden from
   * assistive technology.
   */
  role?: 'image' | 'presentation';
  title: string;
  description: string;
  /** The profile URL of an actor: a script lets a click on its node go there (the lists link there for everyone). */
  hrefFor: (actorId: string) => string;
  /** An actor whose neighbourhood is emphasised; everything else is faded. */
  focus?: string;
  /** Extra class on the <svg>. */
  className?: string;
}

const escapeMap: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (text: string): string => text.replace(/[&<>"]/g, (char) => escapeMap[char]);

export function graphSvg(layout: GraphLayout, options: GraphSvgOptions): string {
  const { idPrefix, focus } = options;
  const names = new Map(layout.nodes.map((node) => [node.id, node.name]));
  const nearEdges = new Set(layout.edges.filter((edge) => edge.source === focus || edge.target === focus).map((edge) => edge.id));
  const nearNodes = new Set(layout.edges.filter((edge) => nearEdges.has(edge.id)).flatMap((edge) => [edge.source, edge.target]));
  if (focus) nearNodes.add(focus);
  const state = (near: boolean) => (focus ? (near ? ' is-near' : ' is-faded') : '');

  const edges = layout.edges.map((edge) => {
    const family = relationFamilyOf(edge.type);
    const dash = family.dash ? ` stroke-dasharray="${family.dash}"` : '';
    const sentence = `${names.get(edge.source)} ${relationLabel(edge.type)} ${names.get(edge.target)}`;
    return (
      `<g class="graph-edge family-${family.id}${state(nearEdges.has(edge.id))}" data-relation="${escapeXml(edge.id)}">` +
      `<title>${escapeXml(sentence)}</title>` +
      `<path class="edge-line" d="${edge.path}" fill="none" stroke="currentColor" stroke-width="${family.width}"${dash}/>` +
      `<path class="edge-arrow" d="${edge.arrow}" fill="currentColor"/></g>`
    );
  });

  // Relations named in words on their lines where there is room: on a profile the actor's own, on the
  // whole graph every one (the widest lines, the strongest relations, get the first free spots).
  const labelSize = Math.round(layout.fontSize * 0.9);
  const labelled = focus
    ? layout.edges.filter((edge) => nearEdges.has(edge.id))
    : [...layout.edges].sort((a, b) => relationFamilyOf(b.type).width - relationFamilyOf(a.type).width);
  const edgeLabels = placeEdgeLabels(
    layout,
    labelled,
    (edge) => relationLabel(edge.type),
    labelSize,
  ).map(
    (label) =>
      `<text class="edge-label" data-relation="${escapeXml(label.edgeId)}" x="${label.x}" y="${label.y}" dy="0.35em" text-anchor="middle" font-size="${labelSize}">${escapeXml(label.text)}</text>`,
  );

  const nodes = layout.nodes.map((node) => {
    const classes = `graph-node group-${node.group}${node.id === focus ? ' is-focus' : ''}${state(nearNodes.has(node.id))}`;
    const lines = node.lines.map((line) => `<tspan x="${node.x}" y="${line.y}">${escapeXml(line.text)}</tspan>`).join('');
    return (
      `<g class="${classes}" data-actor="${escapeXml(node.id)}" data-href="${escapeXml(options.hrefFor(node.id))}">` +
      `<title>${escapeXml(node.name)}</title>` +
      `<path class="node-mark" d="${node.path}" stroke-width="${node.shape === 'ring' ? 3 : 1.5}"/>` +
      `<text class="node-label" text-anchor="middle" font-size="${layout.fontSize}">${lines}</text></g>`
    );
  });

  const classes = ['actor-graph', focus ? 'has-focus' : '', options.className ?? ''].filter(Boolean).join(' ');
  const image = (options.role ?? 'image') === 'image';
  return (
    `<svg class="${classes}" viewBox="0 0 ${layout.width} ${layout.height}" ` +
    (image ? `role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc"` : 'aria-hidden="true"') +
    ` xmlns="http://www.w3.org/2000/svg">` +
    (image ? `<title id="${idPrefix}-title">${escapeXml(options.title)}</title><desc id="${idPrefix}-desc">${escapeXml(options.description)}</desc>` : '') +
    `<g class="graph-edges">${edges.join('')}</g>` +
    `<g class="graph-nodes">${nodes.join('')}</g>` +
    (edgeLabels.length ? `<g class="graph-edge-labels" aria-hidden="true">${edgeLabels.join('')}</g>` : '') +
    `</svg>`
  );
}
