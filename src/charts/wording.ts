/** How charts, tables, tooltips and downloads word a reported number's kind, range and status. */
import type { figureKinds, ReportedValue } from '../schemas/figure';
import type { FigureReport } from '../model/types';
import { formatNumber } from './format';

export type ValueType = ReportedValue['type'];
export type Confirmation = FigureReport['confirmation'];
type FigureKind = (typeof figureKinds)[number];

const KIND_LABELS: Record<ValueType, string> = {
  exact: 'Exact count',
  'lower-bound': 'Lower bound (a floor)',
  'upper-bound': 'Upper bound (a ceiling)',
  vague: 'Vague quantity (a range)',
};

/** How the key names each kind of number beside its mark. */
const LEGEND_LABELS: Record<ValueType, string> = {
  exact: 'Exact count',
  'lower-bound': '“More than”: a floor, open above',
  'upper-bound': '“As many as”: a ceiling, open below',
  vague: 'A word such as “dozens” (faint range: the site’s reading)',
};

export function legendLabel(type: ValueType): string {
  return LEGEND_LABELS[type];
}

/** What an axis counts, by the kind of figure drawn on it: one axis per kind, never two kinds on one. */
const FIGURE_KIND_AXES: Record<FigureKind, string> = {
  killed: 'People killed',
  injured: 'People injured',
  'troops-deployed': 'Troops sent',
  'troops-massed': 'Troops massed',
  'member-states': 'Member states',
};

export function axisLabel(kind: FigureKind): string {
  return FIGURE_KIND_AXES[kind];
}

/** What a kind of figure counts, as a panel's title names it; a count that is not of people or troops has none. */
const FIGURE_KIND_PHRASES: Record<FigureKind, string | null> = {
  killed: 'killed',
  injured: 'injured',
  'troops-deployed': 'troops sent',
  'troops-massed': 'troops massed',
  'member-states': null,
};

export function kindPhrase(kind: FigureKind): string | null {
  return FIGURE_KIND_PHRASES[kind];
}

/** "Lower bound (a floor)". */
export function kindLabel(type: ValueType): string {
  return KIND_LABELS[type];
}

const CONFIRMATION_LABELS: Record<Confirmation, string> = {
  unconfirmed: 'Unconfirmed',
  confirmed: 'Confirmed',
  disputed: 'Disputed',
  'not-confirmed-by-named-party': 'Not confirmed by the party named',
};

export function confirmationLabel(confirmation: Confirmation): string {
  return CONFIRMATION_LABELS[confirmation];
}

/** What the mark draws, in words: "drawn as 24 to 99", "a floor of 1,000, no ceiling given". */
export function drawnRange(value: ReportedValue): string {
  switch (value.type) {
    case 'exact':
      return `drawn at ${formatNumber(value.value)}`;
    case 'lower-bound':
      return `a floor of ${formatNumber(value.min)}, no ceiling given`;
    case 'upper-bound':
      return `a ceiling of ${formatNumber(value.max)}, drawn down to ${formatNumber(value.min)}`;
    case 'vague':
      return `drawn as ${formatNumber(value.min)} to ${formatNumber(value.max)}`;
  }
}

/** The smallest and largest number the site draws for a value (a floor has no largest). */
export function drawnBounds(value: ReportedValue): { min: number; max: number | null } {
  switch (value.type) {
    case 'exact':
      return { min: value.value, max: value.value };
    case 'lower-bound':
      return { min: value.min, max: null };
    case 'upper-bound':
    case 'vague':
      return { min: value.min, max: value.max };
  }
}
