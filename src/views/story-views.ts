/** A story's views, in menu order, as the story menu and the search page list them. */
import { chartsLabel } from './charts/panels';
import { storyPanels } from './charts/registry';
import { routes } from './routes';
import type { Story } from '../story/types';

export type StoryViewKey = 'article' | 'timeline' | 'actors' | 'charts' | 'claims';

export interface StoryView {
  key: StoryViewKey;
  label: string;
  href: string;
}

/** The views a story has: its charts page only when it has numbers to chart, named for what they count. */
export function storyViews(story: Story): StoryView[] {
  const { slug } = story;
  const views: (StoryView | false)[] = [
    { key: 'article', label: 'Article', href: routes.story(slug) },
    { key: 'timeline', label: 'Timeline', href: routes.timeline(slug) },
    { key: 'actors', label: 'Who’s who', href: routes.actors(slug) },
    storyPanels(story).length > 0 && { key: 'charts', label: chartsLabel(story), href: routes.charts(slug) },
    { key: 'claims', label: 'Who claimed what', href: routes.claims(slug) },
  ];
  return views.filter((view): view is StoryView => Boolean(view));
}
