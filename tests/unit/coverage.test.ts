/**
 * Coverage of the real article: every numeral and capitalised name is accounted for by a figure, an
 * event or an actor, or is listed in the story's coverage.yaml with a reason.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { articleTerms, uncoveredTerms } from '../../src/story/coverage';
import { findMentions } from '../../src/story/mentions';
import { projectRoot } from '../support/build-site';
import { storyFromFiles } from '../support/story-from-files';

const slug = 'putin-sends-troops-kazakhstan-unrest';
const story = storyFromFiles(resolve(projectRoot, 'content'), slug);
const ignored: { term: string; reason: string }[] = parse(
  readFileSync(resolve(projectRoot, `content/stories/${slug}/coverage.yaml`), 'utf8'),
);

describe(`coverage of ${slug}`, () => {
  it('accounts for every numeral and capitalised name of the article', () => {
    const uncovered = uncoveredTerms(story, ignored.map((entry) => entry.term));
    expect(uncovered.map((term) => `${term.kind} "${term.text}" in ${term.blockId}`)).toEqual([]);
    console.info(`Ignored on purpose:\n${ignored.map((entry) => `- ${entry.term}: ${entry.reason}`).join('\n')}`);
  });

  it('finds the numbers a reader would: 12, 1,000, 3,000, dozens, six, two, tens of thousands', () => {
    const numbers = articleTerms(story).filter((term) => term.kind === 'number').map((term) => term.text.toLowerCase());
    for (const expected of ['12', '1,000', '3,000', 'dozens', 'six', 'two', 'thousands']) expect(numbers).toContain(expected);
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
