/** The over-time chart's words about itself: the <desc> that lists its reports by date, and its reading note. */
import { formatShortDay } from './format';
import { placeByDate } from './over-time-placement';
import type { LaneGroup } from './story-lanes';
import { givenOn } from '../vocabulary';

/** The reports in date order, in words, for the SVG's <desc>. */
export function describeOverTime(articleDate: string, groups: LaneGroup[]): string {
  const described = groups.map((group) => {
    const reports = placeByDate(group.lanes, () => 0, [0, Infinity]).map(({ lane: { row } }) => {
      const when = givenOn(row.date, row.dateQualifier, formatShortDay);
      return row.origin === 'article' ? `“${row.valueText}” from ${row.source}, in the article, ${when}` : `${row.valueText} from ${row.source}, reported by ${row.outlet}, ${when}`;
    });
    return `${group.figure.label}, by date of report: ${reports.join('; ')}.`;
  });
  return [`The article is dated ${formatShortDay(articleDate)}.`, ...described].join(' ');
}

/** Why these figures are drawn by date, for the notes beside the chart. */
export function overTimeNote(groups: LaneGroup[]): string {
  return `Why over time: ${groups.map((group) => `“${group.figure.label}”`).join(' and ')} ${groups.length > 1 ? 'were' : 'was'} reported as several different numbers, so each is placed at the date of its report, on a linear axis from zero. Reports of the same day stand side by side in the order given, not by time of day.`;
}
