/**
 * Where a mistake is reported in a YAML file or an article's frontmatter (src/story/load/parse-files.ts):
 * the line and column an editor jumps to for an entry's field, nested or missing, and a syntax error
 * named with its line, entry and field, in plain words.
 */
import { describe, expect, it } from 'vitest';
import { parseYamlWithPositions, splitFrontmatter } from '../../src/story/load/parse-files';

const FIGURES = [
  '- id: first',
  '  label: First',
  '- id: second',
  '  label: Second',
  '  reports:',
  '    - id: r1',
  '      value: { type: exact, text: "9", value: 9 }',
  '    - id: r2',
  '      value:',
  '        type: range',
  '        max: 12',
  '  note:',
].join('\n');

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as Error & { entry?: string; field?: string; position?: { line: number; column?: number } };
  }
  throw new Error('no error');
};

describe('the position of an entry’s field', () => {
  const { locate, data } = parseYamlWithPositions(FIGURES, 'figures.yaml');

  it('reads the data', () => {
    expect((data as { id: string }[]).map((entry) => entry.id)).toEqual(['first', 'second']);
  });

  it('finds an entry by id, or by its place in the list, and a field in it', () => {
    expect(locate('first', 'label')).toEqual({ line: 2, column: 10 });
    expect(locate('second', '(entry)')).toEqual({ line: 3, column: 3 });
    expect(locate('#2', 'label')).toEqual({ line: 4, column: 10 });
    expect(locate('#1', '(entry)')).toEqual({ line: 1, column: 3 });
  });

  it('follows a nested field through lists and maps', () => {
    expect(locate('second', 'reports[1].value.max')).toEqual({ line: 11, column: 14 });
    expect(locate('second', 'reports[0].value')).toEqual({ line: 7, column: 14 });
    expect(locate('second', 'reports[1].id')).toEqual({ line: 8, column: 11 });
  });

  it('gives the deepest place written for a field that is missing, and where an empty value goes', () => {
    expect(locate('second', 'reports[1].value.min')).toEqual({ line: 10, column: 9 });
    expect(locate('second', 'reports[5].id')).toEqual({ line: 6, column: 5 });
    expect(locate('first', 'reports[0]')).toEqual({ line: 1, column: 3 });
    expect(locate('second', 'note')).toEqual({ line: 12, column: 8 });
  });

  it('finds nothing for an entry that is not there', () => {
    expect(locate('third', 'label')).toBeUndefined();
    expect(locate('#9', 'label')).toBeUndefined();
  });

  it('counts lines from where the YAML starts in its file', () => {
    expect(parseYamlWithPositions(FIGURES, 'a.md', 3).locate('first', 'label')).toEqual({ line: 5, column: 10 });
  });

  it('finds a field of a document that is not a list', () => {
    expect(parseYamlWithPositions('title: A\npublished: 2031-06-12\n', 'a.md').locate('a', 'published')).toEqual({ line: 2, column: 12 });
  });

  it('finds the tenth entry by its place', () => {
    const ten = Array.from({ length: 10 }, (_, index) => `- id: e${index + 1}`).join('\n');
    expect(parseYamlWithPositions(ten, 'a.yaml').locate('#10', '(entry)')).toEqual({ line: 10, column: 3 });
  });
});

describe('a YAML syntax error', () => {
  it('names a tab that indents a line, at its line and column', () => {
    const error = errorOf(() => parseYamlWithPositions('- id: a\n\tlabel: A\n', 'actors.yaml', 2));
    expect(error.message).toBe('actors.yaml:4:1  YAML syntax error: a tab indents this line; YAML indents with spaces only');
    const spaced = errorOf(() => parseYamlWithPositions('- id: a\n  \tlabel: A\n', 'actors.yaml'));
    expect(spaced.position).toEqual({ line: 2, column: 3 });
  });

  it('says a key written twice in plain words, naming the entry and field', () => {
    const error = errorOf(() => parseYamlWithPositions('- id: a\n  label: A\n  label: B\n', 'actors.yaml'));
    expect(error).toMatchObject({ entry: 'a', field: 'label', position: { line: 3, column: 3 } });
    expect(error.message).toBe('actors.yaml:3:3  entry "a"  field "label"  YAML syntax error: this key is written twice in the same entry');
  });

  it('keeps the YAML library’s words for another error, without its own "at line" note', () => {
    const error = errorOf(() => parseYamlWithPositions('- id: a\n  label: "unclosed\n', 'actors.yaml'));
    expect(error.message).toMatch(/^actors\.yaml:\d+:\d+ {2}.*YAML syntax error: [^\n]+$/);
    expect(error.message).not.toMatch(/at line \d+, column \d+/);
  });

  it('names the file alone when the error is in no entry with an id', () => {
    const error = errorOf(() => parseYamlWithPositions('a: 1\na: 2\n', 'site.yaml'));
    expect(error.message).toBe('site.yaml:2:1  YAML syntax error: this key is written twice in the same entry');
    expect(error.name).toBe('ContentFileError');
  });
});

describe('an article’s frontmatter', () => {
  it('splits the frontmatter from the body and says on which line the body starts', () => {
    const { data, body, bodyLine, locate } = splitFrontmatter('---\ntitle: A\npublished: 2031-06-12\n---\n\nThe text.\n', 'a.md');
    expect(data).toEqual({ title: 'A', published: '2031-06-12' });
    expect(body).toBe('\nThe text.\n');
    // Line 4 closes the frontmatter; the body starts on line 5, with its blank line.
    expect(bodyLine).toBe(5);
    expect(locate('a', 'published')).toEqual({ line: 3, column: 12 });
  });

  it('ignores a byte-order mark, and takes Windows line ends', () => {
    const { data, body } = splitFrontmatter('\uFEFF---\r\ntitle: A\r\n---\r\nText.', 'a.md');
    expect(data).toEqual({ title: 'A' });
    expect(body).toBe('Text.');
  });

  it('counts the body’s line from the line after the closing ---', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\nText.', 'a.md').bodyLine).toBe(4);
    expect(splitFrontmatter('---\ntitle: A\nsummary: B\n---\nText.', 'a.md').bodyLine).toBe(5);
  });

  it('refuses an article without frontmatter at its very start', () => {
    expect(() => splitFrontmatter('\n---\ntitle: A\n---\n', 'a.md')).toThrow('a.md:1  the article needs YAML frontmatter between --- lines at its very start');
  });
});
