/**
 * A content mistake, reported the way a compiler would, one line each:
 * `file:line:column  entry "id"  field "name"  problem` (the position where it is known).
 */

/** Where in a file: 1-based line and column. */
export interface Position {
  line: number;
  column?: number;
}

const where = (file: string, position?: Position) => `${file}${position ? `:${position.line}${position.column ? `:${position.column}` : ''}` : ''}`;

/** A mistake in one entry of a content file: its file, the entry's id, the field and the problem. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly entry: string,
    readonly field: string,
    readonly problem: string,
    readonly position?: Position,
  ) {
    super(`${where(file, position)}  entry "${entry}"  field "${field}"  ${problem}`);
    this.name = 'ContentError';
  }

  /** The same mistake at `position` (found once the file's YAML positions are known). */
  at(position: Position | undefined): ContentError {
    return position ? new ContentError(this.file, this.entry, this.field, this.problem, position) : this;
  }
}

/** A mistake in a whole file (its encoding, its YAML, its name, its place), before any entry can be read. */
export class ContentFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly position?: Position,
  ) {
    super(`${where(file, position)}  ${problem}`);
    this.name = 'ContentFileError';
  }
}

export type ContentMistake = ContentError | ContentFileError;

/** Every mistake found in the content, one line each, so an editor can fix them all in one pass. */
export class ContentErrors extends Error {
  constructor(readonly mistakes: ContentMistake[]) {
    super(`${mistakes.length} content ${mistakes.length === 1 ? 'mistake' : 'mistakes'}:\n${mistakes.map((error) => error.message).join('\n')}`);
    this.name = 'ContentErrors';
  }
}

/** The mistakes an error stands for: its list if it is a ContentErrors, else itself; anything else is a bug and rethrown. */
export function contentMistakes(error: unknown): ContentMistake[] {
  if (error instanceof ContentErrors) return error.mistakes;
  if (error instanceof ContentError || error instanceof ContentFileError) return [error];
  throw error;
}

/** Mistakes in reading order: by file, then line, then column (a mistake with no line first in its file). */
export function sortMistakes(mistakes: readonly ContentMistake[]): ContentMistake[] {
  return [...mistakes].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0),
  );
}
