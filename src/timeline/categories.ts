/** The timeline's categories: the article's kinds of event, then the outside reports, kept last and apart. */
import type { EventInput } from '../schemas/event';

export const LATER_REPORTS = 'later-reports' as const;

export type TimelineCategory = EventInput['category'] | typeof LATER_REPORTS;

const LABELS: Record<TimelineCategory, string> = {
  background: 'Background',
  protest: 'Protest',
  'security-crackdown': 'Security crackdown',
  government: 'Government',
  'military-deployment': 'Military deployment',
  diplomacy: 'Diplomacy',
  statement: 'Statement',
  [LATER_REPORTS]: 'Later reports',
};

/** Filter and legend order. */
export const CATEGORY_ORDER = Object.keys(LABELS) as TimelineCategory[];

export function categoryLabel(category: TimelineCategory): string {
  return LABELS[category];
}
