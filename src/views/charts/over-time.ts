/**
 * The over-time chart: a figure whose total was reported as three or more different numbers (a death toll
 * revised from 164 to 238) drawn by the date of each report, on a linear axis from zero, with the
 * article's date marked. Reports of one day stand side by side in the order they came ("before" a date
 * first), so no two hide each other; each is labelled with its number in its source's words.
 */
import type { Figure, Story } from '../../story/types';
import { startChart, type ChartCanvas } from './chart-svg';
import { groupHeading } from './group-heading';
import { FONTS } from './layout';
import { legend } from './legend';
import { markDefs } from './marks';
import { drawReportList } from './over-time-list';
import { placeByDate, SAME_DAY_GAP } from './over-time-placement';
import { drawDatePlot } from './over-time-plot';
import { describeOverTime, overTimeNote } from './over-time-summary';
import { panelFigures } from './rows';
import { laneGroups, SITE_NAME, type LaneGroup } from './story-lanes';
import type { ChartPanel, RenderedChart, RenderOptions } from './types';
import { uprightDefs, uprightMark } from './upright-marks';
import { figureKinds } from '../vocabulary';

/** A figure changed over time when its reports give three or more different numbers. */
export function changesOverTime(figure: Figure): boolean {
  const numbers = new Set(figure.reports.map(({ value }) => JSON.stringify({ ...value, text: undefined })));
  return numbers.size >= 3;
}

export interface OverTimeSpec {
  name: string;
  title: string;
  articleDate: string;
  groups: LaneGroup[];
  /** Every figure of the panel, so a note can name the article's figures a later total is read against. */
  context: LaneGroup[];
  /** Whether the chart draws its own key: not when it follows a chart of the panel whose key covers it. */
  withKey: boolean;
  credit: string;
}

export function overTimeSpec(story: Story, panel: ChartPanel, origin?: string, withKey = true): OverTimeSpec {
  const figures = panelFigures(story, panel);
  const changing = figures.filter(changesOverTime);
  if (changing.length === 0) throw new Error(`Story "${story.slug}" has no figure that changed over time on the ${panel} panel`);
  const groups = laneGroups(story, panel, changing, origin);
  return {
    name: 'over-time',
    title: `${changing.map((figure) => figure.label).join('; ')}: each report by its date`,
    articleDate: story.meta.published,
    groups,
    context: laneGroups(story, panel, figures, origin),
    withKey,
    credit: `${SITE_NAME}. Each number placed at the date of its report; numbers as their sources gave them.`,
  };
}

/** Lays out and draws the over-time chart at one width: its key (unless another chart's covers it), then each figure. */
export function renderOverTime(spec: OverTimeSpec, options: RenderOptions): RenderedChart {
  const chart = startChart(spec.name, options);
  const lanes = spec.groups.flatMap((group) => group.lanes);
  const origins = [...new Set(lanes.map((lane) => lane.row.origin))];
  const kinds = [...new Set(lanes.map((lane) => lane.report.value.type))];

  const parts: string[] = [];
  let y = 6;
  if (spec.withKey) {
    const outside = lanes.flatMap((lane) => (lane.row.timing ? [lane.row.timing] : []));
    const key = legend(chart.writer, kinds, origins, outside, chart.box, y, chart.paints);
    parts.push(key.svg);
    y += key.height + 8;
  }
  for (const group of spec.groups) {
    const drawn = drawFigure(chart, spec, group, y + 6);
    parts.push(...drawn.svg);
    y = drawn.bottom + 12;
  }

  return chart.finish({
    title: spec.title,
    description: describeOverTime(spec.articleDate, spec.groups),
    defs: markDefs(chart.paints, origins) + uprightDefs(chart.paints, origins),
    content: parts,
    credit: spec.credit,
    creditTop: y,
    readingNotes: [overTimeNote(spec.groups)],
  });
}

/** One figure from `top`: its heading, what its axis counts, the plot with its marks, and the list of its reports. */
function drawFigure(chart: ChartCanvas, spec: OverTimeSpec, group: LaneGroup, top: number): { svg: string[]; bottom: number } {
  const { box, writer } = chart;
  const left = 48;
  // A wide chart keeps the plot to its left and lists the reports beside it; a narrow one lists them below.
  const right = box.wide ? Math.round(box.width * 0.6) : box.width - 14;
  const heading = groupHeading(writer, group.figure, `${group.figure.label}, by date of report`, spec.context, box.labelX, top, box.width - box.labelX - 4);
  const axisTitle = writer.block(`${figureKinds[group.figure.kind].label}, from zero`, box.labelX, top + heading.height + 4, box.width - box.labelX - 4, FONTS.small, 'chart-axis-label');
  const plot = drawDatePlot(writer, group.lanes, spec.articleDate, left, right, box.wide ? 240 : 210, top + heading.height + axisTitle.height + 4);
  const marks = placeByDate(group.lanes, plot.dateX, [left + 10, right - 10], box.wide ? SAME_DAY_GAP.wide : SAME_DAY_GAP.narrow).map(({ lane, x }) => ({
    lane,
    ...uprightMark(lane.report.value, x, plot.yOf, lane.row.origin, chart.paints),
  }));
  const listX = box.wide ? right + 28 : box.labelX;
  const list = drawReportList(chart, group.figure, marks, {
    x: listX,
    top: box.wide ? plot.labelBounds.y : plot.bottom + 12,
    width: box.width - listX - 4,
    labelBounds: plot.labelBounds,
  });
  return { svg: [heading.svg, axisTitle.svg, ...plot.svg, ...list.svg], bottom: Math.max(plot.bottom, list.bottom) };
}
