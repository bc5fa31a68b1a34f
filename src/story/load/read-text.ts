/**
 * Reads a content file as text. Invalid UTF-8 is a mistake named with its line (a lenient decoder would
 * publish U+FFFD in its place); a byte-order mark is dropped, since editors on some systems add one.
 */
import { readFileSync } from 'node:fs';
import { ContentFileError } from '../content-error';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The text of `bytes`; `file` names it in the error. */
function decodeContent(bytes: Uint8Array, file: string): string {
  try {
    return strict.decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = lenient.indexOf('\uFFFD');
    const line = lenient.slice(0, at).split('\n').length;
    throw new ContentFileError(file, 'is not valid UTF-8 text (save the file as UTF-8)', { line });
  }
}

/** Reads and decodes the content file at `absolute`, named `file` (relative to the project) in errors. */
export function readContentText(absolute: string, file: string): string {
  return decodeContent(readFileSync(absolute), file);
}
