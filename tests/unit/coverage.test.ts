/**
 * Coverage of each article in content/ that keeps a coverage.yaml (the editor's record of what the data
 * leaves out on purpose): every numeral and capitalised name is accounted for by a figure, an event or an
 * actor, or is listed there with a reason. No story is named: the stories are read from content/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { articleTerms, uncoveredTerms } from '../../src/story/coverage';
import { findMentions } from '../../src/story/mentions';
import { projectRoot } from '../support/build-site';
import { storyFromFiles } from '../support/story-from-files';

const coverageFile = (slug: string) => resolve(projectRoot, `content/stories/${slug}/coverage.yaml`);
const slugs = readdirSync(resolve(projectRoot, 'content/articles'))
  .map((file) => file.replace(/\.md$/, ''))
  .filter((slug) => existsSync(coverageFile(slug)));

it('finds at least one story that keeps a coverage record', () => {
  expect(slugs.length).toBeGreaterThan(0);
});

describe.each(slugs)('coverage of %s', (slug) => {
  const story = storyFromFiles(resolve(projectRoot, 'content'), slug);
  const ignored: { term: string; reason: string }[] = parse(readFileSync(coverageFile(slug), 'utf8')) ?? [];

  it('accounts for every numeral and capitalised name of the article', () => {
    const uncovered = uncoveredTerms(story, ignored.map((entry) => entry.term));
    expect(uncovered.map((term) => `${term.kind} "${term.text}" in ${term.blockId}`)).toEqual([]);
  });

  it('finds, as a number, each number the article gives for a figure', () => {
    const numbers = articleTerms(story).filter((term) => term.kind === 'number').map((term) => term.text.toLowerCase());
    const worded = story.figures.flatMap((figure) => figure.reports.flatMap((report) => (report.origin === 'article' ? [report.value.text.toLowerCase()] : [])));
    expect(worded.length).toBeGreaterThan(0);
    for (const text of worded) expect(numbers.some((number) => text.includes(number)), `"${text}" is found as a number`).toBe(true);
  });

  it('ignores only terms that occur in the article, each with a reason', () => {
    const texts = story.blocks.map((block) => block.text).join('\n');
    for (const entry of ignored) {
      expect(texts, `"${entry.term}" is listed as ignored but is not in the article`).toContain(entry.term);
      expect(entry.reason.length).toBeGreaterThan(10);
    }
  });

  it('would report a newly added, unmodelled name or number', () => {
    const blocks = [...story.blocks, { id: 'p-new', kind: 'paragraph' as const, text: 'Observers from the Shanghai Cooperation Organisation counted 41 tanks.', section: null }];
    const edited = { ...story, blocks, mentions: findMentions({ ...story, blocks }) };
    const uncovered = uncoveredTerms(edited, ignored.map((entry) => entry.term)).map((term) => term.text);
    expect(uncovered).toEqual(expect.arrayContaining(['41', 'Shanghai Cooperation Organisation']));
  });
});
