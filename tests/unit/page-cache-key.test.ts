/**
 * The cacheKey of a page that shows one story (src/site/page-cache-key.ts): the same story gives the same
 * key, any change to what its pages show gives another, and no story's key is another's. What the key
 * leaves to its code hash must be made from src/ alone: Tailwind's stylesheet, which every page links by a
 * name hashed from its content, is generated only from the classes of src/ (global.css), not from the
 * words of the articles, the tests or the notes, which Tailwind would otherwise scan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageCacheKey } from '../../src/site/page-cache-key';
import { projectRoot } from '../support/build-site';
import { borderStory, miniStory } from '../support/fixture-stories';

describe('the cacheKey of a page that shows one story', () => {
  it('is the same for the same story data, read again', () => {
    expect(pageCacheKey(structuredClone(miniStory()))).toBe(pageCacheKey(miniStory()));
    expect(pageCacheKey(miniStory())).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes with the article's words, a data entry, or the frontmatter", () => {
    const key = pageCacheKey(miniStory());
    const words = structuredClone(miniStory());
    const block = words.blocks.find((item) => item.kind === 'paragraph')!;
    block.text = `${block.text} More.`;
    const data = structuredClone(miniStory());
    data.events[0]!.title = `${data.events[0]!.title}, later`;
    const meta = structuredClone(miniStory());
    meta.meta.title = `${meta.meta.title}, corrected`;
    const keys = [key, pageCacheKey(words), pageCacheKey(data), pageCacheKey(meta)];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('differs from story to story', () => {
    expect(pageCacheKey(borderStory())).not.toBe(pageCacheKey(miniStory()));
  });

  it('relies on a stylesheet generated from src/ alone', () => {
    const css = readFileSync(join(projectRoot, 'src/site/styles/global.css'), 'utf8');
    expect(css).toMatch(/^@import 'tailwindcss' source\('\.\.\/\.\.'\);$/m);
    expect(join(projectRoot, 'src/site/styles', '../..')).toBe(join(projectRoot, 'src'));
  });
});
