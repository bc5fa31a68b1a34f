/**
 * A disk cache for the build's expensive pure results (graph layouts, chart SVGs, PNGs, share images), so
 * a story is laid out and drawn once per content and code, not once per build. An entry's key hashes its
 * inputs and the code version: the source files that compute it and the versions of the packages it uses
 * (from package-lock.json), so editing the code or upgrading d3 misses, never reuses a stale result.
 *
 * Entries live in BUILD_CACHE_DIR, else node_modules/.cache/close-reader/ (kept by hosts and CI that keep
 * node_modules/.cache); BUILD_CACHE=off turns the cache off. Each entry is a SHA-256 of its payload then
 * the payload, written to a temporary file and renamed into place, so a reader sees a whole entry or none;
 * an entry that is unreadable or fails its checksum is ignored and computed again. An entry no build has
 * used for BUILD_CACHE_MAX_AGE_DAYS (default 30) is deleted after a build (a hit marks it used), so results
 * of old code and edited content do not pile up.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What the code of a kind of entry is made of: source files or folders (from the project root) and packages. */
export interface CodeParts {
  sources: readonly string[];
  packages: readonly string[];
}

interface Counts {
  reused: number;
  computed: number;
  /** Entries already counted: a result used again in the same build counts once. */
  seen: Set<string>;
}

// One tally per process, shared by the page chunks Vite bundles and the integrations Astro loads (each has
// its own copy of this module).
const COUNTS_KEY = Symbol.for('close-reader.build-cache.counts');
const counts = ((globalThis as Record<symbol, Counts | undefined>)[COUNTS_KEY] ??= { reused: 0, computed: 0, seen: new Set() });

/** How many distinct entries this process has found in the cache, and how many it had to compute. */
export function cacheCounts(): { reused: number; computed: number } {
  return { reused: counts.reused, computed: counts.computed };
}

function count(path: string, outcome: 'reused' | 'computed'): void {
  if (counts.seen.has(path)) return;
  counts.seen.add(path);
  counts[outcome] += 1;
}

const root = () => process.cwd();
const enabled = () => process.env.BUILD_CACHE !== 'off';

/** The cache folder: BUILD_CACHE_DIR, else node_modules/.cache/close-reader/ in the project. */
export function cacheDir(): string {
  return resolve(root(), process.env.BUILD_CACHE_DIR || 'node_modules/.cache/close-reader');
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest();

function sourceFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => sourceFiles(join(path, name)));
}

let lockPackages: Record<string, { version?: string }> | undefined;
function packageVersion(name: string): string {
  lockPackages ??= (JSON.parse(readFileSync(join(root(), 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> }).packages;
  const version = lockPackages[`node_modules/${name}`]?.version;
  if (!version) throw new Error(`build cache: package "${name}" is not in package-lock.json`);
  return version;
}

/** The hash of the code behind one kind of entry: its sources and packages, and Node's version. */
function codeHash(kind: string, parts: CodeParts): string {
  const hash = createHash('sha256').update(`${kind}\n${process.version}\n`);
  // This file too: it defines how entries are keyed and stored.
  for (const source of ['src/site/build-cache.ts', ...parts.sources]) {
    for (const file of sourceFiles(join(root(), source))) hash.update(`${file.slice(root().length)}\n`).update(readFileSync(file));
  }
  for (const name of parts.packages) hash.update(`${name}@${packageVersion(name)}\n`);
  return hash.digest('hex');
}

const versions = new Map<string, string>();
/** codeHash, computed once per process for each kind. */
export function codeVersion(kind: string, parts: CodeParts): string {
  if (!versions.has(kind)) versions.set(kind, codeHash(kind, parts));
  return versions.get(kind)!;
}

/** JSON with sets and maps as arrays and keys in insertion order: a stable text of a story's data. */
export function stableText(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (item instanceof Set ? [...item] : item instanceof Map ? [...item] : item));
}

function entryPath(kind: string, parts: CodeParts, input: string): string {
  const key = createHash('sha256').update(codeVersion(kind, parts)).update('\n').update(input).digest('hex');
  return join(cacheDir(), kind, key.slice(0, 2), key.slice(2));
}

function read(path: string): Buffer | undefined {
  try {
    const entry = readFileSync(path);
    const payload = entry.subarray(32);
    if (entry.length < 32 || !sha256(payload).equals(entry.subarray(0, 32))) return undefined;
    // Marks the entry used, for pruneCache.
    const now = new Date();
    utimesSync(path, now, now);
    return payload;
  } catch {
    return undefined;
  }
}

/** Days an entry may go unused before pruneCache deletes it: BUILD_CACHE_MAX_AGE_DAYS, else 30. */
export function maxAgeDays(): number {
  const days = Number(process.env.BUILD_CACHE_MAX_AGE_DAYS ?? 30);
  if (!Number.isFinite(days) || days < 0) throw new Error(`BUILD_CACHE_MAX_AGE_DAYS must be a number of days, not "${process.env.BUILD_CACHE_MAX_AGE_DAYS}"`);
  return days;
}

/** Deletes the entries (and left-over temporary files) unused for longer than `days`; returns how many. */
export function pruneCache(days = maxAgeDays(), now = Date.now()): number {
  const oldest = now - days * 86_400_000;
  let pruned = 0;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (statSync(path).mtimeMs < oldest) {
        rmSync(path, { force: true });
        pruned += 1;
      }
    }
  };
  try {
    walk(cacheDir());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return pruned;
}

function write(path: string, payload: Buffer): void {
  try {
    mkdirSync(join(path, '..'), { recursive: true });
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temporary, Buffer.concat([sha256(payload), payload]));
    renameSync(temporary, path);
  } catch (error) {
    // A cache that cannot be written only costs time: the build goes on with the computed result.
    console.warn(`build cache: could not write ${path}: ${(error as Error).message}`);
  }
}

/** The bytes `compute` returns for `input`, from the cache when an entry for this input and code exists. */
export function cachedBytes(kind: string, parts: CodeParts, input: string, compute: () => Uint8Array): Buffer {
  if (!enabled()) return Buffer.from(compute());
  const path = entryPath(kind, parts, input);
  const hit = read(path);
  if (hit) {
    count(path, 'reused');
    return hit;
  }
  const result = Buffer.from(compute());
  count(path, 'computed');
  write(path, result);
  return result;
}

/** As cachedBytes, for a result `compute` returns as plain JSON data (no undefined, NaN or class instances). */
export function cachedJson<T>(kind: string, parts: CodeParts, input: string, compute: () => T): T {
  if (!enabled()) return compute();
  let computed: T | undefined;
  const bytes = cachedBytes(kind, parts, input, () => {
    computed = compute();
    return Buffer.from(JSON.stringify(computed));
  });
  // A fresh result goes through JSON too, so a cold build places exactly what a warm one reads.
  try {
    return JSON.parse(bytes.toString('utf8')) as T;
  } catch {
    return computed ?? compute();
  }
}

/** As cachedBytes, for work that resolves later (share images render off the main thread). */
export async function cachedBytesAsync(kind: string, parts: CodeParts, input: string, compute: () => Promise<Uint8Array>): Promise<Buffer> {
  if (!enabled()) return Buffer.from(await compute());
  const path = entryPath(kind, parts, input);
  const hit = read(path);
  if (hit) {
    count(path, 'reused');
    return hit;
  }
  const result = Buffer.from(await compute());
  count(path, 'computed');
  write(path, result);
  return result;
}
