/** A content mistake, reported the way a compiler would: file, entry, field, problem. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly entry: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: entry "${entry}", field "${field}": ${problem}`);
    this.name = 'ContentError';
  }
}
