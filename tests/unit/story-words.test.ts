/**
 * No story's words in the code: the names of every story's actors (and the aliases the article uses for
 * them), the cities its maps mark and its slug appear in content only, never in src/ outside comments,
 * so a second story never reads as the first. Comments may name an example; code and markup may not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site';
import { storyFromFiles } from '../support/story-from-files';

const content = resolve(projectRoot, 'content');
const slugs = readdirSync(join(content, 'articles')).map((file) => file.replace(/\.md$/, ''));
const stories = slugs.map((slug) => storyFromFiles(content, slug));

/** A story's own words: its slug, its actors' names and aliases, its maps' cities. */
function storyWords(story: (typeof stories)[number]): string[] {
  const words = [
    story.slug,
    ...story.actors.flatMap((actor) => [actor.name, ...(actor.aliases ?? [])]),
    ...story.maps.flatMap((map) => map.cities.map((city) => city.name)),
  ];
  // Short or common words ("the Kremlin" is kept; "Its") would match ordinary code.
  return [...new Set(words.filter((word) => word.length >= 4))];
}

/** Source text with comments blanked: block and line comments in code, HTML comments in markup. */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.(ts|astro|mjs|css)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('the code names no story', () => {
  const files = sourceFiles(resolve(projectRoot, 'src')).map((file) => ({ path: relative(projectRoot, file), text: withoutComments(readFileSync(file, 'utf8')) }));

  it('has stories and source files to compare', () => {
    expect(stories.length).toBeGreaterThan(0);
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(stories.map((story) => [story.slug, story] as const))('finds none of the words of %s in src/ outside comments', (_, story) => {
    const words = storyWords(story);
    expect(words.length).toBeGreaterThan(3);
    const found = files.flatMap(({ path, text }) =>
      words.filter((word) => new RegExp(`(?<![\\w-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(text)).map((word) => `${path}: ${word}`),
    );
    expect(found).toEqual([]);
  });

  it('sees a story word when one is there', () => {
    const [word] = storyWords(stories[0]);
    expect(withoutComments(`const label = '${word}';`)).toContain(word);
    expect(withoutComments(`// ${word}\n/* ${word} */ const x = 1;`)).not.toContain(word);
  });
});
