/**
 * Reading the files an editor writes: the site's identity (content/site.yaml), the content folders, and
 * a content file's text, where a wrong encoding is a mistake named with its line.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSite } from '../../src/story/site-identity';
import { contentRoots } from '../../src/story/load/roots';
import { readContentText } from '../../src/story/load/read-text';
import { projectRoot } from '../support/build-site';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-files-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('the site’s identity', () => {
  it('reads the project’s own', () => {
    expect(readSite(projectRoot)).toEqual({
      name: 'Close Reader',
      tagline: 'News reports kept in their reporters’ words, with every fact tied to the sentence it rests on.',
      url: 'https://close-reader.example.org',
      language: 'en',
    });
  });

  it('names each wrong field of content/site.yaml', () => {
    const root = folder({ 'content/site.yaml': 'name: ""\ntagline: A tagline.\nurl: ftp://example.org\nlanguage: English\n' });
    expect(() => readSite(root)).toThrow(/^content\/site\.yaml: field "name": .+; field "url": .+; field "language": a language tag such as "en" or "en-GB"$/);
  });

  it('accepts a regional language tag and refuses a field it does not know', () => {
    const good = folder({ 'content/site.yaml': 'name: N\ntagline: T\nurl: http://example.org\nlanguage: en-GB\n' });
    expect(readSite(good).language).toBe('en-GB');
    const extra = folder({ 'content/site.yaml': 'name: N\ntagline: T\nurl: https://example.org\nlanguage: en\ncolour: red\n' });
    expect(() => readSite(extra)).toThrow(/^content\/site\.yaml: field "\(file\)": .*colour/);
  });
});

describe('the content folders', () => {
  it('are content/ and then any listed in EXTRA_CONTENT_ROOTS, resolved from the project', () => {
    expect(contentRoots('/p', {})).toEqual([resolve('/p', 'content')]);
    expect(contentRoots('/p', { EXTRA_CONTENT_ROOTS: ['tests/fixtures/mini', '', '/abs/border'].join(delimiter) })).toEqual([
      resolve('/p', 'content'),
      resolve('/p', 'tests/fixtures/mini'),
      resolve('/abs/border'),
    ]);
  });

  it('are only those listed in CONTENT_ROOTS when it is set, content/ left out', () => {
    expect(contentRoots('/p', { CONTENT_ROOTS: ['tests/fixtures/mini', '/abs/border'].join(delimiter), EXTRA_CONTENT_ROOTS: 'extra' })).toEqual([
      resolve('/p', 'tests/fixtures/mini'),
      resolve('/abs/border'),
    ]);
  });
});

describe('a content file’s text', () => {
  it('drops a byte-order mark', () => {
    const dir = folder({ 'a.yaml': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('id: a\n')]) });
    expect(readContentText(join(dir, 'a.yaml'), 'a.yaml')).toBe('id: a\n');
  });

  it('refuses bytes that are not UTF-8, naming the line they are on', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('id: a\nname: b\ntitle: '), 0xe9, ...new TextEncoder().encode('t\u00e9\n')]);
    const dir = folder({ 'events.yaml': bytes });
    expect(() => readContentText(join(dir, 'events.yaml'), 'content/stories/x/events.yaml')).toThrow(
      'content/stories/x/events.yaml:3  is not valid UTF-8 text (save the file as UTF-8)',
    );
  });
});
