/**
 * Small synthetic figures for the over-time chart's tests: a toll reported by outlets on given days
 * ("before" a day or on it), made into lane groups through the real rows of the mini fixture story.
 * Call these inside a test, so mutation testing counts the building as that test's.
 */
import type { ReportedValue } from '../../src/story/schemas/figure';
import type { ExternalReport, Figure, FigureReport, Story } from '../../src/story/types';
import { laneGroups, type LaneGroup } from '../../src/views/charts/story-lanes';
import { miniStory } from './fixture-stories';
import { later, mapFigure } from './map-stories';

/** A report by "Example Wire" of `value`, given on `date` or only "before" it. */
export function reportedOn(id: string, value: ReportedValue, date: string, dateQualifier: 'on' | 'before' = 'on'): ExternalReport {
  return { ...(later(id, value) as ExternalReport), date, dateQualifier, publishedDate: date };
}

/** A casualty figure labelled `label` with these reports. */
export function tollFigure(id: string, label: string, reports: FigureReport[]): Figure {
  return mapFigure(id, 'killed', label, reports, 'people', 'casualties');
}

/** The mini story (published 7 March 2030) with these figures and nothing else on its panels. */
export function tollStory(...figures: Figure[]): Story {
  return { ...miniStory(), figures, notes: [] };
}

/** The figures as the chart's lane groups, on the mini story's casualties panel. */
export function tollGroups(...figures: Figure[]): LaneGroup[] {
  return laneGroups(tollStory(...figures), 'casualties', figures);
}
