/**
 * Incremental builds (astro.config.mjs `experimental.incrementalBuild`, keys in src/site/page-cache-key.ts):
 * one output folder is built from a site of two fixture stories, a copy of the mini story and the border
 * story, then built again with nothing changed, then after the mini story's article is edited, then after
 * the mini story is removed. Each incremental build must give exactly the bytes a cold build of the same
 * content gives (a fresh output folder with its own empty caches), rendering again only the pages of the
 * story that changed and the pages that list several stories, and leaving no file of a removed story.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, brokenCopy, removeCopy } from '../support/bad-content';
import { buildSite, projectBuildDir, projectRoot, tree, type BuildResult } from '../support/build-site';
import { typeCheckResult } from '../support/type-check';

const MINI_SLUG = 'mini-fixture-story';
const BORDER_SLUG = 'border-fixture-story';
const BORDER = resolve(projectRoot, 'tests/fixtures/border');

/** The routes' output files a build logged, split into those it rendered and those Astro put back unrendered. */
function generated(output: string): { rendered: string[]; reused: string[] } {
  const rendered: string[] = [];
  const reused: string[] = [];
  for (const match of output.matchAll(/├─ \/(\S+) (\(restored\)|\(cached\)|\(\+)/g)) {
    (match[2].startsWith('(+') ? rendered : reused).push(match[1]);
  }
  return { rendered: rendered.sort(), reused: reused.sort() };
}

/** The files of the routes that show one story (they carry a cacheKey); the rest list several stories, or none. */
const ofOneStory = (path: string) => /^(stories|embed|oembed)\//.test(path);
const ofStory = (slug: string) => (path: string) => path.split('/')[1] === slug;

const dir = projectBuildDir('incremental');
const out = join(dir, 'out');
/** The mini story's copy, edited in the middle of the run. */
const mini = brokenCopy([]);
const bothStories = { CONTENT_ROOTS: [mini, BORDER].join(delimiter), BUILD_CACHE_DIR: join(dir, 'build-cache') };

/** A build of `out`, which must succeed, and its tree. */
function buildOut(env: Record<string, string>): { build: BuildResult; files: Record<string, string> } {
  const build = buildSite(out, env);
  if (!build.ok) throw new Error(build.output);
  return { build, files: tree(out) };
}

let coldBuilds = 0;
/** A cold build of the same content: a fresh output folder, with an empty build cache and Astro cache of its own. */
function coldTree(contentRoots: string): Record<string, string> {
  const folder = join(dir, `cold-${++coldBuilds}`);
  const build = buildSite(join(folder, 'out'), { CONTENT_ROOTS: contentRoots, BUILD_CACHE_DIR: join(folder, 'build-cache') });
  if (!build.ok) throw new Error(build.output);
  if (generated(build.output).reused.length > 0) throw new Error(`a cold build reused pages:\n${build.output}`);
  return tree(join(folder, 'out'));
}

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  removeCopy(mini);
});

describe('a warm build with nothing changed', () => {
  let cold: ReturnType<typeof buildOut>;
  let warm: ReturnType<typeof buildOut>;
  beforeAll(async () => {
    await typeCheckResult();
    cold = buildOut(bothStories);
    warm = buildOut(bothStories);
  });

  it('renders every page of the first build, and reuses every page of one story in the second', () => {
    const first = generated(cold.build.output);
    expect(first.reused).toEqual([]);
    expect(first.rendered.filter(ofOneStory).length).toBeGreaterThan(40);
    const second = generated(warm.build.output);
    expect(second.reused).toEqual(first.rendered.filter(ofOneStory));
    expect(second.rendered).toEqual(first.rendered.filter((path) => !ofOneStory(path)));
    expect(second.rendered).toContain('index.html');
  });

  it('is byte-identical to the cold build', () => {
    expect(Object.keys(cold.files).length).toBeGreaterThan(0);
    expect(warm.files).toEqual(cold.files);
  });
});

describe("a build after one story's article is edited", () => {
  let edited: ReturnType<typeof buildOut>;
  let reference: Record<string, string>;
  let before: Record<string, string>;
  beforeAll(() => {
    before = tree(out);
    const article = join(mini, ARTICLE);
    const text = readFileSync(article, 'utf8');
    // A photo caption's wording: no excerpt of the story's data quotes it, and its id (its first words) stays.
    const changed = text.replace('the river port in Exampleton, March 5', 'the river port of Exampleton, March 5');
    if (changed === text) throw new Error('the edit of the fixture article changed nothing');
    writeFileSync(article, changed);
    edited = buildOut(bothStories);
    reference = coldTree(bothStories.CONTENT_ROOTS);
  });

  it('equals a cold build of the edited content, byte for byte', () => {
    expect(edited.files[`stories/${MINI_SLUG}/index.html`]).not.toBe(before[`stories/${MINI_SLUG}/index.html`]);
    expect(edited.files).toEqual(reference);
  });

  it("renders the edited story's pages again and reuses every page of the other story", () => {
    const { rendered, reused } = generated(edited.build.output);
    expect(reused.length).toBeGreaterThan(0);
    expect(reused).toEqual(Object.keys(edited.files).filter(ofOneStory).filter(ofStory(BORDER_SLUG)).sort());
    expect(rendered.filter(ofOneStory).length).toBeGreaterThan(0);
    expect(rendered.filter(ofOneStory).every(ofStory(MINI_SLUG))).toBe(true);
  });
});

describe('a build after a story is removed', () => {
  let removed: ReturnType<typeof buildOut>;
  let reference: Record<string, string>;
  beforeAll(() => {
    removed = buildOut({ ...bothStories, CONTENT_ROOTS: BORDER });
    reference = coldTree(BORDER);
  });

  it('leaves no file of the removed story and no mention of it', () => {
    const paths = Object.keys(removed.files);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((path) => path.includes(MINI_SLUG))).toEqual([]);
    // Pagefind's index files are gzip-compressed: read them unpacked.
    const text = (bytes: Buffer) => (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes);
    const mentions = paths.filter((path) => text(readFileSync(join(out, path))).includes(MINI_SLUG));
    expect(mentions).toEqual([]);
  });

  it('equals a cold build of the remaining story, byte for byte', () => {
    expect(removed.files).toEqual(reference);
    expect(generated(removed.build.output).reused.every(ofStory(BORDER_SLUG))).toBe(true);
  });
});
