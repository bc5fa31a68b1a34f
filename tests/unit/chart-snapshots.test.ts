/**
 * File snapshots of the charts as downloaded (standalone SVG), so any change to what a reader sees shows
 * up in review: every panel of the two fixture stories (a flood; a border clash with casualties over time,
 * displacement, a deployment, a kind of count of its own), which the tests own, so a story added to
 * content/ never needs a picture here. Light only: the dark download differs only in its <style>, which
 * tests/unit/chart-theme.test.ts checks. Numbers are rounded to whole pixels and ids renumbered, as
 * Observable Plot's snapshot tests do, so sub-pixel and naming changes do not hide real ones. Update with -u.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderPanel, storyPanels } from '../../src/views/charts/registry';

// The border story adds a kind of count in its own vocabulary.yaml; the vocabularies are read from the
// content roots when first imported, so the fixtures' roots are named before any import runs.
vi.hoisted(() => {
  process.env.EXTRA_CONTENT_ROOTS = ['tests/fixtures/mini', 'tests/fixtures/border'].join(process.platform === 'win32' ? ';' : ':');
});
import { standaloneSvg } from '../../src/views/charts/standalone';
import { projectRoot } from '../support/build-site';
import { storyFromFiles } from '../support/story-from-files';

const stories = [
  storyFromFiles(resolve(projectRoot, 'tests/fixtures/mini'), 'mini-fixture-story'),
  storyFromFiles(resolve(projectRoot, 'tests/fixtures/border'), 'border-fixture-story'),
];
const css = readFileSync(resolve(projectRoot, 'src/site/styles/charts.css'), 'utf8');

/** Rounds decimals to whole numbers and renames every id (and its references) id-1, id-2… in order. */
function normalise(svg: string): string {
  let out = svg.replace(/-?\d+\.\d+/g, (number) => String(Math.round(Number(number))));
  const ids = [...out.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
  ids.forEach((id, index) => {
    out = out.split(`"${id}"`).join(`"id-${index + 1}"`).split(`#${id})`).join(`#id-${index + 1})`);
  });
  // One element per line keeps diffs readable.
  return out.replace(/></g, '>\n<');
}

const panels = stories.flatMap((story) => storyPanels(story).map((panel) => [`${story.slug} ${panel}`, story, panel] as const));

it('has every panel of both fixture stories to picture', () => {
  expect(panels.map(([name]) => name)).toEqual(expect.arrayContaining(['mini-fixture-story casualties', 'border-fixture-story casualties', 'border-fixture-story displacement']));
});

describe.each(panels)('the %s panel', (_name, story, panel) => {
  it('matches its snapshot', async () => {
    const svg = standaloneSvg(renderPanel(story, panel, { width: 640, origin: 'https://example.org' }), 'light', css, panel);
    await expect(normalise(svg)).toMatchFileSnapshot(`../snapshots/charts/${story.slug}-${panel}.svg`);
  });
});

describe('the normaliser', () => {
  it('renumbers ids with their references and rounds numbers', () => {
    const input = '<svg><pattern id="chart-x-hatch"/><rect x="10.46" fill="url(#chart-x-hatch)" aria-labelledby="chart-x-hatch"/></svg>';
    expect(normalise(input)).toBe('<svg>\n<pattern id="id-1"/>\n<rect x="10" fill="url(#id-1)" aria-labelledby="id-1"/>\n</svg>');
  });
});
