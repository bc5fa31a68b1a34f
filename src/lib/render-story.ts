/** The article's HTML for a story, annotated from its model, rendered once per build and shared. */
import rehypeAnnotate from '../markdown/rehype-annotate';
import { renderArticle } from '../markdown/pipeline';
import { planAnnotations } from '../model/annotations';
import { findMentions } from '../model/mentions';
import type { Story } from '../model/types';

const rendered = new Map<string, string>();

export function renderStoryArticle(story: Story): string {
  let html = rendered.get(story.slug);
  if (html === undefined) {
    const plan = planAnnotations(story, findMentions(story));
    html = renderArticle(story.body, story.articlePath, [[rehypeAnnotate, { plan }]]);
    rendered.set(story.slug, html);
  }
  return html;
}
