/** Items for the timeline's axis (src/views/timeline/axis.ts) in one line each: an article event on a date. */
import type { AxisItem } from '../../src/views/timeline/axis';
import { dateSpan, type DatePrecision } from '../../src/views/timeline/dates';

export const axisItem = (id: string, start: string, precision: DatePrecision, extra: Partial<AxisItem> = {}): AxisItem => ({
  id,
  origin: 'article',
  span: dateSpan({ start, precision }),
  precision,
  label: id,
  ...extra,
});
