/** The article's HTML for a story, annotated from its model, rendered once per build and shared. */
import rehypeAnnotate from './rehype-annotate';
import { renderArticle } from './render-article';
import { planAnnotations } from './annotations';
import type { Story } from '../../story/types';
import { routes } from '../routes';

const rendered = new Map<string, string>();

export function renderStoryArticle(story: Story): string {
  let html = rendered.get(story.slug);
  if (html === undefined) {
    const plan = planAnnotations(story);
    html = renderArticle(story.body, story.articlePath, {
      annotations: [[rehypeAnnotate, { plan }]],
      idAliases: story.meta.idAliases,
      arrival: { title: story.meta.title, startHref: routes.story(story.slug) },
    });
    rendered.set(story.slug, html);
  }
  return html;
}

/**
 * One section of the rendered article (for its share page). Sections are never nested, so the
 * rendered <section> elements can be cut apart at their opening tags.
 */
export function renderStorySection(story: Story, sectionId: string): string {
  const opening = '<section class="article-section" aria-labelledby="';
  const part = renderStoryArticle(story)
    .split(opening)
    .find((chunk) => chunk.startsWith(`${sectionId}"`));
  if (!part) throw new Error(`${story.articlePath}: no section "${sectionId}"`);
  return `${opening}${part.slice(0, part.lastIndexOf('</section>'))}</section>`;
}
