/**
 * Plans the article's annotations from the story model: which words link to a profile, a chart mark or a
 * timeline event, and what the site adds beside each block (its notes, the events and figures the block
 * reports, and later figures from outside the article). Pure: the rehype plugin only applies the plan.
 */
import { routes } from '../routes';
import { normalizeText } from '../../story/text';
import { givenOn } from '../vocabulary';

import type { ExternalReport, Story } from '../../story/types';

type LinkKind = 'figure' | 'event' | 'mention';

export interface InlineLink {
  kind: LinkKind;
  /** The id of the figure, event or actor. */
  id: string;
  start: number;
  end: number;
  href: string;
}

interface LaterFigure {
  figureLabel: string;
  href: string;
  reports: { value: string; claimant: string; date: string; outlet: string; url: string }[];
}

export interface BlockAnnotations {
  links: InlineLink[];
  notes: string[];
  events: { id: string; title: string; href: string }[];
  figures: { id: string; label: string; href: string }[];
  later: LaterFigure[];
}

export type AnnotationPlan = Map<string, BlockAnnotations>;

const PRIORITY: Record<LinkKind, number> = { figure: 0, event: 1, mention: 2 };

function laterReport(report: ExternalReport) {
  return {
    value: report.value.text,
    claimant: report.claimantName,
    date: givenOn(report.date, report.dateQualifier),
    outlet: report.outlet,
    url: report.url,
  };
}

export function planAnnotations(story: Story): AnnotationPlan {
  const plan: AnnotationPlan = new Map();
  const blockText = new Map(story.blocks.map((block) => [block.id, normalizeText(block.text)]));
  const entry = (blockId: string) => {
    let annotations = plan.get(blockId);
    if (!annotations) {
      annotations = { links: [], notes: [], events: [], figures: [], later: [] };
      plan.set(blockId, annotations);
    }
    return annotations;
  };
  const candidates: { blockId: string; link: InlineLink }[] = [];
  const spanOf = (blockId: string, excerpt: string) => {
    const start = (blockText.get(blockId) ?? '').indexOf(normalizeText(excerpt));
    return { start, end: start + normalizeText(excerpt).length };
  };

  for (const figure of story.figures) {
    const href = routes.figure(story.slug, figure.id);
    const later = story.figures
      .filter((other) => other.id === figure.id || other.relatedFigures.includes(figure.id))
      .map((other) => ({
        figureLabel: other.label,
        href: routes.figure(story.slug, other.id),
        reports: other.reports.filter((report) => report.origin === 'external').map(laterReport),
      }))
      .filter((group) => group.reports.length > 0);
    for (const report of figure.reports) {
      if (report.origin !== 'article') continue;
      const { blockId, excerpt } = report.citation;
      candidates.push({ blockId, link: { kind: 'figure', id: figure.id, href, ...spanOf(blockId, excerpt) } });
      const annotations = entry(blockId);
      if (!annotations.figures.some((item) => item.id === figure.id)) {
        annotations.figures.push({ id: figure.id, label: figure.label, href });
        annotations.later.push(...later.filter((group) => !annotations.later.some((known) => known.href === group.href)));
      }
    }
  }

  for (const event of story.events) {
    const { blockId, excerpt } = event.citation;
    const href = routes.event(story.slug, event.id);
    candidates.push({ blockId, link: { kind: 'event', id: event.id, href, ...spanOf(blockId, excerpt) } });
    entry(blockId).events.push({ id: event.id, title: event.title, href });
  }

  const linkedInSection = new Set<string>();
  for (const mention of story.mentions) {
    const key = `${mention.section}/${mention.actorId}`;
    if (linkedInSection.has(key)) continue;
    linkedInSection.add(key);
    const href = routes.actor(story.slug, mention.actorId);
    candidates.push({ blockId: mention.blockId, link: { kind: 'mention', id: mention.actorId, href, start: mention.start, end: mention.end } });
  }

  candidates.sort((a, b) => PRIORITY[a.link.kind] - PRIORITY[b.link.kind]);
  for (const { blockId, link } of candidates) {
    if (link.start < 0) continue;
    const { links } = entry(blockId);
    const overlaps = links.some((other) => link.start < other.end && link.end > other.start);
    if (!overlaps) links.push(link);
  }

  for (const note of story.notes) {
    if ('paragraph' in note.target) entry(note.target.paragraph).notes.push(note.text);
  }

  // Each later figure is told once, beside the first passage (in reading order) that reports it.
  const told = new Set<string>();
  for (const block of story.blocks) {
    const annotations = plan.get(block.id);
    if (!annotations) continue;
    annotations.later = annotations.later.filter((group) => !told.has(group.href) && Boolean(told.add(group.href)));
  }
  return plan;
}
