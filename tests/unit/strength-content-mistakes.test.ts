/**
 * The lines an editor reads when a story's data is wrong, checked piece by piece: a number whose words
 * say another number (src/story/figure-wording.ts), an alias the article never writes
 * (src/story/unused-aliases.ts), a published paragraph id that is gone (src/story/published-ids.ts),
 * and how mistakes are worded and ordered (src/story/content-error.ts).
 */
import { describe, expect, it } from 'vitest';
import { ContentError, ContentErrors, ContentFileError, contentMistakes, sortMistakes } from '../../src/story/content-error';
import { checkFigureWording } from '../../src/story/figure-wording';
import { missingPublishedIds } from '../../src/story/published-ids';
import { unusedAliasWarnings } from '../../src/story/unused-aliases';
import type { ReportedValue } from '../../src/story/schemas/figure';
import type { Story } from '../../src/story/types';
import { borderStory } from '../support/fixture-stories';

const SITE = { file: 'figures.yaml', entry: 'troops-sent', field: 'reports[0].value' };
const wording = (value: ReportedValue) => () => checkFigureWording(value, SITE);

describe('a number and its words', () => {
  it('accepts words that state the number, in digits or in words up to twelve', () => {
    expect(wording({ type: 'exact', text: '1,500', value: 1500 })).not.toThrow();
    expect(wording({ type: 'exact', text: 'nine', value: 9 })).not.toThrow();
    expect(wording({ type: 'exact', text: 'Twelve', value: 12 })).not.toThrow();
    expect(wording({ type: 'exact', text: 'zero', value: 0 })).not.toThrow();
    expect(wording({ type: 'exact', text: '2.5', value: 2.5 })).not.toThrow();
    expect(wording({ type: 'lower-bound', text: 'more than 1,000', min: 1000 })).not.toThrow();
    expect(wording({ type: 'upper-bound', text: 'as many as 3,000', max: 3000, min: 0, rangeReason: 'No floor given.' })).not.toThrow();
    // Words that state no number are not checked.
    expect(wording({ type: 'exact', text: 'a dozen', value: 12 })).not.toThrow();
    expect(wording({ type: 'vague', text: 'about 2,000', min: 1500, max: 2500, rangeReason: 'a quarter either way' })).not.toThrow();
  });

  it('names the field and both numbers when the words state another number', () => {
    expect(wording({ type: 'exact', text: '12', value: 1200 })).toThrow(
      'figures.yaml  entry "troops-sent"  field "reports[0].value.value"  1,200 is not the number its text "12" states (12)',
    );
    expect(wording({ type: 'lower-bound', text: 'more than 1,000', min: 100 })).toThrow(
      'field "reports[0].value.min"  100 is not the number its text "more than 1,000" states (1,000)',
    );
    expect(wording({ type: 'upper-bound', text: 'between 10 and eleven', max: 12, min: 0, rangeReason: 'No floor given.' })).toThrow(
      'field "reports[0].value.max"  12 is not the number its text "between 10 and eleven" states (10, 11)',
    );
  });

  it('reads number words as whole words only', () => {
    // "someone" holds "one", "tent" holds "ten": neither is a number.
    expect(wording({ type: 'exact', text: 'someone said 7', value: 7 })).not.toThrow();
    expect(wording({ type: 'exact', text: 'tents for 40', value: 40 })).not.toThrow();
  });
});

describe('aliases the article never writes', () => {
  const story = (aliases: string[]) => {
    const base = structuredClone(borderStory());
    base.actors = [{ ...base.actors.find((actor) => actor.id === 'southland-army')!, aliases }];
    return base as Pick<Story, 'blocks' | 'actors'>;
  };

  it('warns once for each, naming the actor, the alias and its place in the list', () => {
    const warnings = unusedAliasWarnings(story(["Southland's army", 'Southland armed forces', 'the SA']), 'actors.yaml');
    expect(warnings.map((warning) => warning.message)).toEqual([
      'actors.yaml  entry "southland-army"  field "aliases[1]"  "Southland armed forces" is not in the article\'s text, so it finds no mentions (dropped)',
      'actors.yaml  entry "southland-army"  field "aliases[2]"  "the SA" is not in the article\'s text, so it finds no mentions (dropped)',
    ]);
  });

  it('finds an alias written with a capital at the start of a sentence', () => {
    // The article writes "Local officials said…"; an alias in lower case still finds it.
    expect(unusedAliasWarnings(story(['local officials']), 'actors.yaml')).toEqual([]);
  });

  it('does not count the site’s own headings as the article’s text', () => {
    const base = story(['Border news']);
    base.blocks = [...base.blocks, { ...base.blocks[0]!, kind: 'heading', text: 'Border news' }];
    expect(unusedAliasWarnings(base, 'actors.yaml')).toHaveLength(1);
    base.blocks = [...base.blocks.slice(0, -1), { ...base.blocks[0]!, bySite: true, text: 'Border news' }];
    expect(unusedAliasWarnings(base, 'actors.yaml')).toHaveLength(1);
    base.blocks = [...base.blocks.slice(0, -1), { ...base.blocks[0]!, text: 'Border news' }];
    expect(unusedAliasWarnings(base, 'actors.yaml')).toEqual([]);
  });
});

describe('published paragraph ids', () => {
  const story = (idAliases: Record<string, string>) => {
    const base = structuredClone(borderStory());
    base.meta.idAliases = idAliases;
    return base;
  };
  const ids = () => borderStory().blocks.map((block) => block.id);

  it('accepts every id still in the article, and every old id an alias sends on', () => {
    expect(missingPublishedIds(story({}), ids())).toEqual([]);
    expect(missingPublishedIds(story({ 'p-old-opening': ids()[0]! }), [...ids(), 'p-old-opening'])).toEqual([]);
  });

  it('names a published id that is gone and says how to keep its links working', () => {
    expect(missingPublishedIds(story({}), ['p-gone']).map((error) => error.message)).toEqual([
      `${borderStory().articlePath}  entry "border-fixture-story"  field "idAliases"  the published id "p-gone" (tests/snapshots/article-ids.json) is gone: add "p-gone: <its new id>" to idAliases so links to it keep working`,
    ]);
  });

  it('refuses an alias to an id the article does not have, and one for an id still in use', () => {
    const errors = missingPublishedIds(story({ 'p-old': 'p-nowhere', [ids()[1]!]: ids()[0]! }), []);
    expect(errors.map((error) => [error.field, error.problem])).toEqual([
      ['idAliases.p-old', '"p-nowhere" is not an id of the article'],
      [`idAliases.${ids()[1]}`, `"${ids()[1]}" is still the id of a block of the article: an alias names an id that is gone`],
    ]);
  });
});

describe('how a mistake is worded', () => {
  it('gives file, line and column when known, then the entry, the field and the problem', () => {
    const error = new ContentError('events.yaml', 'border-clash', 'date.start', 'is not a real calendar date');
    expect(error.message).toBe('events.yaml  entry "border-clash"  field "date.start"  is not a real calendar date');
    expect(error.at({ line: 12, column: 5 }).message).toBe('events.yaml:12:5  entry "border-clash"  field "date.start"  is not a real calendar date');
    expect(error.at({ line: 12 }).message).toBe('events.yaml:12  entry "border-clash"  field "date.start"  is not a real calendar date');
    expect(error.at(undefined)).toBe(error);
    expect(error.name).toBe('ContentError');
    expect(new ContentFileError('actors.yaml', 'is not valid YAML', { line: 3, column: 1 }).message).toBe('actors.yaml:3:1  is not valid YAML');
    expect(new ContentFileError('actors.yaml', 'is empty').name).toBe('ContentFileError');
  });

  it('counts the mistakes of a list, one line each', () => {
    const one = new ContentFileError('a.yaml', 'is empty');
    const two = new ContentFileError('b.yaml', 'is empty');
    expect(new ContentErrors([one]).message).toBe('1 content mistake:\na.yaml  is empty');
    expect(new ContentErrors([one, two]).message).toBe('2 content mistakes:\na.yaml  is empty\nb.yaml  is empty');
    expect(new ContentErrors([]).name).toBe('ContentErrors');
  });

  it('unpacks a list or a single mistake, and lets any other error through', () => {
    const one = new ContentFileError('a.yaml', 'is empty');
    const two = new ContentError('b.yaml', 'x', 'id', 'is taken');
    expect(contentMistakes(new ContentErrors([one, two]))).toEqual([one, two]);
    expect(contentMistakes(one)).toEqual([one]);
    expect(contentMistakes(two)).toEqual([two]);
    const bug = new TypeError('a bug');
    expect(() => contentMistakes(bug)).toThrow(bug);
  });

  it('lists mistakes by file, then line, then column, those with no line first', () => {
    const at = (file: string, line?: number, column?: number) => new ContentFileError(file, 'x', line ? { line, column } : undefined);
    const sorted = sortMistakes([at('b.yaml', 2, 1), at('a.yaml', 9, 9), at('b.yaml', 1, 7), at('b.yaml'), at('b.yaml', 1, 3), at('b.yaml', 1)]);
    expect(sorted.map((mistake) => mistake.message.split('  ')[0])).toEqual(['a.yaml:9:9', 'b.yaml', 'b.yaml:1', 'b.yaml:1:3', 'b.yaml:1:7', 'b.yaml:2:1']);
  });
});
