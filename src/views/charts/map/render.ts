/**
 * A story's map, drawn with d3-geo at build time from what the story has: the countries and cities it
 * names, and when it has them the alliance's member states, an arrow for forces sent and the borders it
 * marks. Every mark is a link to the article, named from its data like the charts' marks.
 */
import { geoCentroid, geoPath } from 'd3-geo';
import type { Story } from '../../../story/types';
import { finishChart } from '../chart-svg';
import { countriesIn, type Country } from '../geo/region';
import { relativePath, simplified } from '../geo/simplify';
import type { Box, Placement } from '../labels';
import { TextWriter, WIDE_FROM } from '../layout';
import { el } from '../svg';
import type { ChartPanel, RenderedChart, RenderOptions } from '../types';
import { mapContents, type Cited } from './contents';
import { fittedProjection, landOf, spriteKey } from './geometry';
import { drawLegend } from './legend';
import { citedLink, memberLink } from './links';
import { arrowShape, borderShape, type Point } from './marks';
import { badgeBox, drawBadge, leader, MAP_FONT, MAP_FONT_BOLD, placeCallout, placeCities, placeCountryNames, writeBlock, writeKeyLine, type Callout } from './placement';
import { legendEntries, mapCredit, mapDescription, mapTitle, markLines } from './words';

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** A text element followed by a space, so assistive technology reading the link hears separate words. */
const said = (texts: string[]) => texts.map((text) => `${text} `).join('');

interface Mark {
  cited: Cited;
  /** The mark's own shapes (its hit area first). */
  shapes: string[];
  box: Box;
  callout: Callout;
  /** Where a label that had to move away points back to, if anywhere. */
  leaderTo?: Point;
}

export function renderMap(story: Story, panel: ChartPanel, options: RenderOptions): RenderedChart {
  const contents = mapContents(story, panel, options.origin);
  const { spec, alliance, deployment, codeOf } = contents;
  const { width } = options;
  const prefix = options.idPrefix ?? `chart-map-${width}-`;
  const writer = new TextWriter();
  const legend = drawLegend(legendEntries(contents), width, writer);
  const top = legend.bottom + 8;

  const { projection, height: mapHeight } = fittedProjection(spec.extent, 4, top, width - 8);
  projection.clipExtent([[0, top], [width, top + mapHeight]]);
  // Paths are drawn simplified to a pixel; bounds and centroids use the exact projection.
  const outline = geoPath(simplified(projection, 1.5)).digits(0);
  const path = (shape: Parameters<typeof outline>[0]) => relativePath(outline(shape) ?? '');
  const exact = geoPath(projection);
  const frame: Box = { x: 2, y: top + 2, width: width - 4, height: mapHeight - 4 };
  // With a sprite, the land is placed from it; otherwise (downloads, share images) drawn here.
  const sprite = options.spriteId;
  const placed = (key: string, className: string) => el('use', { href: `#${sprite}${key}`, x: 4, y: top, width: width - 8, height: mapHeight, class: className });
  const byCode = new Map(countriesIn(spec.extent).map((country) => [String(country.id), country]));
  const countryOf = (actor: string): Country => {
    const country = byCode.get(codeOf(actor));
    if (!country) throw new Error(`Country "${actor}" is not in the map's area`);
    return country;
  };

  const arrow = deployment && arrowShape(projection([deployment.from.lon, deployment.from.lat]) as Point, projection(geoCentroid(countryOf(deployment.relation.to))) as Point);
  const borders = contents.borders.map((border) => ({ ...border, shape: borderShape(codeOf(border.along[0]), codeOf(border.along[1]), projection, exact) }));
  // Labels keep clear of the arrow and the marked borders, then of the cities.
  const taken: Box[] = [...(arrow?.obstacles ?? []), ...borders.flatMap((border) => border.shape.obstacles)];
  const cityParts = placeCities(spec.cities, projection, frame, taken, writer);

  // The marks' words: beside them on a wide map; on a narrow one numbered badges, the words in a key under it.
  const compact = width < WIDE_FROM;
  let count = 0;
  const callout = (cited: Cited, spot: Parameters<typeof placeCallout>[2]) =>
    placeCallout(markLines(cited, contents.nameOf), String((count += 1)), spot, compact, frame, taken);
  const marks: Mark[] = [];
  if (arrow && deployment) {
    const [px, py] = arrow.peak;
    marks.push({
      cited: deployment.cited,
      shapes: [el('path', { class: 'map-hit', d: arrow.curve }), el('path', { class: 'map-arrow', d: arrow.curve }), el('path', { class: 'map-arrowhead', d: arrow.head })],
      box: arrow.box,
      callout: callout(deployment.cited, { label: [px, py - 18], reach: [14, 6], badge: [px, py - 12] }),
    });
  }
  for (const { cited, shape } of borders) {
    const [mx, my] = shape.middle;
    marks.push({
      cited,
      shapes: [el('path', { class: 'map-hit', d: path(shape.lines) }), el('path', { class: 'map-massed', d: path(shape.lines) })],
      box: shape.box,
      callout: callout(cited, { label: [mx, my], reach: [16, 12], badge: [mx + 14, my] }),
      leaderTo: shape.middle,
    });
  }

  const countryNames = placeCountryNames(contents, projection, frame, taken);
  const land = landOf(contents);
  const memberActors = new Set(alliance?.members.map((membership) => membership.from));
  const nameOf = (actor: string, label: Placement) => writeBlock(writer, label, memberActors.has(actor) ? MAP_FONT_BOLD : MAP_FONT, 'map-country-label').join('');
  const otherNames = [...countryNames].filter(([actor]) => !memberActors.has(actor)).map(([actor, label]) => nameOf(actor, label));
  const memberLinks = (alliance?.members ?? []).map((membership) => {
    const country = countryOf(membership.from);
    const [[bx0, by0], [bx1, by1]] = exact.bounds(country);
    const clip = { x: Math.max(bx0, 0), y: Math.max(by0, top), width: Math.min(bx1, width) - Math.max(bx0, 0), height: Math.min(by1, top + mapHeight) - Math.max(by0, top) };
    const label = countryNames.get(membership.from);
    return memberLink(
      contents,
      membership,
      [
        sprite ? placed(spriteKey.member(String(country.id)), 'map-member') : el('path', { class: 'map-member', d: path(country) }),
        label ? nameOf(membership.from, label) : '',
        el('rect', { class: 'chart-focus-ring', x: clip.x, y: clip.y, width: clip.width, height: clip.height, rx: 3 }),
      ],
      options,
    );
  });

  let keyTop = top + mapHeight + 8;
  const keys = marks.map(({ callout: { badge, lines } }) => {
    if (!badge) return null;
    const key = writeKeyLine(writer, badge, lines, keyTop, width);
    keyTop += key.height + 6;
    return key;
  });
  const markLinks = marks.map(({ cited, shapes, box, callout: { label, badge, lines }, leaderTo }, index) => {
    const key = keys[index];
    const badgeDrawn = badge && drawBadge(writer, badge);
    const drawing = [
      ...shapes,
      label ? (leaderTo ? leader(label, leaderTo) : '') + said(writeBlock(writer, label, MAP_FONT_BOLD, 'map-mark-label')) : '',
      badgeDrawn ? badgeDrawn.disc + said([badgeDrawn.text]) : '',
      key ? key.disc + said(key.texts) : '',
    ].join('');
    const shown = label ? label.lines : badge ? [badge.number, badge.number, ...lines] : [];
    const rings = label ? [union(box, label)] : badge && key ? [union(box, badgeBox(badge)), key.box] : [box];
    return citedLink(contents, cited, drawing, shown.join(' '), rings, options);
  });
  // Paint order: borders under the arrow (the first mark), every mark over the land and under the cities.
  const painted = arrow ? [...markLinks.slice(1), markLinks[0]] : markLinks;

  return finishChart({
    name: 'map',
    width,
    prefix,
    title: mapTitle(contents),
    description: mapDescription(contents),
    defs: '',
    content: [
      legend.svg,
      el('rect', { class: 'map-water', x: 0, y: top, width, height: mapHeight }),
      el('g', { class: 'map-countries', 'aria-hidden': 'true' }, ...(sprite ? [placed(spriteKey.land, 'map-land-placed')] : land.land.map((country) => el('path', { class: land.landClass(country), d: path(country) })))),
      ...memberLinks,
      el('g', { class: 'map-labels', 'aria-hidden': 'true' }, ...otherNames),
      ...painted,
      el('g', { class: 'map-cities', 'aria-hidden': 'true' }, ...cityParts),
    ],
    credit: mapCredit(contents),
    creditTop: keyTop,
    writer,
    readingNotes: [],
  });
}
