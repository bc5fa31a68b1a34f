/** The check's last line, the same for `npm run check` and the build: how many mistakes, or how many stories passed. */
import type { ContentCheck } from './check-content';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function checkSummary({ stories, errors, warnings }: ContentCheck): string {
  const warned = warnings.length ? `, ${count(warnings.length, 'warning', 'warnings')}` : '';
  if (errors.length) return `${count(errors.length, 'content mistake', 'content mistakes')}${warned}: fix each line above (file:line:column, entry, field)`;
  return `${count(stories.length, 'story', 'stories')} checked, no mistakes${warned}`;
}
