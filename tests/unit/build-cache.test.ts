/**
 * The build cache (src/site/build-cache.ts): a result is computed once per input and code, read back the
 * same, and an entry that is damaged on disk is ignored and computed again. Each test has its own folder.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cachedBytes, cachedJson, codeVersion, maxAgeDays, pruneCache, type CodeParts } from '../../src/site/build-cache';

const PARTS: CodeParts = { sources: ['src/site/build-cache.ts'], packages: ['d3-force'] };
let dir: string;

/** Every file under the cache folder. */
function entries(folder = dir): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? entries(path) : [path];
  });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
  vi.stubEnv('BUILD_CACHE_DIR', dir);
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('the build cache', () => {
  it('computes a result once per input and reads it back after', () => {
    const compute = vi.fn(() => Buffer.from('drawn'));
    expect(cachedBytes('test', PARTS, 'input a', compute).toString()).toBe('drawn');
    expect(cachedBytes('test', PARTS, 'input a', compute).toString()).toBe('drawn');
    expect(compute).toHaveBeenCalledTimes(1);
    cachedBytes('test', PARTS, 'input b', compute);
    expect(compute).toHaveBeenCalledTimes(2);
    // Whole entries only: no temporary file is left behind.
    expect(entries().filter((path) => path.endsWith('.tmp'))).toEqual([]);
    expect(entries()).toHaveLength(2);
  });

  it('gives a fresh JSON result as a cached one reads, so cold and warm builds place the same data', () => {
    const fresh = cachedJson('test-json', PARTS, 'input', () => ({ x: 1.5, gone: undefined, list: [1, 2] }));
    const read = cachedJson('test-json', PARTS, 'input', () => ({ x: 0 }));
    expect(fresh).toEqual({ x: 1.5, list: [1, 2] });
    expect(Object.keys(fresh)).toEqual(['x', 'list']);
    expect(read).toEqual(fresh);
  });

  it('ignores an entry damaged on disk and computes it again', () => {
    cachedBytes('test', PARTS, 'input', () => Buffer.from('first'));
    const [entry] = entries();
    writeFileSync(entry, 'half an entr');
    const compute = vi.fn(() => Buffer.from('second'));
    expect(cachedBytes('test', PARTS, 'input', compute).toString()).toBe('second');
    expect(compute).toHaveBeenCalledTimes(1);
    // The damaged entry was replaced by a good one.
    expect(cachedBytes('test', PARTS, 'input', () => Buffer.from('third')).toString()).toBe('second');
  });

  it('keys entries by the code as well as the input: other packages, another version', () => {
    const withForce = codeVersion('version-a', PARTS);
    const withGeo = codeVersion('version-b', { sources: PARTS.sources, packages: ['d3-geo'] });
    expect(withForce).toMatch(/^[0-9a-f]{64}$/);
    expect(withGeo).not.toBe(withForce);
    expect(() => codeVersion('version-c', { sources: [], packages: ['no-such-package'] })).toThrow(/not in package-lock/);
  });

  it('deletes entries no build has used for the allowed days, and keeps those a build used since', () => {
    const DAY = 86_400_000;
    cachedBytes('test', PARTS, 'used again', () => Buffer.from('kept'));
    cachedBytes('test', PARTS, 'left behind', () => Buffer.from('old'));
    const longAgo = new Date(Date.now() - 40 * DAY);
    for (const entry of entries()) utimesSync(entry, longAgo, longAgo);
    // A hit marks its entry used.
    expect(cachedBytes('test', PARTS, 'used again', () => Buffer.from('recomputed')).toString()).toBe('kept');
    expect(pruneCache(30)).toBe(1);
    expect(entries()).toHaveLength(1);
    expect(cachedBytes('test', PARTS, 'used again', () => Buffer.from('recomputed')).toString()).toBe('kept');
    const compute = vi.fn(() => Buffer.from('new'));
    cachedBytes('test', PARTS, 'left behind', compute);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('reads the allowed days from BUILD_CACHE_MAX_AGE_DAYS and refuses a value that is not a number of days', () => {
    expect(maxAgeDays()).toBe(30);
    vi.stubEnv('BUILD_CACHE_MAX_AGE_DAYS', '7');
    expect(maxAgeDays()).toBe(7);
    vi.stubEnv('BUILD_CACHE_MAX_AGE_DAYS', 'a week');
    expect(() => maxAgeDays()).toThrow(/BUILD_CACHE_MAX_AGE_DAYS must be a number of days, not "a week"/);
  });

  it('prunes nothing, and does not fail, when the cache folder does not exist yet', () => {
    vi.stubEnv('BUILD_CACHE_DIR', join(dir, 'never-made'));
    expect(pruneCache(0)).toBe(0);
  });
});
