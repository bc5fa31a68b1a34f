// Copies of the first story for build benchmarks: a content root (EXTRA_CONTENT_ROOTS) holding `copies`
// copies, each with its own slug and title and `fixture: false`.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const STORY = 'putin-sends-troops-kazakhstan-unrest';

/** A content root at `dir` holding `copies` copies of the story, each with its own slug; returns their slugs. */
export function makeCopies(dir, copies) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  const article = readFileSync(join(root, 'content/articles', `${STORY}.md`), 'utf8');
  const slugs = [];
  for (let index = 1; index <= copies; index++) {
    const slug = `${STORY}-copy-${String(index).padStart(3, '0')}`;
    const text = article
      .replace(/^title: "(.*)"$/m, (_, title) => `title: "${title} (copy ${index})"`)
      .replace(/^fixture: .*$/m, '')
      .replace(/^---\n/, '---\nfixture: false\n');
    writeFileSync(join(dir, 'articles', `${slug}.md`), text);
    cpSync(join(root, 'content/stories', STORY), join(dir, 'stories', slug), { recursive: true });
    slugs.push(slug);
  }
  return slugs;
}
