/**
 * The build cache (src/site/build-cache.ts): a result is computed once per input and code, read back the
 * same, and an entry that is damaged on disk is ignored and computed again. Each test has its own folder.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cachedBytes, cachedJson, codeVersion, type CodeParts } from '../../src/site/build-cache';

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
});
