/**
 * Shared links must not break: every id ever recorded in tests/snapshots/article-ids.json still exists
 * on its article page, either as the element itself or as a declared alias of a renamed id.
 * After adding blocks on purpose, run `npm run build && npm run ids:update`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site';
import { loadPage } from '../support/site';

const snapshot: Record<string, string[]> = JSON.parse(
  readFileSync(resolve(projectRoot, 'tests/snapshots/article-ids.json'), 'utf8'),
);

describe('article ids recorded in the snapshot', () => {
  for (const [slug, ids] of Object.entries(snapshot)) {
    it(`all still resolve on /stories/${slug}/`, () => {
      const $ = loadPage(`/stories/${slug}/`);
      const missing = ids.filter((id) => $(`[id="${id}"]`).length === 0);
      expect(missing, 'ids that disappeared (add an idAliases entry for a renamed id)').toEqual([]);
    });

    it(`are each used once on /stories/${slug}/`, () => {
      const $ = loadPage(`/stories/${slug}/`);
      const all = $('[id]').toArray().map((element) => $(element).attr('id'));
      const duplicates = all.filter((id, index) => all.indexOf(id) !== index);
      expect(duplicates).toEqual([]);
    });
  }
});
