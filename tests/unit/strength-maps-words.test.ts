/**
 * What a map says (src/views/charts/map/words.ts, contents.ts): the sentence introducing it, its title,
 * description and legend for an alliance with no member named, a border marked for troops, a number
 * only reported later, an arrow from the city the story names, the alliance's short name, the figure
 * counting its members, and the editor's error when the map's data points at nothing.
 */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { mapContents } from '../../src/views/charts/map/contents';
import { renderMap } from '../../src/views/charts/map/render';
import { legendEntries, mapDescription, mapIntro, mapTitle } from '../../src/views/charts/map/words';
import { exact, floor, inArticle, later, mapFigure, mapStory, pactRelations, relation } from '../support/map-stories';

const sentFigure = (reports = [inArticle('s800', floor(800))]) => mapFigure('sent', 'troops-deployed', 'Westmark troops sent to Ostland', reports);
const massedFigure = (id: string) => mapFigure(id, 'troops-massed', 'Troops massed near Alpland', [inArticle(`${id}-1000`, floor(1000))]);

describe('the sentence introducing a map', () => {
  it('names what the map marks: the members and where the troops went, with each kind of mark once', () => {
    const story = mapStory({ alliance: 'pact', deployment: { relation: 'westmark-sent', figure: 'sent', fromCity: 'port-exa' } }, [sentFigure()], pactRelations());
    expect(mapIntro(story, 'deployment')).toBe('The map marks the alliance’s members and where the troops were sent.');
    const borders = mapStory(
      {
        borders: [
          { along: ['westmark', 'alpland'], figure: 'massed-a' },
          { along: ['ostland', 'alpland'], figure: 'massed-b' },
          { along: ['westmark', 'ostland'], relation: 'talks' },
        ],
      },
      [massedFigure('massed-a'), massedFigure('massed-b')],
      [relation('talks', 'westmark', 'negotiates-with', 'ostland')],
    );
    expect(mapIntro(borders, 'deployment')).toBe('The map marks where troops are massed and the Westmark–Ostland border.');
  });

  it('says where forces were sent when the article gives no number, and that the map shows places when it marks nothing', () => {
    const story = mapStory({ deployment: { relation: 'westmark-sent', fromCity: 'port-exa' } }, [], pactRelations());
    expect(mapIntro(story, 'deployment')).toBe('The map marks where Westmark sent forces to Ostland.');
    expect(mapDescription(mapContents(story, 'deployment'))).toContain('An arrow from Port Exa into Ostland stands for what the article reports: Westmark sent forces to Ostland.');
    expect(mapIntro(mapStory({}), 'deployment')).toBe('The map shows the places the article names.');
  });

  it('introduces no map for a panel the story has none for', () => {
    expect(mapIntro(mapStory({}), 'casualties')).toBeNull();
  });
});

describe('a map’s words', () => {
  it('neither marks, titles nor keys an alliance the article names no member of', () => {
    const story = mapStory({ alliance: 'pact' }, [], [relation('westmark-sent', 'westmark', 'deployed-to', 'ostland')]);
    const contents = mapContents(story, 'deployment');
    expect(mapTitle(contents)).toBe('Where it happens: Westmark, Lowmark, Alpland and Ostland');
    expect(mapDescription(contents)).not.toContain('member');
    expect(legendEntries(contents)).toEqual([{ swatch: 'city', text: 'City' }]);
    expect(mapIntro(story, 'deployment')).toBe('The map shows the places the article names.');
  });

  it('titles, describes and keys a border marked for troops massed, its kind once in the legend', () => {
    const story = mapStory(
      { borders: [{ along: ['westmark', 'alpland'], figure: 'massed-a' }, { along: ['ostland', 'alpland'], figure: 'massed-b' }] },
      [massedFigure('massed-a'), massedFigure('massed-b')],
    );
    const contents = mapContents(story, 'deployment');
    expect(mapTitle(contents)).toBe('Where the troops are: the troops massed near Alpland and the troops massed near Alpland');
    expect(mapDescription(contents)).toContain('The Westmark–Alpland border is marked for troops massed near alpland: “more than 1,000”.');
    expect(legendEntries(contents)).toEqual([
      { swatch: 'border', text: 'Troops massed near the border' },
      { swatch: 'city', text: 'City' },
    ]);
  });

  it('quotes the article’s number, and gives a number only reported later plainly, with its source', () => {
    const quoted = mapStory({ deployment: { relation: 'westmark-sent', figure: 'sent', fromCity: 'port-exa' } }, [sentFigure([later('l900', exact(900)), inArticle('s800', floor(800))])], pactRelations());
    expect(mapDescription(mapContents(quoted, 'deployment'))).toContain('stands for westmark troops sent to ostland: “more than 800” (source:');
    const plain = mapStory({ deployment: { relation: 'westmark-sent', figure: 'sent', fromCity: 'port-exa' } }, [sentFigure([later('l900', exact(900))])], pactRelations());
    expect(mapDescription(mapContents(plain, 'deployment'))).toContain('stands for westmark troops sent to ostland: 900 (source: Official l900; unconfirmed).');
  });

  it('names the arrow’s mark for the article’s report, not for an earlier-listed later one', () => {
    const story = mapStory({ deployment: { relation: 'westmark-sent', figure: 'sent', fromCity: 'port-exa' } }, [sentFigure([later('l900', exact(900)), inArticle('s800', floor(800))])], pactRelations());
    const $ = load(renderMap(story, 'deployment', { width: 640 }).svg, { xml: true });
    const arrow = $('a.chart-mark').has('.map-arrow');
    expect(arrow.attr('aria-label')).toMatch(/^Westmark troops sent to Ostland: “more than 800”\. Lower bound/);
  });

  it('draws the arrow from the city the story names, not the first city listed', () => {
    const story = mapStory({ deployment: { relation: 'westmark-sent', figure: 'sent', fromCity: 'riverburg' } }, [sentFigure()], pactRelations());
    expect(mapDescription(mapContents(story, 'deployment'))).toContain('An arrow from Riverburg into Ostland stands for');
  });

  it('calls the alliance by its short name in brackets, or by its whole name when it has none there at the end', () => {
    const story = (name: string) => mapStory({ alliance: 'pact' }, [], pactRelations(), name);
    expect(legendEntries(mapContents(story('Example Pact (EP)'), 'deployment'))[0].text).toBe('EP member state (2 named)');
    expect(legendEntries(mapContents(story('Example Pact'), 'deployment'))[0].text).toBe('Example Pact member state (2 named)');
    expect(legendEntries(mapContents(story('Pact (EP) of the North'), 'deployment'))[0].text).toBe('Pact (EP) of the North member state (2 named)');
  });

  it('links each member state to the figure counting the members in the map’s own panel', () => {
    const count = (id: string, panel: 'deployment' | 'casualties') => mapFigure(id, 'member-states', 'Member states', [inArticle(`${id}-2`, exact(2))], 'states', panel);
    const story = mapStory({ alliance: 'pact' }, [count('elsewhere', 'casualties'), sentFigure(), count('members', 'deployment')], pactRelations());
    const $ = load(renderMap(story, 'deployment', { width: 640 }).svg, { xml: true });
    const members = $('a.chart-mark').has('.map-member');
    expect(members.toArray().map((member) => $(member).attr('data-figure'))).toEqual(['members', 'members']);
  });
});

describe('a map whose data points at nothing', () => {
  it('tells the editor which figure, relation, country or map is missing', () => {
    const deployment = (figure?: string) => ({ deployment: { relation: 'westmark-sent', figure, fromCity: 'port-exa' } });
    expect(() => mapContents(mapStory(deployment('nowhere'), [], pactRelations()), 'deployment')).toThrow('The map\'s figure "nowhere" is not in story "mini-fixture-story"');
    expect(() => mapContents(mapStory(deployment(), [], []), 'deployment')).toThrow('The map\'s relation "westmark-sent" is not in story "mini-fixture-story"');
    expect(() => mapContents(mapStory({}), 'casualties')).toThrow('Story "mini-fixture-story" has no casualties map');
    const stranger = mapStory({ alliance: 'pact' }, [], [relation('stranger-in-pact', 'pact', 'member-of', 'pact')]);
    expect(() => mapContents(stranger, 'deployment').codeOf('pact')).toThrow('No map country for "pact"');
  });
});
