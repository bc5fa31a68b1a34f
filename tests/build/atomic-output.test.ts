/**
 * A build is all or nothing, and the same content builds the same bytes. One output folder gets a good
 * build of the site with the mini fixture story, the same build again (byte-identical), then a build whose
 * content has two mistakes in two files: that one fails printing exactly the lines `npm run check` prints
 * (file, line, entry, field), with no stack trace, and the folder is left exactly as the good build made it. (Each kind of mistake is a unit test of the checker:
 * tests/unit/content-check.test.ts.)
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/story/load/check-content';
import { contentRoots } from '../../src/story/load/roots';
import { brokenCopy, MINI, removeCopy, STORY } from '../support/bad-content';
import { buildSite, projectBuildDir, projectRoot, type BuildResult } from '../support/build-site';
import { typeCheckResult } from '../support/type-check';

/** Every file under `dir` with the SHA-256 of its bytes, by path. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

const dir = projectBuildDir('atomic');
const out = join(dir, 'out');
const broken = brokenCopy([
  { file: `${STORY}/events.yaml`, replace: ['start: 2030-03-11', 'start: 2030-03-12'] },
  { file: `${STORY}/relations.yaml`, replace: ['to: harbour-authority', 'to: harbour-authorty'] },
]);
let first: Record<string, string>;
let second: Record<string, string>;
let failed: BuildResult;
let afterFailure: Record<string, string>;

beforeAll(async () => {
  await typeCheckResult();
  const good = buildSite(out, { CONTENT_ROOTS: MINI });
  if (!good.ok) throw new Error(good.output);
  first = tree(out);
  const again = buildSite(out, { CONTENT_ROOTS: MINI });
  if (!again.ok) throw new Error(again.output);
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

  it('is byte-identical when the same content is built twice', () => {
    expect(second).toEqual(first);
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
