/** The article's HTML for a story, rendered once per build and shared by every page that shows it. */
import { renderArticle } from '../markdown/pipeline';
import type { Story } from '../model/types';

const rendered = new Map<string, string>();

export function renderStoryArticle(story: Story): string {
  let html = rendered.get(story.slug);
  if (html === undefined) {
    html = renderArticle(story.body, story.articlePath);
    rendered.set(story.slug, html);
  }
  return html;
}
