/**
 * Applies an annotation plan to the article: wraps planned spans of the reporter's text in links (the
 * words themselves never change) and puts the site's own notes beside the block, as an aside that is
 * labelled as the site's and sits outside the reporter's paragraph.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { AnnotationPlan, BlockAnnotations, InlineLink } from './annotations';
import { quoted } from '../format/text';

/**
 * The elements whose text is the block's text, in order: the paragraph, the caption, or each paragraph of
 * the tweet's quotation (the block's text keeps a tweet's paragraphs apart by one space, remark-block-ids.ts).
 */
function textContainers(node: Element): Element[] {
  if (node.tagName !== 'figure') return [node];
  const inner = node.children.find(
    (child): child is Element => child.type === 'element' && (child.tagName === 'figcaption' || child.tagName === 'blockquote'),
  );
  if (inner?.tagName === 'blockquote') {
    const paragraphs = inner.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'p');
    return paragraphs.length ? paragraphs : [inner];
  }
  return inner ? [inner] : [];
}

/**
 * Wraps each link's span in an <a>, walking the text nodes in order; the container's text starts at `textStart`
 * in the block’s text. Spans crossing markup are left as text.
 */
function wrapLinks(container: Element, links: InlineLink[], textStart = 0): void {
  const sorted = [...links].sort((a, b) => a.start - b.start);
  let offset = textStart;
  const rewrite = (children: ElementContent[]): ElementContent[] =>
    children.flatMap((child): ElementContent[] => {
      if (child.type === 'element') {
        if (child.tagName === 'span' && String(child.properties.className ?? '').includes('credit')) return [child];
        child.children = rewrite(child.children);
        return [child];
      }
      if (child.type !== 'text') return [child];
      const text = child.value;
      const from = offset;
      offset += text.length;
      const inside = sorted.filter((link) => link.start >= from && link.end <= from + text.length);
      if (inside.length === 0) return [child];
      const out: ElementContent[] = [];
      let cursor = 0;
      for (const link of inside) {
        const start = link.start - from;
        const end = link.end - from;
        if (start > cursor) out.push({ type: 'text', value: text.slice(cursor, start) } satisfies Text);
        out.push(
          h('a', { href: link.href, className: ['annot', `annot-${link.kind}`], dataAnnot: `${link.kind}:${link.id}` }, text.slice(start, end)),
        );
        cursor = end;
      }
      if (cursor < text.length) out.push({ type: 'text', value: text.slice(cursor) });
      return out;
    });
  container.children = rewrite(container.children);
}

/**
 * A later figure's reports in order, one entry per value: a value several outlets gave is said once
 * with all of them ("19 (AP, 15 January 2022; RFE/RL, 14 March 2022)"), so nothing reads "19 → 19".
 */
function laterLine(group: BlockAnnotations['later'][number]): Element {
  const values: { value: string; sources: { outlet: string; url: string; date: string }[] }[] = [];
  for (const report of group.reports) {
    const last = values.at(-1);
    const source = { outlet: report.outlet, url: report.url, date: report.date };
    if (last?.value === report.value) last.sources.push(source);
    else values.push({ value: report.value, sources: [source] });
  }
  const text = (value: string): Text => ({ type: 'text', value });
  const said = values.flatMap(({ value, sources }, index): ElementContent[] => [
    ...(index > 0 ? [text(', then ')] : []),
    h('strong', value),
    text(' ('),
    ...joinLinks(sources.map((source) => h('a', { href: source.url, rel: 'noopener' }, `${source.outlet}, ${source.date}`))),
    text(')'),
  ]);
  return h('div', { className: ['later-report'], dataOrigin: 'external' }, [
    h('p', [h('span', { className: ['later-report-label'] }, 'Later figures, not in this article: '), h('a', { href: group.href }, group.figureLabel)]),
    h('p', said),
  ]);
}

/** The opening words of a block, so each aside landmark has its own accessible name. */
function openingWords(node: Element): string {
  const words = toString(node).trim().split(/\s+/);
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : words.join(' ');
}

/**
 * The site's notes beside a block: its own notes and later figures, each behind a one-line summary, so
 * a note never pushes the reporter's text apart (links to the timeline and charts are in the text
 * itself). No aside when the site has nothing to say about the block.
 */
function aside(blockId: string, opening: string, annotations: BlockAnnotations): Element | null {
  const { notes, later } = annotations;
  if (notes.length + later.length === 0) return null;
  const parts: Element[] = [];
  if (notes.length) {
    parts.push(
      h('details', { className: ['block-note'] }, [
        h('summary', [h('span', { className: ['site-words-label'] }, notes.length === 1 ? 'Site’s note' : `Site’s notes (${notes.length})`)]),
        ...notes.map((note) => h('p', note)),
      ]),
    );
  }
  if (later.length) {
    parts.push(
      h('details', { className: ['block-later'] }, [
        h('summary', [h('span', { className: ['later-report-label'] }, `Later figures: ${later.map((group) => group.figureLabel.toLowerCase()).join('; ')}`)]),
        ...later.map(laterLine),
      ]),
    );
  }
  return h('aside', { className: ['block-aside'], ariaLabel: `Site’s notes on the passage ${quoted(opening)}`, dataFor: blockId }, parts);
}

function joinLinks(links: Element[]): ElementContent[] {
  return links.flatMap((link, index) => (index === 0 ? [link] : [{ type: 'text', value: '; ' } as Text, link]));
}

export default function rehypeAnnotate(options: { plan: AnnotationPlan }) {
  return (tree: Root) => {
    const out: Root['children'] = [];
    for (const node of tree.children) {
      out.push(node);
      if (node.type !== 'element' || typeof node.properties.id !== 'string') continue;
      const annotations = options.plan.get(node.properties.id);
      if (!annotations) continue;
      const containers = textContainers(node);
      let start = 0;
      for (const container of containers) {
        wrapLinks(container, annotations.links, start);
        // One space between a tweet's paragraphs in the block's text.
        start += toString(container).length + 1;
      }
      const note = aside(node.properties.id, openingWords(containers[0] ?? node), annotations);
      if (note) out.push(note);
    }
    tree.children = out;
  };
}
