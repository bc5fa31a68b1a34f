/** The graph's SVG: a profile's neighbourhood marked at build time, and marks that do not rely on colour. */
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { placeEdgeLabels } from '../../src/views/graph/edge-labels';
import { storyGraph } from '../../src/views/graph/story-graph';
import { graphSvg } from '../../src/views/graph/svg';
import { kindGroups, relationFamilies } from '../../src/views/graph/vocabulary';
import { relationLabel, relationTypes } from '../../src/views/vocabulary';
import { projectRoot } from '../support/build-site';
import { storyFromFiles } from '../support/story-from-files';
import { REPORT } from '../support/fixture-stories';

const story = storyFromFiles(join(projectRoot, REPORT.root), REPORT.slug);
const { wide } = storyGraph(story);
const render = (focus?: string) =>
  load(graphSvg(wide, { idPrefix: 't', title: 'Title', description: 'Description', hrefFor: (id) => `/actors/${id}/`, focus }), { xmlMode: true });

describe('graph SVG', () => {
  it('draws one edge per relation and one node per related actor, in a viewBox', () => {
    const $ = render();
    expect($('svg').attr('viewBox')).toBe(`0 0 ${wide.width} ${wide.height}`);
    expect($('svg').attr('role')).toBe('img');
    expect($('svg > title').text()).toBe('Title');
    expect($('.graph-edge').map((_, edge) => $(edge).attr('data-relation')).get().sort()).toEqual(story.relations.map((relation) => relation.id).sort());
    expect($('.graph-node').length).toBe(wide.nodes.length);
    expect($('.is-faded, .is-near, .is-focus').length).toBe(0);
  });

  it('on a profile, emphasises the actor, its relations and neighbours, and fades the rest', () => {
    const $ = render('nazarbayev');
    const touching = new Set(story.relations.filter((relation) => relation.from === 'nazarbayev' || relation.to === 'nazarbayev').map((relation) => relation.id));
    const neighbours = new Set(story.relations.filter((relation) => touching.has(relation.id)).flatMap((relation) => [relation.from, relation.to]));
    expect($('.graph-node.is-focus').attr('data-actor')).toBe('nazarbayev');
    $('.graph-edge').each((_, element) => {
      const id = $(element).attr('data-relation')!;
      expect($(element).hasClass(touching.has(id) ? 'is-near' : 'is-faded'), id).toBe(true);
    });
    $('.graph-node').each((_, element) => {
      const id = $(element).attr('data-actor')!;
      expect($(element).hasClass(neighbours.has(id) ? 'is-near' : 'is-faded'), id).toBe(true);
    });
  });

  it('names each edge in words for hover, and labels the focus actor’s edges only where there is room', () => {
    const $ = render('csto');
    for (const relation of story.relations) {
      const title = $(`.graph-edge[data-relation="${relation.id}"] > title`).text();
      expect(title).toContain(relationLabel(relation.type));
    }
    const near = wide.edges.filter((edge) => edge.source === 'csto' || edge.target === 'csto');
    const labels = placeEdgeLabels(wide, near, (edge) => relationLabel(edge.type), Math.round(wide.fontSize * 0.9));
    expect($('.edge-label').length).toBe(labels.length);
    const boxes = [...wide.nodes.map((node) => node.box), ...labels.map((label) => label.box)];
    for (const label of labels) {
      const clashes = boxes.filter(
        (box) => box !== label.box && label.box.x < box.x + box.width && box.x < label.box.x + label.box.width && label.box.y < box.y + box.height && box.y < label.box.y + label.box.height,
      );
      expect(clashes, label.edgeId).toEqual([]);
    }
  });

  it('names relations in words on the whole graph too, where there is room (placement as tested above)', () => {
    const $ = render();
    const texts = $('.edge-label').toArray().map((label) => $(label).text());
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.every((text) => Object.values(relationTypes).some((term) => term.label === text))).toBe(true);
  });

  it('tells kinds apart by shape and relations by line pattern, not by colour alone', () => {
    expect(new Set(kindGroups.map((group) => group.shape)).size).toBe(kindGroups.length);
    expect(new Set(relationFamilies.map((family) => `${family.dash}/${family.width}`)).size).toBe(relationFamilies.length);
    expect(render().html()).not.toMatch(/(fill|stroke)="#/);
  });

  it('escapes names in the markup', () => {
    const svg = graphSvg(
      { width: 10, height: 10, fontSize: 10, edges: [], nodes: [{ ...wide.nodes[0], name: 'A <b> & "c"', lines: [{ text: '<x>', y: 5 }] }] },
      { idPrefix: 'e', title: 'T & t', description: 'D', hrefFor: () => '/?a=1&b=2' },
    );
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(svg).toContain('&lt;x&gt;');
    expect(svg).not.toContain('<b>');
  });
});
