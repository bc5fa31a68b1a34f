/**
 * `npm run date -- <slug> "<the article's phrase>" [--root <folder>]`: reads the story's publication date
 * from its article and prints the `date:` block of an event in events.yaml for the article's words, ready
 * to paste, then any other reading, commented out. scripts/date.mjs runs it; the text it prints and its
 * exit code are returned, so the tests can run it without a terminal.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { contentRoots } from '../load/roots';
import { readPublication } from '../load/publication';
import { type DateCandidate, readDatePhrase } from './relative-date';

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const USAGE = 'Usage: npm run date -- <slug> "<the article’s phrase>" [--root <content folder>]';
/** The width the snippet wraps a long derivation to, as events.yaml is written. */
const WIDTH = 100;

/** A scalar as YAML writes it on one line (quoted when it must be). */
const scalar = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();

/** Words wrapped into lines of at most `width` characters (a longer word stands alone). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The `date:` block for events.yaml: start quoted, as the data files write it; a long derivation folded. */
export function dateSnippet(phrase: string, date: DateCandidate): string {
  const derivation = scalar(date.derivation);
  const lines = ['date:', `  start: ${scalar(date.start).includes('"') ? scalar(date.start) : `"${date.start}"`}`, `  precision: ${date.precision}`, `  phrase: ${scalar(phrase)}`];
  if (`  derivation: ${derivation}`.length <= WIDTH && !derivation.includes('\n')) lines.push(`  derivation: ${derivation}`);
  else lines.push('  derivation: >-', ...wrap(date.derivation, WIDTH - 4).map((line) => `    ${line}`));
  return lines.join('\n');
}

const commented = (text: string) =>
  text
    .split('\n')
    .map((line) => `# ${line}`)
    .join('\n');

/** Runs the command on `args` (without node and the script), counting from the project at `projectRoot`. */
export function runDateCommand(projectRoot: string, args: string[], env: NodeJS.ProcessEnv = process.env): CommandResult {
  const fail = (message: string): CommandResult => ({ stdout: '', stderr: `${message}\n`, exitCode: 1 });
  let parsed;
  try {
    parsed = parseArgs({ args, options: { root: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (parsed.values.help) return { stdout: `${USAGE}\n`, stderr: '', exitCode: 0 };
  const [slug, ...words] = parsed.positionals;
  const phrase = words.join(' ').trim();
  if (!slug || !phrase) return fail(USAGE);

  const roots = parsed.values.root ? [resolve(projectRoot, parsed.values.root)] : contentRoots(projectRoot, env);
  let publication;
  try {
    publication = readPublication(projectRoot, roots, slug);
  } catch (error) {
    return fail((error as Error).message);
  }

  const reading = readDatePhrase(publication.published, phrase);
  if (!reading.understood) return fail([reading.problem, ...reading.understands.map((kind) => `  - ${kind}`)].join('\n'));

  const stderr =
    publication.publishedPrecision === 'day'
      ? ''
      : `warning: ${publication.file} gives its date only to the ${publication.publishedPrecision} (publishedPrecision: ${publication.publishedPrecision}); a date counted from ${publication.published} may be off by as much.\n`;
  const blocks = [
    dateSnippet(reading.phrase, reading.date),
    ...reading.alternatives.map((alternative) => `# Or, ${alternative.when}:\n${commented(dateSnippet(reading.phrase, alternative))}`),
  ];
  return { stdout: `${blocks.join('\n')}\n`, stderr, exitCode: 0 };
}
