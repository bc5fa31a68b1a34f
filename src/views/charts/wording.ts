/**
 * How charts, tables and tooltips word what a mark draws for a number. The labels of kinds, statuses
 * and axes are the site's one vocabulary (src/views/vocabulary.ts), shared with every other page.
 */
import type { ReportedValue } from '../../story/schemas/figure';
import { formatNumber } from './format';

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
