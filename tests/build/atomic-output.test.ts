/**
 * A build is all or nothing, and the same content builds the same bytes. One output folder gets a good
 * build of the site with the mini fixture story from an empty build cache (cold), the same build again
 * reading every cached result (warm, and byte-identical; Astro's incremental-build manifest is removed
 * first, so every page is rendered again: tests/build/incremental-build.test.ts tests skipping), then a build whose
 * content has two mistakes in two files: that one fails printing exactly the lines `npm run check` prints
 * (file, line, entry, field), with no stack trace, and the folder is left exactly as the good build made it. (Each kind of mistake is a unit test of the checker:
 * tests/unit/content-check.test.ts.)
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/story/load/check-content';
import { contentRoots } from '../../src/story/load/roots';
import { brokenCopy, MINI, removeCopy, STORY } from '../support/bad-content';
import { buildSite, projectBuildDir, projectRoot, tree, type BuildResult } from '../support/build-site';
import { incrementalManifest } from '../../src/site/integrations/atomic-output';
import { typeCheckResult } from '../support/type-check';

const dir = projectBuildDir('atomic');
const out = join(dir, 'out');
/** A build cache of this test's own, empty before the first build. */
const cache = { CONTENT_ROOTS: MINI, BUILD_CACHE_DIR: join(dir, 'build-cache') };
/** The line each build logs about the build cache: how many results it reused and computed. */
function cacheUse(output: string): { reused: number; computed: number } {
  const match = /build cache: (\d+) entries reused, (\d+) computed/.exec(output);
  if (!match) throw new Error(`no build cache line in the build's output:\n${output.slice(-2000)}`);
  return { reused: Number(match[1]), computed: Number(match[2]) };
}
const broken = brokenCopy([
  { file: `${STORY}/events.yaml`, replace: ['start: 2030-03-11', 'start: 2030-03-12'] },
  { file: `${STORY}/relations.yaml`, replace: ['to: harbour-authority', 'to: harbour-authorty'] },
]);
let first: Record<string, string>;
let second: Record<string, string>;
let cold: BuildResult;
let warm: BuildResult;
let failed: BuildResult;
let afterFailure: Record<string, string>;

beforeAll(async () => {
  await typeCheckResult();
  cold = buildSite(out, cache);
  if (!cold.ok) throw new Error(cold.output);
  first = tree(out);
  rmSync(incrementalManifest(`${out}-cache`));
  warm = buildSite(out, cache);
  if (!warm.ok) throw new Error(warm.output);
  second = tree(out);
  failed = buildSite(out, { CONTENT_ROOTS: broken });
  afterFailure = tree(out);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  removeCopy(broken);
});

describe('the build output', () => {
  it('is complete after a good build: pages, share images, search index, and no build-only files', () => {
    expect(first['index.html']).toBeDefined();
    expect(first['stories/mini-fixture-story/index.html']).toBeDefined();
    expect(Object.keys(first).filter((path) => path.startsWith('og/')).length).toBeGreaterThan(0);
    expect(first['pagefind/pagefind.js']).toBeDefined();
    expect(first['search/records.json']).toBeUndefined();
    expect(existsSync(`${out}.staging`)).toBe(false);
  });

  it('is byte-identical when the same content is built twice, cold and then warm from the build cache', () => {
    expect(second).toEqual(first);
  });

  it('computes every cached result in the cold build and reuses them all in the warm one', () => {
    const before = cacheUse(cold.output);
    const after = cacheUse(warm.output);
    expect(before.reused).toBe(0);
    expect(before.computed).toBeGreaterThan(0);
    expect(after).toEqual({ reused: before.computed, computed: 0 });
  });

  it('fails on bad content printing every mistake as npm run check does, with no stack trace', () => {
    expect(failed.ok, failed.output).toBe(false);
    const { errors } = checkContent(projectRoot, { roots: contentRoots(projectRoot, { CONTENT_ROOTS: broken }) });
    const lines = errors.map((error) => error.message);
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`/${STORY}/events\\.yaml:\\d+:\\d+  entry "quay-inspection"  field "date\\.start"  a week starts on its Monday`)),
      expect.stringMatching(new RegExp(`/${STORY}/relations\\.yaml:\\d+:\\d+  entry "ministry-inspects-port"  field "to"  unknown actor id "harbour-authorty"; nearest: "harbour-authority"`)),
    ]);
    const printed = failed.output.split('\n');
    for (const line of lines) expect(printed, failed.output).toContain(line);
    expect(failed.output).toContain('2 content mistakes');
    expect(failed.output).not.toMatch(/Stack trace|unhandled error|Location:/i);
  });

  it('is left exactly as it was by the failed build', () => {
    expect(afterFailure).toEqual(first);
    expect(existsSync(`${out}.staging`)).toBe(false);
  });
});
