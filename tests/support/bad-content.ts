/**
 * Bad content for the checker's tests: a copy of the mini fixture story with one mistake made in it,
 * checked without Astro. Lines are returned with the copy's folder cut off, as `stories/…/events.yaml: …`.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { checkContent } from '../../src/story/load/check-content';
import { projectRoot } from './build-site';

export const MINI = resolve(projectRoot, 'tests/fixtures/mini');
export const STORY = 'stories/mini-fixture-story';
export const ARTICLE = 'articles/mini-fixture-story.md';

/** What a case does to its copy: replace text in a file, or write a file (a string or raw bytes); `null` deletes. */
export type Edit = { file: string; replace: [string | RegExp, string] } | { file: string; write: string | Uint8Array | null };

/** A fresh copy of the mini fixture under tmp/, with `edits` made; a replacement that changes nothing throws. */
export function brokenCopy(edits: Edit[], base = MINI): string {
  mkdirSync(resolve(projectRoot, 'tmp'), { recursive: true });
  const root = join(mkdtempSync(resolve(projectRoot, 'tmp', 'bad-content-')), 'content');
  cpSync(base, root, { recursive: true });
  for (const edit of edits) {
    const path = join(root, edit.file);
    if ('write' in edit) {
      if (edit.write === null) rmSync(path, { recursive: true });
      else {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, edit.write);
      }
      continue;
    }
    const before = readFileSync(path, 'utf8');
    const after = before.replace(...edit.replace);
    if (after === before) throw new Error(`The edit of ${edit.file} changed nothing`);
    writeFileSync(path, after);
  }
  return root;
}

export interface CheckedLines {
  errors: string[];
  warnings: string[];
}

/** Checks the content roots alone (not content/), with `published` ids, and returns its lines relative to the first root. */
export function checkRoots(roots: string[], published: Record<string, string[]> = {}): CheckedLines {
  const prefix = `${relative(projectRoot, dirname(roots[0]))}/`;
  const strip = (line: string) => line.split(prefix).join('');
  const { errors, warnings } = checkContent(projectRoot, { roots, published });
  return { errors: errors.map((error) => strip(error.message)), warnings: warnings.map(strip) };
}

/** Removes the copies' folders. */
export function removeCopy(root: string): void {
  rmSync(dirname(root), { recursive: true, force: true });
}
