/**
 * How a schema's verdict on one data entry reaches the editor (src/story/load/entry-issues.ts): one line
 * per problem, each naming its field in one style (`reports[0].value.max`), a typo'd key first, a missing
 * field said in plain words, and a problem inside a figure's report naming that report.
 */
import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../src/story/load/entry-issues';
import { figureSchema } from '../../src/story/schemas';

const FIGURE = {
  id: 'troops-sent',
  kind: 'troops-deployed',
  subject: 'Southland troops',
  label: 'Southland troops sent',
  unit: 'troops',
  panel: 'deployment',
  reports: [
    {
      origin: 'article',
      id: 'southland-1500',
      date: '2031-06-12',
      claimant: 'southland',
      value: { type: 'exact', text: '1,500', value: 1500 },
      confirmation: 'unconfirmed',
      confirmationNote: "Southland's own statement.",
      excerpt: 'sent 1,500 more troops to the valley',
    },
  ],
};
const check = (data: unknown) =>
  checkEntry(figureSchema, data, 'figures.yaml', 'troops-sent').errors.map((error) => `${error.field}: ${error.problem}`);

describe('the problems of one entry', () => {
  it('passes a valid entry, giving its parsed value', () => {
    const { value, errors } = checkEntry(figureSchema, FIGURE, 'figures.yaml', 'troops-sent');
    expect(errors).toEqual([]);
    expect(value).toMatchObject({ id: 'troops-sent', reports: [{ id: 'southland-1500' }] });
  });

  it('names a typo’d key first, as the field itself, whatever else is wrong', () => {
    const { label: _label, ...rest } = FIGURE;
    const problems = check({ ...rest, subjcet: 'typo', unit: 7 });
    expect(problems[0]).toBe('subjcet: unknown key (a typo, or a field this kind of entry does not have)');
    expect(problems.slice(1).map((problem) => problem.split(':')[0]).sort()).toEqual(['label', 'unit']);
  });

  it('says a missing field is required, with what it should be', () => {
    const { label: _label, ...rest } = FIGURE;
    expect(check(rest)).toEqual(['label: missing: this field is required (string)']);
  });

  it('names a field inside a report by its path, and the report by its id', () => {
    const report = { ...FIGURE.reports[0]!, value: { type: 'exact', text: '1,500', value: 'many' }, confirmationNot: 'typo' };
    const problems = check({ ...FIGURE, reports: [report] });
    expect(problems[0]).toBe('reports[0].confirmationNot: in "southland-1500": unknown key (a typo, or a field this kind of entry does not have)');
    expect(problems.some((problem) => problem.startsWith('reports[0].value.value: in "southland-1500": '))).toBe(true);
  });

  it('names the entry itself when the whole entry is wrong', () => {
    expect(check('a string')[0]).toMatch(/^\(entry\): /);
  });
});
