/** A lane chart's title and the plain-language summary in its <desc>, both from the figures it draws. */
import type { Figure } from '../../story/types';
import type { LaneGroup } from './story-lanes';
import type { UnitGroup } from './unit-lane';
import { figureKinds, figuresOutsideTimings, outsideReportsNoun, reportedBy } from '../vocabulary';

/** A lane chart's title, from what its axes count: "People killed and people injured: the article’s numbers…". */
export function lanesTitle(figures: Figure[], articlePublished: string): string {
  const counts = [...new Set(figures.map((figure) => figureKinds[figure.kind].label))];
  // Only the first kind keeps its capital: "People killed, people injured and people missing".
  const named = new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(counts.map((count, index) => (index === 0 ? count : count.toLowerCase())));
  const outside = figuresOutsideTimings(figures, articlePublished);
  return `${named}: ${outside.length > 0 ? `the article’s numbers and ${outsideReportsNoun(outside).many}` : 'the article’s numbers'}`;
}

/** Every report the chart draws, in words: each group's lanes, then each count drawn as squares. */
export function describeLanes(groups: LaneGroup[], units: UnitGroup[]): string {
  const described = groups.map((group) => {
    const reports = group.lanes.map(({ row }) =>
      row.origin === 'article'
        ? `“${row.valueText}” (${row.kind.toLowerCase()}) from ${row.source}, ${row.confirmationLabel.toLowerCase()}, in the article`
        : `${row.valueText} (${row.kind.toLowerCase()}) from ${row.source}, ${reportedBy(row.outlet!, row.timing!, { inSentence: true })}`,
    );
    return `${group.figure.label}: ${reports.join('; ')}.`;
  });
  const counted = units.map((unit) => `${unit.figure.label}: “${unit.lane.row.valueText}”${unit.names.length ? `, ${unit.names.join(', ')}` : ''}.`);
  const outside = groups.flatMap((group) => group.lanes.flatMap(({ row }) => (row.timing ? [row.timing] : [])));
  const order = outside.length > 0 ? `the article’s first and ${outsideReportsNoun(outside).many} after it` : 'the article’s own';
  return [`Each row is one report of a number, ${order}.`, ...described, ...counted].join(' ');
}
