/**
 * Shared links must not break: every paragraph, section, photo and tweet id once published (recorded in
 * tests/snapshots/article-ids.json by `npm run ids:update`) must still be an id of the article, or an
 * `idAliases` entry must send it to the block it became.
 */
import { ContentError } from './content-error';
import type { Story } from './types';

/** Where the ids once published are recorded, relative to the project. */
export const PUBLISHED_IDS_FILE = 'tests/snapshots/article-ids.json';

/** One error per recorded id of `story` that is neither a block id nor an alias of one. */
export function missingPublishedIds(story: Pick<Story, 'slug' | 'blocks' | 'meta' | 'articlePath'>, recorded: readonly string[]): ContentError[] {
  const ids = new Set(story.blocks.map((block) => block.id));
  const errors: ContentError[] = [];
  for (const [alias, target] of Object.entries(story.meta.idAliases)) {
    if (!ids.has(target)) errors.push(new ContentError(story.articlePath, story.slug, `idAliases.${alias}`, `"${target}" is not an id of the article`));
    if (ids.has(alias)) errors.push(new ContentError(story.articlePath, story.slug, `idAliases.${alias}`, `"${alias}" is still the id of a block of the article: an alias names an id that is gone`));
  }
  for (const id of recorded) {
    if (ids.has(id) || id in story.meta.idAliases) continue;
    errors.push(
      new ContentError(story.articlePath, story.slug, 'idAliases', `the published id "${id}" (${PUBLISHED_IDS_FILE}) is gone: add "${id}: <its new id>" to idAliases so links to it keep working`),
    );
  }
  return errors;
}
