/** Parsers of content files: YAML with errors that name the file and line, and an article's frontmatter. */
import { parseDocument } from 'yaml';
import { ContentFileError } from '../content-error';

/** Parses YAML, turning a syntax error into one line with the file and position (a tab used to indent named as such). */
export function parseYaml(text: string, file: string, lineOffset = 0): unknown {
  const document = parseDocument(text, { prettyErrors: true });
  const [error] = document.errors;
  if (error) {
    const tabLine = text.split('\n').findIndex((line) => /^ *\t/.test(line));
    if (tabLine >= 0) throw new ContentFileError(file, 'YAML syntax error: a tab indents this line; YAML indents with spaces only', lineOffset + tabLine + 1);
    const where = error.linePos?.[0];
    throw new ContentFileError(file, `YAML syntax error: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, where && lineOffset + where.line, where?.col);
  }
  return document.toJS();
}

/** Splits a Markdown file into its YAML frontmatter and body (a byte-order mark before it is ignored). */
export function splitFrontmatter(text: string, file: string): { data: unknown; body: string; bodyLine: number } {
  const source = text.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) throw new ContentFileError(file, 'the article needs YAML frontmatter between --- lines at its very start', 1);
  // The line of the file the body starts on, so a mistake in the body is reported at the file's line.
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  return { data: parseYaml(match[1], file, 1), body: source.slice(match[0].length), bodyLine };
}
