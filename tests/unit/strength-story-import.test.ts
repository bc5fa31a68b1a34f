/**
 * What `npm run story:import` hands the editor (src/story/import/): the data files a new story starts with,
 * and the notes on what the import did to the pasted report. story-import.test.ts imports the seed report
 * while Vitest collects it, so a mutation run never sees those checks fail; these build everything inside
 * the test.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DATA_KINDS, dataKinds } from '../../src/story/data-kinds';
import { DATA_TEMPLATES } from '../../src/story/import/data-templates';
import { importReport, type ImportedReport } from '../../src/story/import/import-report';
import { projectRoot } from '../support/build-site';

const messages = (imported: ImportedReport) => imported.notes.map((note) => note.message);

describe('the data files a new story starts with', () => {
  it('each is an empty list, after the schema line and a commented-out example the editor can uncomment', () => {
    const { dataFiles } = importReport('A made-up headline\n\nCapital — The first paragraph.\n\nsource: example.com\n');
    expect(dataFiles.map((file) => file.file)).toEqual(dataKinds.map((kind) => DATA_KINDS[kind].file));
    for (const [index, { file, text }] of dataFiles.entries()) {
      const kind = dataKinds[index]!;
      const lines = text.split('\n');
      // The schema the editor's YAML language server reads, from content/stories/<slug>/.
      const schema = /^# yaml-language-server: \$schema=(\.\.\/\.\.\/schemas\/(.+)\.schema\.json)$/.exec(lines[0]!);
      expect(schema?.[2], file).toBe(file.replace(/\.yaml$/, ''));
      expect(existsSync(join(projectRoot, 'content/stories/any-story', schema![1]!)), file).toBe(true);
      expect(parse(text), file).toEqual([]);
      expect(text.endsWith('\n[]\n'), file).toBe(true);
      // Every other line is a comment: what the file holds, then the example, each line after "# ".
      expect(lines.slice(1, -2).every((line) => line === '#' || line.startsWith('# ')), file).toBe(true);
      for (const line of DATA_TEMPLATES[kind].about) expect(lines, file).toContain(`# ${line}`);
      const example = lines.slice(lines.findIndex((line) => line.includes('Replace it with entries like this one')) + 1, -2).map((line) => line.slice(2));
      expect(example, file).toEqual(DATA_TEMPLATES[kind].example);
      expect(parse(example.join('\n')), file).toHaveLength(1);
    }
  });
});

describe('the notes on what the import did', () => {
  it('names the dateline it took, only when the first paragraph opens with one', () => {
    const withDateline = importReport('A made-up headline\n\nPORT LOUIS, Mauritius — The first paragraph.\n\nThe last paragraph.\n\nsource: example.com\n');
    expect(messages(withDateline)).toContain('Took “PORT LOUIS, Mauritius”, the first paragraph’s opening words before a dash, as the frontmatter’s `dateline`; delete it if it is not one');
    const without = importReport('A made-up headline\n\nThe first paragraph has no dateline.\n\nThe last paragraph.\n\nsource: example.com\n');
    expect(messages(without).filter((message) => message.startsWith('Took “'))).toEqual([]);
  });

  it('counts the trimmed lines, and says nothing when none was', () => {
    const imported = importReport('A made-up headline\n\n  An indented paragraph.\n\nA paragraph with trailing spaces.   \n\nThe last paragraph.\n');
    expect(messages(imported)).toContain('Trimmed the spaces at the start or end of two lines (whitespace only)');
    const clean = importReport('A made-up headline\n\nThe first paragraph.\n\nThe last paragraph.\n');
    expect(messages(clean).filter((message) => message.startsWith('Trimmed'))).toEqual([]);
  });

  it('points to the block to check by its place in the report, counting from one', () => {
    const imported = importReport('A made-up headline\n\nThe first paragraph.\n\n# Not a heading of the report\n\nThe last paragraph.\n');
    const checks = imported.notes.filter((note) => note.message.startsWith('Check block'));
    expect(checks.map((note) => note.message.slice(0, 'Check block 2 '.length))).toEqual(['Check block 2 ']);
  });

  it('keeps lines under the headline as the first paragraph and a sentence-like title, saying so', () => {
    const imported = importReport('The council met on Tuesday.\nIt voted to close the bridge.\n\nThe last paragraph.\n');
    expect(messages(imported)).toContain('Kept as the first paragraph: the lines under the headline with no blank line between');
    expect(messages(imported)).toContain('Check the title: the first line reads like a sentence, not a headline');
    const plain = importReport('Council closes the bridge\n\nThe first paragraph.\n\nThe last paragraph.\n');
    expect(messages(plain).filter((message) => message.startsWith('Kept as the first paragraph') || message.startsWith('Check the title'))).toEqual([]);
  });
});
