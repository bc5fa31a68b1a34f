// Dates an event from the article's own words: prints the `date:` block for the story's events.yaml,
// counted from the article's `published` date, then any other reading commented out
// (src/story/dates/date-command.ts; the phrases it reads: docs/dates.md). Exit code 1 when the story
// or the phrase cannot be read.
//   npm run date -- <slug> "<the article's phrase>" [--root <content folder>]
import { resolve } from 'node:path';
import { sourceLoader } from './source-loader.mjs';

const root = resolve(import.meta.dirname, '..');
const vite = await sourceLoader(root);
try {
  const { runDateCommand } = await vite.ssrLoadModule('/src/story/dates/date-command.ts');
  const { stdout, stderr, exitCode } = runDateCommand(root, process.argv.slice(2));
  process.stderr.write(stderr);
  process.stdout.write(stdout);
  process.exitCode = exitCode;
} finally {
  await vite.close();
}
