/**
 * Parsers of content files: YAML with errors that name the file and line, and an article's frontmatter.
 * Each parse also keeps where every node stands, so a mistake found later in an entry's field is reported
 * at the line and column an editor jumps to.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type ErrorCode, type Node } from 'yaml';
import { ContentError, ContentFileError, type Position } from '../content-error';

/** Where an entry's field is written: `entry` is an id (or `#3`, the third entry) of a list, or the document itself. */
export type Locate = (entry: string, field: string) => Position | undefined;

export interface ParsedYaml {
  data: unknown;
  locate: Locate;
}

/** `reports[0].value.max` → ['reports', 0, 'value', 'max']; names in parentheses, like `(entry)`, have no path. */
function fieldSteps(field: string): (string | number)[] {
  if (field.startsWith('(')) return [];
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) => (index === undefined ? key : Number(index)));
}

function entryNode(root: unknown, entry: string): unknown {
  if (!isSeq(root)) return root;
  const numbered = /^#(\d+)$/.exec(entry);
  if (numbered) return root.items[Number(numbered[1]) - 1];
  return root.items.find((item) => isMap(item) && item.get('id') === entry);
}

/** The node a field names, or the deepest one written on the way (a missing field is reported at its entry). */
function fieldNode(entry: unknown, steps: (string | number)[]): Node | undefined {
  let node = entry as Node | undefined;
  for (const step of steps) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step));
      if (!pair) break;
      // An empty value has no node of its own: its key is where the editor writes it.
      node = (pair.value ?? pair.key) as Node;
    } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
      node = node.items[step] as Node;
    } else break;
  }
  return node;
}

/** The YAML library's words for the mistakes editors make most, said plainly; the rest keep its words. */
const PLAIN_SYNTAX: Partial<Record<ErrorCode, string>> = {
  DUPLICATE_KEY: 'this key is written twice in the same entry',
  BLOCK_AS_IMPLICIT_KEY: 'a value runs on over lines where YAML expects a new key: quote the value, or write it after >- on the lines below',
  MULTILINE_IMPLICIT_KEY: 'a value runs on over lines where YAML expects a new key: quote the value, or write it after >- on the lines below',
};

/** The entry (by id) and field a syntax error sits in, when the part of the file read so far shows them. */
function syntaxErrorSite(contents: unknown, offset: number): { entry: string; field: string } | undefined {
  if (!isSeq(contents)) return undefined;
  const within = (node: unknown) => {
    const range = (node as Node | null)?.range;
    return !!range && range[0] <= offset && offset <= range[2];
  };
  const item = contents.items.find(within);
  const id = isMap(item) ? item.get('id') : undefined;
  if (typeof id !== 'string') return undefined;
  const pair = isMap(item) ? item.items.find((candidate) => within(candidate.key) || within(candidate.value)) : undefined;
  return { entry: id, field: pair && isScalar(pair.key) ? String(pair.key.value) : '(entry)' };
}

/** Parses YAML, turning a syntax error into one line with the file, position and, where known, entry and field. */
export function parseYamlWithPositions(text: string, file: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { prettyErrors: true, lineCounter });
  const [error] = document.errors;
  if (error) {
    const lines = text.split('\n');
    const tabLine = lines.findIndex((line) => /^ *\t/.test(line));
    if (tabLine >= 0) {
      throw new ContentFileError(file, 'YAML syntax error: a tab indents this line; YAML indents with spaces only', { line: lineOffset + tabLine + 1, column: lines[tabLine].indexOf('\t') + 1 });
    }
    const at = error.linePos?.[0];
    const position = at && { line: lineOffset + at.line, column: at.col };
    const problem = `YAML syntax error: ${PLAIN_SYNTAX[error.code] ?? error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`;
    const site = syntaxErrorSite(document.contents, error.pos[0]);
    throw site ? new ContentError(file, site.entry, site.field, problem, position) : new ContentFileError(file, problem, position);
  }
  const locate: Locate = (entry, field) => {
    const node = fieldNode(entryNode(document.contents, entry), fieldSteps(field));
    if (!node?.range) return undefined;
    const { line, col } = lineCounter.linePos(node.range[0]);
    return { line: lineOffset + line, column: col };
  };
  return { data: document.toJS(), locate };
}

/** Parses YAML (see parseYamlWithPositions) when the positions are not needed. */
export function parseYaml(text: string, file: string, lineOffset = 0): unknown {
  return parseYamlWithPositions(text, file, lineOffset).data;
}

/** Splits a Markdown file into its YAML frontmatter (with positions) and body (a byte-order mark before it is ignored). */
export function splitFrontmatter(text: string, file: string): ParsedYaml & { body: string; bodyLine: number } {
  const source = text.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) throw new ContentFileError(file, 'the article needs YAML frontmatter between --- lines at its very start', { line: 1 });
  // The line of the file the body starts on, so a mistake in the body is reported at the file's line.
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  return { ...parseYamlWithPositions(match[1], file, 1), body: source.slice(match[0].length), bodyLine };
}
