/**
 * The deployment map, drawn with d3-geo at build time: the alliance's member states (from the story's
 * `member-of` relations), the cities the article names, an arrow for the troops sent and the border
 * where troops are massed. The arrow and the border are links to the article's paragraphs, named with
 * their numbers, sources and status like the chart's marks.
 */
import type { Feature, MultiPoint } from 'geojson';
import { geoCentroid, geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { Story } from '../../story/types';
import { routes } from '../routes';
import type { StoryMap } from '../../story/types';
import { countriesIn, sharedBorder, type Country } from './geo/region';
import { relativePath, simplified } from './geo/simplify';
import { candidateOffsets, placeBox, placeLabel, type Box, type Placement } from './labels';
import { FONTS, LEADING, TextWriter, WIDE_FROM, type DrawnLine } from './layout';
import { markLink as linkMark, type LinkPart } from './mark-link';
import { chartRows, type ChartRow } from './rows';
import { allianceMembers, SITE_NAME } from './story-lanes';
import { el } from './svg';
import { finishChart } from './chart-svg';
import { textWidth } from './text-metrics';
import type { RenderedChart, RenderOptions } from './types';

const MAP_FONT = { size: 12 };
const MAP_FONT_BOLD = { size: 12, bold: true };

/** The short name of an actor: "CSTO" from "Collective Security Treaty Organization (CSTO)". */
function shortName(name: string): string {
  return /\(([^)]+)\)\s*$/.exec(name)?.[1] ?? name;
}

/** The story's deployment map (content/stories/<slug>/maps.yaml), if it has one. */
export function deploymentMap(story: Story): StoryMap | undefined {
  return story.maps.find((map) => map.id === 'deployment');
}

/** Whether the story has the data a deployment map draws: its map geography and a troop figure. */
function extentPoints(extent: StoryMap['extent']): Feature<MultiPoint> {
  const { west, south, east, north } = extent;
  const coordinates: [number, number][] = [];
  for (let step = 0; step <= 20; step += 1) {
    const lon = west + ((east - west) * step) / 20;
    const lat = south + ((north - south) * step) / 20;
    coordinates.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates } };
}

/** The width, in the map's own units, its land is drawn at when one drawing serves every layout. */
const SPRITE_WIDTH = 960;

/** The map's projection, fitted (centred, aspect kept) into a box; every layout and the sprite use it. */
function fittedProjection(points: Feature<MultiPoint>, x0: number, y0: number, width: number): { projection: GeoProjection; height: number } {
  const projection = geoConicEqualArea().parallels([40, 56]).rotate([-55, 0]);
  projection.fitWidth(width, points);
  const [[, fy0], [, fy1]] = geoPath(projection).bounds(points);
  const height = Math.round(fy1 - fy0);
  projection.fitExtent([[x0, y0], [x0 + width, y0 + height]], points);
  return { projection, height };
}

const spriteKey = { land: 'land', member: (code: string) => `member-${code}` };

/**
 * The map's land drawn once, as symbols that every layout of the map places with <use> (see
 * `RenderOptions.spriteId`): the geometry is most of a map's bytes, the labels are what differ by width.
 * A symbol scales its drawing like the layout's own fitted projection does, so both line up exactly.
 */
export function mapSprite(story: Story, idPrefix: string): string {
  const spec = deploymentMap(story);
  if (!spec) throw new Error(`Story "${story.slug}" has no deployment map (content/stories/${story.slug}/maps.yaml)`);
  const points = extentPoints(spec.extent);
  const { projection, height } = fittedProjection(points, 0, 0, SPRITE_WIDTH);
  projection.clipExtent([[0, 0], [SPRITE_WIDTH, height]]);
  // Simplified to two of its units: under two screen pixels at every size an embed or page shows it.
  const outline = geoPath(simplified(projection, 2)).digits(0);
  const path = (country: Country) => relativePath(outline(country) ?? '');
  const memberCodes = new Set(allianceMembers(story, spec.alliance).map((membership) => spec.countries.find((country) => country.actor === membership.from)?.isoNumeric));
  const neighbour = spec.massed ? spec.countries.find((country) => country.actor === spec.massed!.along[1])?.isoNumeric : undefined;
  const countries = countriesIn(spec.extent);
  const symbol = (key: string, ...children: string[]) =>
    el('symbol', { id: `${idPrefix}${key}`, viewBox: `0 0 ${SPRITE_WIDTH} ${height}`, preserveAspectRatio: 'xMidYMid meet' }, ...children);
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', class: 'chart-sprite', width: 0, height: 0, 'aria-hidden': 'true', focusable: 'false' },
    symbol(
      spriteKey.land,
      ...countries
        .filter((country) => !memberCodes.has(String(country.id)))
        .map((country) => el('path', { class: String(country.id) === neighbour ? 'map-land map-neighbour' : 'map-land', d: path(country) ?? '' })),
    ),
    ...countries.filter((country) => memberCodes.has(String(country.id))).map((country) => symbol(spriteKey.member(String(country.id)), el('path', { d: path(country) ?? '' }))),
  );
}

function articleRow(rows: ChartRow[], figureId: string): ChartRow {
  const row = rows.find((candidate) => candidate.figureId === figureId && candidate.origin === 'article');
  if (!row) throw new Error(`The map needs an article report for figure "${figureId}"`);
  return row;
}

function ring(box: Box): string {
  return el('rect', { class: 'chart-focus-ring', x: box.x - 3, y: box.y - 3, width: box.width + 6, height: box.height + 6, rx: 4 });
}

function union(boxes: Box[]): Box {
  const x0 = Math.min(...boxes.map((box) => box.x));
  const y0 = Math.min(...boxes.map((box) => box.y));
  const x1 = Math.max(...boxes.map((box) => box.x + box.width));
  const y1 = Math.max(...boxes.map((box) => box.y + box.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export function renderMap(story: Story, options: RenderOptions): RenderedChart {
  const spec = deploymentMap(story);
  if (!spec) throw new Error(`Story "${story.slug}" has no deployment map (content/stories/${story.slug}/maps.yaml)`);
  if (!spec.massed) throw new Error(`content/stories/${story.slug}/maps.yaml: entry "deployment", field "massed": the deployment map needs it`);
  const massedSpec = spec.massed;
  const COUNTRY_CODES: Record<string, string> = Object.fromEntries(spec.countries.map((country) => [country.actor, country.isoNumeric]));
  const LABEL_POINTS: Record<string, [number, number]> = Object.fromEntries(spec.countries.map((country) => [country.actor, country.labelAt]));
  const CITIES = Object.fromEntries(spec.cities.map((city) => [city.id, city]));
  const { width } = options;
  const prefix = options.idPrefix ?? `chart-map-${width}-`;
  const writer = new TextWriter();
  const rows = chartRows(story, 'deployment', options.origin);
  const names = new Map(story.actors.map((actor) => [actor.id, actor.name]));
  const alliance = shortName(names.get(spec.alliance) ?? spec.alliance);
  const memberships = allianceMembers(story, spec.alliance);
  for (const membership of memberships) {
    if (!COUNTRY_CODES[membership.from]) throw new Error(`No map country for "${membership.from}" (add it to countries in content/stories/${story.slug}/maps.yaml)`);
  }
  const memberCodes = new Map(memberships.map((membership) => [COUNTRY_CODES[membership.from], membership]));
  const sent = articleRow(rows, spec.deployment.figure);
  const massed = articleRow(rows, massedSpec.figure);
  const figureOf = (id: string) => story.figures.find((figure) => figure.id === id)!;
  const href = (path: string) => (options.origin ? new URL(path, options.origin).href : path);

  // Legend, in the flow of the width.
  const legendItems: { swatch: (x: number, y: number) => string; text: string }[] = [
    { swatch: (x, y) => el('rect', { class: 'map-member', x, y: y - 7, width: 26, height: 14 }), text: `${alliance} member state (${memberships.length} named)` },
    {
      swatch: (x, y) => el('path', { class: 'map-arrow', d: `M${x},${y + 4}Q${x + 13},${y - 8} ${x + 22},${y}` }) + el('path', { class: 'map-arrowhead', d: `M${x + 20},${y - 5}L${x + 27},${y + 2}L${x + 18},${y + 4}Z` }),
      text: 'Troops sent',
    },
    { swatch: (x, y) => el('line', { class: 'map-massed', x1: x, y1: y, x2: x + 26, y2: y }), text: 'Troops massed near the border' },
    { swatch: (x, y) => el('circle', { class: 'map-city', cx: x + 13, cy: y, r: 3.5 }), text: 'City' },
  ];
  const legendParts: string[] = [];
  let lx = 4;
  let ly = 6;
  for (const item of legendItems) {
    const itemWidth = 34 + textWidth(item.text, FONTS.small);
    if (lx > 4 && lx + itemWidth > width - 4) {
      lx = 4;
      ly += 22;
    }
    legendParts.push(item.swatch(lx, ly + 11), writer.line(item.text, lx + 34, ly + (22 - FONTS.small.size * LEADING) / 2, FONTS.small, 'chart-legend-text'));
    lx += itemWidth + 18;
  }
  const top = ly + 22 + 8;

  // Projection fitted to the area, then clipped to it.
  const points = extentPoints(spec.extent);
  const { projection, height: mapHeight } = fittedProjection(points, 4, top, width - 8);
  projection.clipExtent([[0, top], [width, top + mapHeight]]);
  // With a sprite, the land is placed from it; otherwise (downloads, share images) drawn here.
  const sprite = options.spriteId;
  const placed = (key: string, className: string) =>
    el('use', { href: `#${sprite}${key}`, x: 4, y: top, width: width - 8, height: mapHeight, class: className });
  // Paths are drawn simplified to a pixel; bounds and centroids use the exact projection.
  const outline = geoPath(simplified(projection, 1.5)).digits(0);
  const path = (shape: Parameters<typeof outline>[0]) => relativePath(outline(shape) ?? '');
  const exact = geoPath(projection);
  const frameBox: Box = { x: 2, y: top + 2, width: width - 4, height: mapHeight - 4 };

  const countries = countriesIn(spec.extent);
  const byCode = new Map(countries.map((country) => [String(country.id), country]));
  const countryOf = (actorId: string): Country => {
    const country = byCode.get(COUNTRY_CODES[actorId]);
    if (!country) throw new Error(`Country "${actorId}" is not in the map's area`);
    return country;
  };
  const project = (lon: number, lat: number) => projection([lon, lat]) as [number, number];

  // The arrow: from the city it starts at to the middle of the country it goes to.
  const from = CITIES[spec.deployment.fromCity];
  if (!from) throw new Error(`content/stories/${story.slug}/maps.yaml: entry "deployment", field "deployment.fromCity": no city "${spec.deployment.fromCity}"`);
  const deployment = story.relations.find((relation) => relation.id === spec.deployment.relation);
  if (!deployment) throw new Error(`The map's deployment relation "${spec.deployment.relation}" is not in story "${story.slug}"`);
  const target = countryOf(deployment.to);
  const targetName = names.get(deployment.to) ?? deployment.to;
  const [x0, y0] = project(from.lon, from.lat);
  const [tx, ty] = projection(geoCentroid(target)) as [number, number];
  const length = Math.hypot(tx - x0, ty - y0);
  // Stop short of the centre so the head does not cover it, and bow the line north.
  const x1 = tx - ((tx - x0) / length) * 8;
  const y1 = ty - ((ty - y0) / length) * 8;
  const [nx, ny] = [(y1 - y0) / length, -(x1 - x0) / length];
  const bow = ny < 0 ? 1 : -1;
  const qx = (x0 + x1) / 2 + nx * bow * length * 0.22;
  const qy = (y0 + y1) / 2 + ny * bow * length * 0.22;
  const angle = Math.atan2(y1 - qy, x1 - qx);
  const head = (dx: number, dy: number) => `${r(x1 + dx * Math.cos(angle) - dy * Math.sin(angle))},${r(y1 + dx * Math.sin(angle) + dy * Math.cos(angle))}`;
  const arrowHead = `M${head(3, 0)}L${head(-9, -6)}L${head(-9, 6)}Z`;
  const curve = `M${r(x0)},${r(y0)}Q${r(qx)},${r(qy)} ${r(x1)},${r(y1)}`;
  const peak: [number, number] = [(x0 + 2 * qx + x1) / 4, (y0 + 2 * qy + y1) / 4];
  const [a, b] = massedSpec.along;
  const border = sharedBorder(COUNTRY_CODES[a], COUNTRY_CODES[b]);
  const longest = border.coordinates.reduce((best, line) => (line.length > best.length ? line : best), border.coordinates[0] ?? []);
  const middle = longest[Math.floor(longest.length / 2)] ?? [36, 50];
  const [mx, my] = project(middle[0], middle[1]);
  const taken: Box[] = [];
  // Labels keep clear of the arrow and the marked border: points along both count as taken.
  for (let step = 1; step < 20; step += 1) {
    const t = step / 20;
    const px = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * qx + t ** 2 * x1;
    const py = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * qy + t ** 2 * y1;
    taken.push({ x: px - 3, y: py - 3, width: 6, height: 6 });
  }
  for (const line of border.coordinates) {
    let last: [number, number] | null = null;
    for (const [lon, lat] of line) {
      const [bx, by] = project(lon, lat);
      // One obstacle every few pixels is enough to keep labels off the line.
      if (last && Math.hypot(bx - last[0], by - last[1]) < 5) continue;
      last = [bx, by];
      taken.push({ x: bx - 3, y: by - 3, width: 6, height: 6 });
    }
  }
  // Cities first: their dots and names are fixed points the other labels move around.
  const cityParts: string[] = [];
  for (const city of spec.cities) {
    const [cx, cy] = project(city.lon, city.lat);
    taken.push({ x: cx - 4, y: cy - 4, width: 8, height: 8 });
  }
  for (const city of spec.cities) {
    const [cx, cy] = project(city.lon, city.lat);
    const labelWidth = textWidth(city.name, MAP_FONT_BOLD);
    const side = labelWidth / 2 + 9;
    const offsets: [number, number][] = [[side, 0], [-side, 0], [0, -16], [0, 16], [side, -12], [-side, -12], [side, 12], [-side, 12]];
    const placed = placeLabel([city.name], MAP_FONT_BOLD, [cx, cy], offsets, frameBox, taken);
    cityParts.push(el('circle', { class: 'map-city', cx, cy, r: 3.5 }));
    if (placed) cityParts.push(writeBlock(writer, placed, MAP_FONT_BOLD, 'map-city-label'));
  }

  const arrowBox = union([
    { x: Math.min(x0, qx, x1), y: Math.min(y0, (y0 + 2 * qy + y1) / 4, y1) - 4, width: Math.abs(Math.max(x0, qx, x1) - Math.min(x0, qx, x1)), height: 8 },
  ]);
  // The two marks' labels: beside them on a wide map; on a narrow one a numbered badge, with the words
  // in a key under the map.
  const compact = width < WIDE_FROM;
  const sentLines = [`${figureOf(sent.figureId).label}:`, `“${sent.valueText}”`];
  const massedLines = [`${figureOf(massed.figureId).label}:`, `“${massed.valueText}”`];
  const badge = (number: string, anchor: [number, number]) => {
    const placed = placeBox(20, 20, anchor, candidateOffsets(8, 6), frameBox, taken);
    return placed ? { number, x: placed.x + 10, y: placed.y + 10 } : null;
  };
  const sentLabel = compact ? null : placeLabel(sentLines, MAP_FONT_BOLD, [peak[0], peak[1] - 18], candidateOffsets(14, 6), frameBox, taken);
  const massedLabel = compact ? null : placeLabel(massedLines, MAP_FONT_BOLD, [mx, my], candidateOffsets(16, 12), frameBox, taken);
  const sentBadge = compact ? badge('1', [peak[0], peak[1] - 12]) : null;
  const massedBadge = compact ? badge('2', [mx + 14, my]) : null;
  const borderBounds = exact.bounds(border);

  // Country names, members first.
  const countryLabels = new Map<string, Placement>();
  const labelled = [...memberships.map((membership) => membership.from), ...massedSpec.along.filter((id) => !memberCodes.has(COUNTRY_CODES[id]))];
  for (const id of labelled) {
    const point = LABEL_POINTS[id];
    if (!point) continue;
    const name = names.get(id) ?? id;
    const font = memberCodes.has(COUNTRY_CODES[id]) ? MAP_FONT_BOLD : MAP_FONT;
    const placed = placeLabel([name], font, project(point[0], point[1]), candidateOffsets(12, 6), frameBox, taken);
    if (placed) countryLabels.set(id, placed);
  }

  const base = sprite
    ? [placed(spriteKey.land, 'map-land-placed')]
    : countries
        .filter((country) => !memberCodes.has(String(country.id)))
        .map((country) => el('path', { class: String(country.id) === COUNTRY_CODES[b] ? 'map-land map-neighbour' : 'map-land', d: path(country) ?? '' }));
  const nonMemberLabels = labelled
    .filter((id) => !memberCodes.has(COUNTRY_CODES[id]) && countryLabels.has(id))
    .map((id) => writeBlock(writer, countryLabels.get(id)!, MAP_FONT, 'map-country-label'));

  const memberStates = story.figures.find((figure) => figure.panel === 'deployment' && figure.unit === 'states');
  const memberLinks = memberships.map((membership) => {
    const country = countryOf(membership.from);
    const name = names.get(membership.from) ?? membership.from;
    const [[bx0, by0], [bx1, by1]] = exact.bounds(country);
    const clip = { x: Math.max(bx0, 0), y: Math.max(by0, top), width: Math.min(bx1, width) - Math.max(bx0, 0), height: Math.min(by1, top + mapHeight) - Math.max(by0, top) };
    const label = countryLabels.get(membership.from);
    return el(
      'a',
      {
        href: href(routes.paragraph(story.slug, membership.citation.blockId)),
        class: 'chart-mark map-mark origin-article',
        'data-origin': 'article',
        'data-figure': memberStates?.id,
        'data-relation': membership.id,
        'aria-label': `${name}: a member of the ${alliance}, as the article lists its members. Opens the paragraph.`,
        'data-tip': [`${name}`, `Member of the ${alliance}`, 'In the article’s list of its members'].join('\n'),
        target: options.linkTarget,
        rel: options.linkTarget ? 'noopener' : undefined,
      },
      sprite ? placed(spriteKey.member(String(country.id)), 'map-member') : el('path', { class: 'map-member', d: path(country) ?? '' }),
      label ? writeBlock(writer, label, MAP_FONT_BOLD, 'map-country-label') : '',
      el('rect', { class: 'chart-focus-ring', x: clip.x, y: clip.y, width: clip.width, height: clip.height, rx: 3 }),
    );
  });

  /** A mark's link; each box gets its own focus ring (a badge and its key line are apart on narrow maps). */
  const markLink = (row: ChartRow, parts: LinkPart[], rings: Box[]) => {
    const figure = figureOf(row.figureId);
    const report = figure.reports.find((candidate) => candidate.id === row.reportId)!;
    return linkMark(figure, row, report.value, [...parts, ...rings.map(ring)], options.linkTarget, 'map-mark');
  };
  const drawBadge = (placed: { number: string; x: number; y: number }): LinkPart[] => [
    el('circle', { class: 'map-badge', cx: placed.x, cy: placed.y, r: 9 }),
    writer.shownLine(placed.number, placed.x, placed.y - (MAP_FONT_BOLD.size * LEADING) / 2, MAP_FONT_BOLD, 'map-badge-label', 'middle'),
  ];
  const badgeBox = (placed: { x: number; y: number }): Box => ({ x: placed.x - 10, y: placed.y - 10, width: 20, height: 20 });

  // The key under a narrow map: the badge's number, then the mark's words.
  let keyTop = top + mapHeight + 8;
  const keyLine = (number: string, lines: string[]) => {
    const y = keyTop;
    const block = writer.block(lines.join(' '), 30, y, width - 34, MAP_FONT_BOLD, 'map-mark-label');
    const parts = [...drawBadge({ number, x: 13, y: y + 9 }), ...block.lines];
    keyTop += Math.max(block.height, 20) + 6;
    return { parts, box: { x: 2, y: y - 1, width: width - 4, height: Math.max(block.height, 20) + 2 } };
  };
  const sentKey = sentBadge ? keyLine(sentBadge.number, sentLines) : null;
  const massedKey = massedBadge ? keyLine(massedBadge.number, massedLines) : null;

  const borderBox: Box = { x: borderBounds[0][0], y: borderBounds[0][1], width: borderBounds[1][0] - borderBounds[0][0], height: borderBounds[1][1] - borderBounds[0][1] };
  const massedLink = markLink(
    massed,
    [
      el('path', { class: 'map-hit', d: path(border) ?? '' }),
      el('path', { class: 'map-massed', d: path(border) ?? '' }),
      ...(massedLabel ? [leader(massedLabel, [mx, my]), ...placedLines(writer, massedLabel, MAP_FONT_BOLD, 'map-mark-label')] : []),
      ...(massedBadge ? drawBadge(massedBadge) : []),
      ...(massedKey?.parts ?? []),
    ],
    massedLabel ? [union([borderBox, massedLabel])] : massedBadge && massedKey ? [union([borderBox, badgeBox(massedBadge)]), massedKey.box] : [borderBox],
  );
  const sentLink = markLink(
    sent,
    [
      el('path', { class: 'map-hit', d: curve }),
      el('path', { class: 'map-arrow', d: curve }),
      el('path', { class: 'map-arrowhead', d: arrowHead }),
      ...(sentLabel ? placedLines(writer, sentLabel, MAP_FONT_BOLD, 'map-mark-label') : []),
      ...(sentBadge ? drawBadge(sentBadge) : []),
      ...(sentKey?.parts ?? []),
    ],
    sentLabel ? [union([arrowBox, sentLabel])] : sentBadge && sentKey ? [union([arrowBox, badgeBox(sentBadge)]), sentKey.box] : [arrowBox],
  );

  const memberNames = memberships.map((membership) => names.get(membership.from) ?? membership.from);
  const title = `Where the troops are: the ${alliance}’s members, the troops sent to ${targetName} and the troops massed near ${names.get(b) ?? b}`;
  const description = [
    `A map of ${[...spec.countries].sort((x, y) => x.labelAt[0] - y.labelAt[0]).map((country) => names.get(country.actor) ?? country.actor).join(', ')}, west to east.`,
    `Marked as ${alliance} members, as the article lists them: ${memberNames.join(', ')}.`,
    `An arrow from ${from.name} into ${targetName} stands for ${figureOf(sent.figureId).label.toLowerCase()}: “${sent.valueText}” (source: ${sent.source}; ${sent.confirmationLabel.toLowerCase()}).`,
    `The ${names.get(a) ?? a}–${names.get(b) ?? b} border is marked for ${figureOf(massed.figureId).label.toLowerCase()}: “${massed.valueText}”.`,
    `Cities shown: ${spec.cities.map((city) => city.name).join(', ')}.`,
  ].join(' ');
  return finishChart({
    name: 'map',
    width,
    prefix,
    title,
    description,
    defs: '',
    content: [
      el('g', { class: 'chart-legend', 'aria-hidden': 'true' }, ...legendParts),
      el('rect', { class: 'map-water', x: 0, y: top, width, height: mapHeight }),
      el('g', { class: 'map-countries', 'aria-hidden': 'true' }, ...base),
      ...memberLinks,
      el('g', { class: 'map-labels', 'aria-hidden': 'true' }, ...nonMemberLabels),
      massedLink,
      sentLink,
      el('g', { class: 'map-cities', 'aria-hidden': 'true' }, ...cityParts),
    ],
    credit: `Map: Natural Earth 1:50m (world-atlas). The arrow joins the two states; the article gives no route. ${SITE_NAME}.`,
    creditTop: keyTop,
    writer,
    readingNotes: [],
  });
}

/** A thin line from a label that had to move away back to the point it names. */
function leader(box: Box, [x, y]: [number, number]): string {
  const nearX = Math.min(Math.max(x, box.x), box.x + box.width);
  const nearY = Math.min(Math.max(y, box.y), box.y + box.height);
  if (Math.hypot(nearX - x, nearY - y) < 12) return '';
  return el('line', { class: 'map-leader', x1: x, y1: y, x2: nearX, y2: nearY });
}

function writeBlock(writer: TextWriter, placement: Placement, font: { size: number; bold?: boolean }, className: string): string {
  return placedLines(writer, placement, font, className)
    .map((line) => line.svg)
    .join('');
}

/** A placed label's lines as drawn, each keeping its words for the link around it. */
function placedLines(writer: TextWriter, placement: Placement, font: { size: number; bold?: boolean }, className: string): DrawnLine[] {
  return placement.lines.map((line, index) => writer.shownLine(line, placement.x + placement.width / 2, placement.y + index * font.size * LEADING, font, className, 'middle'));
}

function r(value: number): string {
  return String(Math.round(value * 10) / 10);
}
