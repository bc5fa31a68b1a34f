// The article's blocks with their ids, kinds and first words, without building: what a note's
// `target.paragraph` or an entry's `excerptParagraph` can name. Headings the site added are marked:
// an excerpt never quotes them.
//   npm run story:ids -- <slug>     (EXTRA_CONTENT_ROOTS adds fixture roots, as for the build)
import { resolve } from 'node:path';
import { sourceLoader } from './source-loader.mjs';

const root = resolve(import.meta.dirname, '..');
const [slug] = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
if (!slug) {
  console.error('usage: npm run story:ids -- <slug>');
  process.exit(1);
}
const vite = await sourceLoader(root);
try {
  const { articleBlocks, blockListing } = await vite.ssrLoadModule('/src/story/load/article-blocks.ts');
  try {
    const article = articleBlocks(root, slug);
    console.log(`${article.file}: ${article.blocks.length} blocks`);
    for (const line of blockListing(article)) console.log(line);
  } catch (error) {
    if (!(error instanceof Error) || !/Content(File)?Error/.test(error.name)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
} finally {
  await vite.close();
}
