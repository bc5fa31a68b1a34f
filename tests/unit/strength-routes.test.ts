/**
 * Every address the site links to (src/views/routes.ts, src/views/anchors.ts): pages, fragments of
 * entries on them, downloads and the search. A changed address breaks links readers have shared, so each
 * is spelt out here.
 */
import { describe, expect, it } from 'vitest';
import { anchors } from '../../src/views/anchors';
import { routes } from '../../src/views/routes';
import { jsonLdScript } from '../../src/views/structured-data';
import { capitalise, listInWords } from '../../src/views/format/text';

describe('the site’s addresses', () => {
  it('gives each page of a story its own folder', () => {
    expect(routes.home()).toBe('/');
    expect(routes.story('s')).toBe('/stories/s/');
    expect(routes.section('s', 'the-crackdown')).toBe('/stories/s/sections/the-crackdown/');
    expect(routes.timeline('s')).toBe('/stories/s/timeline/');
    expect(routes.timeline()).toBe('/timeline/');
    expect(routes.actors('s')).toBe('/stories/s/actors/');
    expect(routes.actor('s', 'arlen-vos')).toBe('/stories/s/actors/arlen-vos/');
    expect(routes.charts('s')).toBe('/stories/s/charts/');
    expect(routes.claims('s')).toBe('/stories/s/claims/');
  });

  it('points at an entry of a page by its fragment', () => {
    expect(routes.paragraph('s', 'p-on-thursday')).toBe('/stories/s/#p-on-thursday');
    expect(routes.event('s', 'border-clash')).toBe('/stories/s/timeline/#event-border-clash');
    expect(routes.relation('s', 'arlen-vos', 'vos-leads')).toBe('/stories/s/actors/arlen-vos/#relation-vos-leads');
    expect(routes.figure('s', 'troops-sent')).toBe('/stories/s/charts/#figure-troops-sent');
    expect(routes.chartPanel('s', 'casualties')).toBe('/stories/s/charts/#chart-casualties');
    expect(routes.claim('s', 'vos-defend')).toBe('/stories/s/claims/#claim-vos-defend');
    expect(routes.claimFigureReport('s', 'troops-sent', 'southland-1500')).toBe('/stories/s/claims/#claim-figure-troops-sent-southland-1500');
  });

  it('names downloads, regroupings, embeds and the search', () => {
    expect(routes.chartFile('s', 'casualties', 'csv')).toBe('/stories/s/charts/casualties.csv');
    expect(routes.chartFile('s', 'deployment', 'svg')).toBe('/stories/s/charts/deployment.svg');
    expect(routes.claimsGrouped('s', 'topic')).toBe('/stories/s/claims/?group=topic');
    expect(routes.embed('s', 'casualties')).toBe('/embed/s/casualties/');
    expect(routes.embed('s', 'casualties', 'dark')).toBe('/embed/s/casualties/dark/');
    expect(routes.search()).toBe('/search/');
    expect(routes.search('troops & tanks?')).toBe('/search/?q=troops%20%26%20tanks%3F');
    expect(routes.searchBundle()).toBe('/pagefind/');
  });
});

describe('the fragment ids', () => {
  it('are the same for the element and the link to it, one prefix per kind of entry', () => {
    expect(anchors.event('e')).toBe('event-e');
    expect(anchors.laterReport('f', 'r')).toBe('later-f-r');
    expect(anchors.laterEvent('l')).toBe('later-l');
    expect(anchors.inAllStories('s', 'event-e')).toBe('s--event-e');
    expect(anchors.relation('r')).toBe('relation-r');
    expect(anchors.figure('f')).toBe('figure-f');
    expect(anchors.chartPanel('casualties')).toBe('chart-casualties');
    expect(anchors.chartPanel('casualties', 'embed-')).toBe('embed-chart-casualties');
    expect(anchors.claim('c')).toBe('claim-c');
    expect(anchors.claimFigureReport('f', 'r')).toBe('claim-figure-f-r');
  });
});

describe('structured data in a script element', () => {
  it('escapes "<" so the data cannot close the element, and reads back unchanged', () => {
    const script = jsonLdScript({ headline: '</script><b>Troops</b>' });
    expect(script).toBe('{"headline":"\\u003c/script>\\u003cb>Troops\\u003c/b>"}');
    expect(JSON.parse(script)).toEqual({ headline: '</script><b>Troops</b>' });
  });
});

describe('words in a list', () => {
  it('joins with commas and a final "and", one item alone, none as nothing', () => {
    expect(listInWords(['killed', 'injured', 'detained'])).toBe('killed, injured and detained');
    expect(listInWords(['killed', 'injured'])).toBe('killed and injured');
    expect(listInWords(['killed'])).toBe('killed');
    expect(listInWords([])).toBe('');
  });

  it('capitalises only the first letter', () => {
    expect(capitalise('before 15 January')).toBe('Before 15 January');
    expect(capitalise('')).toBe('');
  });
});
