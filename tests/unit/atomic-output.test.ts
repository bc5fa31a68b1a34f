/** The swap that makes a build all or nothing, and the recovery from a build killed at any moment. */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildUnfinished, deletingDirs, incrementalManifest, previousDir, recoverOutput, stagingDir, startBuild, swapInto } from '../../src/site/integrations/atomic-output';
import { projectBuildDir } from '../support/build-site';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder holding `index.html` with `text`. */
function site(path: string, text: string): string {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'index.html'), text);
  return path;
}

function outDir(): string {
  const dir = projectBuildDir('swap');
  dirs.push(dir);
  return join(dir, 'dist');
}

describe('the output swap', () => {
  it('puts a complete build in place of the previous one at once, and the previous one is then deleted', async () => {
    const out = site(outDir(), 'old');
    swapInto(site(stagingDir(out), 'new'), out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect([existsSync(stagingDir(out)), existsSync(previousDir(out))]).toEqual([false, false]);
    await vi.waitFor(() => expect(deletingDirs(out)).toEqual([]), { timeout: 30_000, interval: 50 });
  });

  it('deletes what a deletion cut short left beside the output, when the next build starts', async () => {
    const out = site(outDir(), 'current');
    const leftover = site(`${out}.deleting-1-2`, 'replaced');
    expect(deletingDirs(out)).toEqual([leftover]);
    recoverOutput(out);
    await vi.waitFor(() => expect(deletingDirs(out)).toEqual([]), { timeout: 30_000, interval: 50 });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('current');
  });

  it('puts a first build in place when there was none', () => {
    const out = outDir();
    swapInto(site(stagingDir(out), 'new'), out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
  });

  it('drops what a killed build half wrote and keeps the previous output', () => {
    const out = site(outDir(), 'old');
    site(stagingDir(out), 'half');
    recoverOutput(out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(stagingDir(out))).toBe(false);
  });

  it('restores the previous output when a build was killed between the two moves of the swap', () => {
    const out = outDir();
    site(previousDir(out), 'old');
    site(stagingDir(out), 'new');
    recoverOutput(out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
    expect([existsSync(stagingDir(out)), existsSync(previousDir(out))]).toEqual([false, false]);
  });
});

describe("Astro's incremental-build manifest after a build that did not finish", () => {
  /** A cacheDir holding a manifest, as a finished build leaves it. */
  function cacheDir(): string {
    const dir = join(outDir(), '..', 'cache');
    mkdirSync(dir, { recursive: true });
    writeFileSync(incrementalManifest(dir), '{}');
    return dir;
  }

  it('is kept when the build before finished, and the new build is marked unfinished until it does', () => {
    const dir = cacheDir();
    expect(startBuild(dir)).toBe(false);
    expect([existsSync(incrementalManifest(dir)), existsSync(buildUnfinished(dir))]).toEqual([true, true]);
  });

  it('is dropped when the build before was killed or failed, so every page is rendered again', () => {
    const dir = cacheDir();
    startBuild(dir);
    expect(startBuild(dir)).toBe(true);
    expect([existsSync(incrementalManifest(dir)), existsSync(buildUnfinished(dir))]).toEqual([false, true]);
  });

  it('is marked in a cacheDir that does not exist yet', () => {
    const dir = join(outDir(), '..', 'new-cache');
    expect(startBuild(dir)).toBe(false);
    expect(existsSync(buildUnfinished(dir))).toBe(true);
  });
});
