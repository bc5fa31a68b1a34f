/**
 * Writes an imported report as a new story into a content root (`articles/<slug>.md` and
 * `stories/<slug>/`). It never overwrites: an existing article or story folder of that slug stops it
 * before it writes anything.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { idSchema } from '../schemas';
import { ImportError, type ImportedReport } from './import-report';

export interface WrittenStory {
  article: string;
  folder: string;
  dataFiles: string[];
}

/** Writes the story; paths in messages and in the result are relative to `projectRoot`. */
export function writeImportedStory(projectRoot: string, contentRoot: string, slug: string, imported: ImportedReport): WrittenStory {
  if (!idSchema.safeParse(slug).success) {
    throw new ImportError(`"${slug}" is not a slug: name the story in lowercase a-z, 0-9 and single hyphens (it becomes the story’s URL)`);
  }
  const article = join(contentRoot, 'articles', `${slug}.md`);
  const folder = join(contentRoot, 'stories', slug);
  const shown = (path: string) => relative(projectRoot, path) || '.';
  for (const path of [article, folder]) {
    if (existsSync(path)) throw new ImportError(`${shown(path)} already exists: story:new never overwrites a story; choose another slug, or move the existing one away first`);
  }
  mkdirSync(join(contentRoot, 'articles'), { recursive: true });
  mkdirSync(join(contentRoot, 'stories'), { recursive: true });
  // Not recursive, and each file with "wx": a folder or file that appeared since the check above fails.
  mkdirSync(folder);
  const dataFiles = imported.dataFiles.map(({ file, text }) => {
    writeFileSync(join(folder, file), text, { flag: 'wx' });
    return shown(join(folder, file));
  });
  writeFileSync(article, imported.article, { flag: 'wx' });
  return { article: shown(article), folder: shown(folder), dataFiles };
}
