// Reading an `astro build` log for the benchmarks: Astro colours its lines, and a phase is named by its
// `[integration] message` line with the numbers (counts, durations) left out, so that the same phase of
// two builds has the same name.
import { stripVTControlCharacters } from 'node:util';

/** The log's text without colour codes (a CI, or FORCE_COLOR, makes Astro colour its lines). */
export const plainLog = (text) => stripVTControlCharacters(text);

/** A log message with its numbers, and the unit after a duration, replaced by an ellipsis. */
export const withoutNumbers = (message) => message.replace(/\d[\d,.]*(?:\s*(?:ms|s|m)\b)?/g, '…');
