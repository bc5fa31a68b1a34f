/** A content mistake, reported the way a compiler would: file (and line where known), entry, field, problem. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly entry: string,
    readonly field: string,
    readonly problem: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: entry "${entry}", field "${field}": ${problem}`);
    this.name = 'ContentError';
  }
}

/** A mistake in a whole file (its encoding, its YAML, its name, its place), before any entry can be read. */
export class ContentFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ${problem}`);
    this.name = 'ContentFileError';
  }
}

/** Every mistake found in the content, one line each, so an editor can fix them all in one pass. */
export class ContentErrors extends Error {
  constructor(readonly mistakes: Error[]) {
    super(`${mistakes.length} content ${mistakes.length === 1 ? 'mistake' : 'mistakes'}:\n${mistakes.map((error) => error.message).join('\n')}`);
    this.name = 'ContentErrors';
  }
}

/** The mistakes an error stands for: its list if it is a ContentErrors, else itself. */
export function contentMistakes(error: unknown): Error[] {
  if (error instanceof ContentErrors) return error.mistakes;
  if (error instanceof ContentError || error instanceof ContentFileError) return [error];
  throw error;
}
