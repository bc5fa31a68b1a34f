// Checks the content as the build does before it writes anything (src/story/load/check-content.ts), without
// building pages: every mistake at once, one line each, `file:line:column  entry "id"  field "name"  problem`,
// in file and line order, then the warnings. Exit status 1 on any mistake.
//   npm run check              every story (EXTRA_CONTENT_ROOTS adds fixture roots, as for the build)
//   npm run check -- <slug>    one story
import { resolve } from 'node:path';
import { sourceLoader } from './source-loader.mjs';

const root = resolve(import.meta.dirname, '..');
const [only] = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const vite = await sourceLoader(root);
try {
  const { checkContent } = await vite.ssrLoadModule('/src/story/load/check-content.ts');
  const { checkSummary } = await vite.ssrLoadModule('/src/story/load/check-summary.ts');
  const result = checkContent(root, { only });
  for (const error of result.errors) console.error(error.message);
  for (const warning of result.warnings) console.warn(`warning: ${warning}`);
  (result.errors.length ? console.error : console.log)(checkSummary(result));
  process.exitCode = result.errors.length ? 1 : 0;
} finally {
  await vite.close();
}
