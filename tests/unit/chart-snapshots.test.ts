/**
 * File snapshots of the charts as downloaded (standalone SVG, light and dark), so any change to what a
 * reader sees shows up in review. Numbers are rounded to whole pixels and ids renumbered, as Observable
 * Plot's snapshot tests do, so sub-pixel and naming changes do not hide real ones. Update with -u.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPanel, storyPanels } from '../../src/views/charts/registry';
import { standaloneSvg } from '../../src/views/charts/standalone';
import { projectRoot } from '../support/build-site';
import { storyFromFiles } from '../support/story-from-files';

const story = storyFromFiles(resolve(projectRoot, 'content'), 'putin-sends-troops-kazakhstan-unrest');
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

describe.each(storyPanels(story))('the %s panel', (panel) => {
  it.each(['light', 'dark'] as const)('matches its %s snapshot', async (theme) => {
    const svg = standaloneSvg(renderPanel(story, panel, { width: 640, origin: 'https://example.org' }), theme, css, panel);
    await expect(normalise(svg)).toMatchFileSnapshot(`../snapshots/charts/${panel}-${theme}.svg`);
  });
});

describe('the normaliser', () => {
  it('renumbers ids with their references and rounds numbers', () => {
    const input = '<svg><pattern id="chart-x-hatch"/><rect x="10.46" fill="url(#chart-x-hatch)" aria-labelledby="chart-x-hatch"/></svg>';
    expect(normalise(input)).toBe('<svg>\n<pattern id="id-1"/>\n<rect x="10" fill="url(#id-1)" aria-labelledby="id-1"/>\n</svg>');
  });
});
