// Starts a story from a report copied off a web page (src/story/import/import-report.ts): writes the
// article with its frontmatter placeholders and the story's data files (empty lists with an example each),
// prints what it dropped, merged or could not decide, and the next steps. It never overwrites a story.
//   npm run story:new -- <slug> --from <report.txt> [--root <content root>]
// --root writes into another content root (a folder holding articles/ and stories/, as in
// EXTRA_CONTENT_ROOTS) instead of the project's content/; paths are relative to where npm was run.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sourceLoader } from './source-loader.mjs';

const USAGE = 'usage: npm run story:new -- <slug> --from <report.txt> [--root <content root>]';
const projectRoot = resolve(import.meta.dirname, '..');
// npm runs scripts in the project folder; a relative path means one from where the editor typed it.
const here = process.env.INIT_CWD ?? process.cwd();

function fail(message) {
  console.error(`story:new: ${message}`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({ allowPositionals: true, options: { from: { type: 'string' }, root: { type: 'string' } } });
} catch (error) {
  fail(`${error.message}\n${USAGE}`);
}
const [slug, ...extra] = args.positionals;
if (!slug || extra.length || !args.values.from) fail(`give one slug and --from <file>\n${USAGE}`);
const from = resolve(here, args.values.from);
const contentRoot = args.values.root ? resolve(here, args.values.root) : resolve(projectRoot, 'content');
const shown = (path) => path.replace(`${projectRoot}/`, '');

/** Imports and writes the story, printing what it did; returns the exit code. */
async function run(vite) {
  const { importReport, ImportError } = await vite.ssrLoadModule('/src/story/import/import-report.ts');
  const { writeImportedStory } = await vite.ssrLoadModule('/src/story/import/write-story.ts');
  const { readContentText } = await vite.ssrLoadModule('/src/story/load/read-text.ts');
  let imported;
  let written;
  try {
    imported = importReport(readContentText(from, shown(from)));
    written = writeImportedStory(projectRoot, contentRoot, slug, imported);
  } catch (error) {
    const known = error instanceof ImportError || error?.name === 'ContentFileError' || error?.code === 'ENOENT' || error?.code === 'EISDIR';
    if (!known) throw error;
    console.error(`story:new: ${error.message}`);
    return 1;
  }
  const files = written.dataFiles.map((file) => file.slice(written.folder.length + 1));
  console.log(`Imported ${shown(from)} as the story "${slug}":`);
  console.log(`  wrote ${written.article}`);
  console.log(`  wrote ${written.folder}/: ${files.join(', ')} (empty lists, each with an example entry in comments)`);
  console.log('What the import did, one line each (the lines it concerns quoted in full below it):');
  for (const note of imported.notes) {
    console.log(`  - ${note.message}`);
    for (const line of note.lines.flatMap((text) => text.split('\n'))) console.log(`      | ${line}`);
  }
  const env = contentRoot === resolve(projectRoot, 'content') ? '' : `EXTRA_CONTENT_ROOTS=${shown(contentRoot)} `;
  console.log('Next steps:');
  console.log(`  1. Fill in the frontmatter fields marked TODO in ${written.article} (npm run check names each until it is written).`);
  console.log(`  2. ${env}npm run story:ids -- ${slug}   (the article's paragraph ids, for notes and excerpt hints)`);
  console.log(`  3. Write the data files in ${written.folder}/ (delete later-events, maps or vocabulary if the story has none), then ${env}npm run check -- ${slug}`);
  return 0;
}

const vite = await sourceLoader(projectRoot);
try {
  process.exitCode = await run(vite);
} finally {
  await vite.close();
}
