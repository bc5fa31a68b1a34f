/**
 * What the site search indexes, as plain data made from the story model: one record per claim, figure
 * report, figure, event and actor, each with the URL of its exact entry (#fragment), plus the article
 * pages to index as HTML (Pagefind splits those into sections by their heading ids). Statuses, kinds
 * and categories are worded by the site's one vocabulary, as on the pages. Pure.
 */
import { routes } from '../routes';
import { quoted } from '../format/text';
import type { Story } from '../../story/types';
import { actorKindLabel, claimKinds, eventCategories, givenOn, outsideReportLabels, outsideTiming, statusLabel, valueTypeLabel } from '../vocabulary';

type SearchRecordType = 'claim' | 'report' | 'later-report' | 'figure' | 'event' | 'actor';

export interface SearchRecord {
  url: string;
  type: SearchRecordType;
  title: string;
  content: string;
  /** The story's title, shown under each result. */
  story: string;
  language: string;
}

export interface SearchFeed {
  records: SearchRecord[];
  /** Built pages to index from their HTML (the article readers). */
  pages: { url: string; story: string }[];
}

/** Words joined into one indexable line; empty parts dropped. */
const line = (...parts: (string | undefined | false)[]) => parts.filter(Boolean).join(' ');

/** The article's words, marked as a quotation. */
const articleWords = (text: string) => `Article: ${quoted(text)}`;

export function searchRecords(story: Story): SearchRecord[] {
  const { slug } = story;
  const actorName = (id: string | undefined) => (id ? (story.actors.find((actor) => actor.id === id)?.name ?? id) : undefined);
  const common = { story: story.meta.title, language: story.meta.language };

  const claims = story.claims.map((claim) => ({
    ...common,
    url: routes.claim(slug, claim.id),
    type: 'claim' as const,
    title: `${actorName(claim.speaker)}: ${claim.summary}`,
    content: line(
      articleWords(claim.citation.articleText),
      `Said by ${actorName(claim.speaker)}${claim.via ? ` via ${actorName(claim.via)}` : ''}.`,
      `Site’s summary: ${claim.summary}`,
      `${claimKinds[claim.kind].label}. Status: ${statusLabel(claim.status)}.`,
    ),
  }));

  const reports = story.figures.flatMap((figure) =>
    figure.reports.map((report) => {
      const url = routes.claimFigureReport(slug, figure.id, report.id);
      if (report.origin === 'external') {
        return {
          ...common,
          url,
          type: 'later-report' as const,
          title: `${outsideReportLabels[outsideTiming(report.publishedDate, story.meta.published)]} (${report.outlet}): ${figure.label}, ${report.value.text}`,
          content: line(
            report.summary,
            `Given by ${report.claimantName}, ${givenOn(report.date, report.dateQualifier)}.`,
            `${valueTypeLabel(report.value.type)}. Status: ${statusLabel(report.confirmation)}.`,
            `${report.outlet}: ${report.title}.`,
          ),
        };
      }
      return {
        ...common,
        url,
        type: 'report' as const,
        title: `${actorName(report.claimant)}: ${figure.label}, ${quoted(report.value.text)}`,
        content: line(
          articleWords(report.citation.articleText),
          `Said by ${actorName(report.claimant)}${report.via ? ` via ${actorName(report.via)}` : ''}.`,
          figure.subject,
          `${valueTypeLabel(report.value.type)}. Status: ${statusLabel(report.confirmation)}.`,
        ),
      };
    }),
  );

  const figures = story.figures.map((figure) => ({
    ...common,
    url: routes.figure(slug, figure.id),
    type: 'figure' as const,
    title: figure.label,
    content: line(figure.subject, figure.annotation, ...figure.reports.map((report) => report.value.text)),
  }));

  const events = story.events.map((event) => ({
    ...common,
    url: routes.event(slug, event.id),
    type: 'event' as const,
    title: event.title,
    content: line(
      articleWords(event.citation.articleText),
      event.date.phrase,
      eventCategories[event.category].label,
      event.place,
      event.actors.map(actorName).join(', '),
      event.annotation,
    ),
  }));

  const actors = story.actors.map((actor) => ({
    ...common,
    url: routes.actor(slug, actor.id),
    type: 'actor' as const,
    title: actor.name,
    content: line(`${actor.name}.`, `${actorKindLabel(actor.kind)}.`, actor.aliases.join(', '), actor.role, actor.description),
  }));

  return [...claims, ...reports, ...figures, ...events, ...actors];
}

export function searchFeed(stories: Story[]): SearchFeed {
  return {
    records: stories.flatMap(searchRecords),
    pages: stories.map((story) => ({ url: routes.story(story.slug), story: story.meta.title })),
  };
}
