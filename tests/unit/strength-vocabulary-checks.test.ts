/**
 * The content check of a story's values against the site's vocabulary (src/story/vocabulary.ts): a value
 * no list defines is named in the field it stands in, with the values known and where to add one; a
 * story's own addition may not redefine a site value; a broken content/vocabulary.yaml names its field.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSiteVocabulary, vocabularyMistakes } from '../../src/story/vocabulary';
import type { StoryInput } from '../../src/story/types';
import { projectRoot } from '../support/build-site';
import { storyInputFromFiles } from '../support/story-from-files';

const border = () => storyInputFromFiles(resolve(projectRoot, 'tests/fixtures/border'), 'border-fixture-story');
const lines = (input: StoryInput) => vocabularyMistakes(input).map((mistake) => `${mistake.entry} ${mistake.field}: ${mistake.problem.split(':')[0]}`);

describe('a story’s values against the vocabulary', () => {
  it('accepts the border story, whose own addition "captured" is a figure kind', () => {
    expect(vocabularyMistakes(border())).toEqual([]);
  });

  it('names the field of each value no list defines', () => {
    const input = border();
    input.events[0]!.data.category = 'skirmish' as never;
    Object.assign(input.figures[0]!.data, { kind: 'wounded', unit: 'souls', panel: 'losses' });
    input.relations[0]!.data.type = 'fights' as never;
    input.actors[0]!.data.kind = 'nation' as never;
    input.claims[0]!.data.kind = 'boast' as never;
    expect(lines(input)).toEqual([
      'border-clash category: "skirmish" is not one of the event categories',
      'soldiers-killed kind: "wounded" is not one of the figure kinds',
      'soldiers-killed unit: "souls" is not one of the units',
      'soldiers-killed panel: "losses" is not one of the chart panels',
      'clash type: "fights" is not one of the relation types',
      'northland kind: "nation" is not one of the actor kinds',
      'vos-defend kind: "boast" is not one of the claim kinds',
    ]);
  });

  it('lists the values known, the story’s own additions among them, and where to add one', () => {
    const input = border();
    input.figures[0]!.data.kind = 'wounded' as never;
    const [mistake] = vocabularyMistakes(input);
    expect(mistake!.problem).toMatch(/^"wounded" is not one of the figure kinds: known are killed, .*, captured\. Add it to content\/vocabulary\.yaml, or to this story's vocabulary\.yaml with list: figureKinds$/);
  });

  it('refuses a story’s addition that redefines a site value, and does not count another story’s additions', () => {
    const input = border();
    input.vocabulary![0]!.data.id = 'killed';
    expect(vocabularyMistakes(input).map((mistake) => [mistake.entry, mistake.field, mistake.problem])).toEqual([
      ['killed', 'id', '"killed" is already one of the site\'s figure kinds (content/vocabulary.yaml): use it as it is, or choose another id'],
      // Without its own addition, the story's "captured" figure is unknown.
      ['soldiers-captured', 'kind', expect.stringMatching(/^"captured" is not one of the figure kinds/)],
    ]);
    expect(lines({ ...border(), vocabulary: undefined })).toEqual(['soldiers-captured kind: "captured" is not one of the figure kinds']);
  });
});

describe('the site’s vocabulary file', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('names each wrong field, or the file itself', () => {
    const root = mkdtempSync(join(tmpdir(), 'vocabulary-'));
    dirs.push(root);
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content/vocabulary.yaml'), 'units: 3\n');
    expect(() => readSiteVocabulary(root)).toThrow(/^content\/vocabulary\.yaml: field "eventCategories": .*; field "units": Invalid input: expected array, received number; /);
    writeFileSync(join(root, 'content/vocabulary.yaml'), '- a list\n');
    expect(() => readSiteVocabulary(root)).toThrow(/^content\/vocabulary\.yaml: field "\(file\)": /);
  });
});
