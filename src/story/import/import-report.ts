/**
 * Turns a report an editor copied from a web page into a new story's article: a headline line, then
 * blocks separated by blank lines (paragraphs, photo captions ending "/ Credit: NAME", an embedded
 * tweet's text followed by its "— Name (@handle) January 5, 2022" line), then the source page's
 * headlines of other stories and a last "source: site" line.
 *
 * It never changes the reporter's words: every block is kept verbatim (only the spaces at the start and
 * end of its lines are trimmed), whole blocks are dropped only where a note names them, and captions and
 * tweets are wrapped in the article's directives (article/remark-site-blocks.ts). What it cannot tell
 * apart is kept as a paragraph. Every note says what was done to which lines, so the editor can undo it.
 */
import { ContentError } from '../content-error';
import type { ArticleBlock } from '../article/blocks';
import { parseArticle } from '../article/parse';
import { normalizeText } from '../text';
import { MONTHS } from '../dates/calendar';
import { dataFileText } from './data-templates';
import { DATA_KINDS, dataKinds } from '../data-kinds';

/** One thing the import did or could not decide, with the report's lines it concerns, in full. */
interface ImportNote {
  message: string;
  lines: string[];
}

export interface ImportedReport {
  /** The article file: frontmatter (with placeholders to fill in) and the body. */
  article: string;
  /** The story folder's data files, by file name: each an empty list with its schema line and an example. */
  dataFiles: { file: string; text: string }[];
  notes: ImportNote[];
}

/** An input the import cannot start from (an empty file); the CLI prints its message. */
export class ImportError extends Error {
  override name = 'ImportError';
}

type Item =
  | { kind: 'paragraph'; text: string }
  | { kind: 'photo'; caption: string; credit: string; source: string }
  | { kind: 'tweet'; text: string; author: string; handle: string; date: string; dateText: string };

/** A caption as the source prints it: the caption, then " / Credit: " and the credit on the same line. */
const CAPTION = /^(?<caption>[\s\S]*?\S)\s+\/\s+Credit:\s*(?<credit>[^\n]*\S)$/i;
/** An embedded tweet's attribution line: "— Name (@handle) January 5, 2022". */
const ATTRIBUTION = /^[—–-]{1,2}\s*(?<author>[^()\n]*[^()\s])\s+\((?<handle>@\w{1,15})\)\s+(?<dateText>[^\n]*\S)$/;
const SOURCE = /^source:\s*(?<source>\S.*)$/i;
/** A dateline opening the first paragraph: up to four capitalised words, then a dash ("City —"). */
const DATELINE = /^(?<place>\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+[—–]\s/u;


/** "January 5, 2022", "Jan 5, 2022" or "5 January 2022" as YYYY-MM-DD; undefined for anything else. */
export function isoDateOf(text: string): string | undefined {
  const monthFirst = /^(?<month>\p{L}+)\.?\s+(?<day>\d{1,2}),?\s+(?<year>\d{4})$/u.exec(text);
  const dayFirst = /^(?<day>\d{1,2})\s+(?<month>\p{L}+)\.?,?\s+(?<year>\d{4})$/u.exec(text);
  const parts = (monthFirst ?? dayFirst)?.groups;
  if (!parts) return undefined;
  const name = parts.month!.toLowerCase();
  const month = MONTHS.findIndex((full) => full.toLowerCase() === name || (name.length >= 3 && full.toLowerCase().startsWith(name)));
  if (month < 0) return undefined;
  const iso = `${parts.year}-${String(month + 1).padStart(2, '0')}-${parts.day!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

/**
 * A headline of another story, as source pages list them after a report: one short line that opens with
 * a capital or a digit and ends without a sentence's final punctuation (a closing quote mark aside).
 * A line ending in . ! ? : ; , or … reads as the report's own.
 */
export function looksLikeHeadline(block: string): boolean {
  if (block.includes('\n') || CAPTION.test(block) || ATTRIBUTION.test(block) || SOURCE.test(block)) return false;
  const words = block.split(/\s+/).length;
  if (words < 2 || words > 20 || block.length > 160) return false;
  return /^[\p{Lu}\p{N}‘“"']/u.test(block) && /[\p{L}\p{N}]$/u.test(block.replace(/[”’"')\]]+$/, ''));
}

/** The input's blocks (separated by blank lines), each line trimmed; and how many lines were trimmed. */
function blocksOf(text: string): { blocks: string[]; trimmed: number } {
  const blocks: string[] = [];
  let current: string[] = [];
  let trimmed = 0;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line && line !== raw) trimmed += 1;
    if (line) {
      current.push(line);
      continue;
    }
    if (current.length) blocks.push(current.join('\n'));
    current = [];
  }
  if (current.length) blocks.push(current.join('\n'));
  return { blocks, trimmed };
}

const typographicMarks = (text: string) => (text.match(/[‘’“”]/g) ?? []).length;
const opening = (text: string, words = 8) => {
  const all = text.split(/\s+/);
  return all.length > words ? `${all.slice(0, words).join(' ')} …` : text;
};
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const count = (n: number, one: string, many: string) => `${NUMBER_WORDS[n] ?? n} ${n === 1 ? one : many}`;

/** `name="value"`, or single-quoted when the value holds a double quote; undefined when it holds both. */
function attribute(name: string, value: string): string | undefined {
  if (!value.includes('"')) return `${name}="${value}"`;
  if (!value.includes("'")) return `${name}='${value}'`;
  return undefined;
}

function attributes(values: Record<string, string>): string | undefined {
  const written = Object.entries(values).map(([name, value]) => attribute(name, value));
  return written.every(Boolean) ? written.join(' ') : undefined;
}

function markdownOf(item: Item): string {
  if (item.kind === 'paragraph') return item.text;
  if (item.kind === 'photo') return `:::figure{${attributes({ credit: item.credit })}}\n${item.caption}\n:::`;
  const { author, handle, date, dateText } = item;
  return `:::tweet{${attributes({ author, handle, date, dateText })}}\n${item.text}\n:::`;
}

/** What the site's article parser should read from the item: one block of this kind, text and credit. */
function expectedBlock(item: Item): Pick<ArticleBlock, 'kind' | 'text' | 'credit'> {
  const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
  if (item.kind === 'paragraph') return { kind: 'paragraph', text: collapse(item.text) };
  if (item.kind === 'photo') return { kind: 'photo', text: collapse(item.caption), credit: item.credit };
  return { kind: 'tweet', text: collapse(item.text), credit: `— ${item.author} (${item.handle}) ${item.dateText}` };
}

/**
 * Why the site would not show the item's words as the report prints them (Markdown reading "1." as a
 * list, "*word*" as emphasis, "&amp;" as "&"), or undefined when it shows them exactly.
 */
function markdownProblem(item: Item): string | undefined {
  let blocks: ArticleBlock[];
  try {
    blocks = parseArticle(markdownOf(item), 'import').blocks;
  } catch (error) {
    if (error instanceof ContentError) return error.problem;
    throw error;
  }
  const expected = expectedBlock(item);
  if (blocks.length !== 1) return `Markdown reads it as ${blocks.length} blocks, not one`;
  const [block] = blocks as [ArticleBlock];
  if (block.kind !== expected.kind) return `Markdown reads it as a ${block.kind}, not a ${expected.kind}`;
  if (block.text !== expected.text) return `Markdown shows it as “${block.text}”`;
  if (block.credit !== expected.credit) return `Markdown reads its credit as “${block.credit}”`;
  return undefined;
}

/** The report's body blocks as paragraphs, photos and tweets, merging a caption printed twice in a row. */
function itemsOf(blocks: string[], notes: ImportNote[]): { items: Item[]; merged: number } {
  const items: Item[] = [];
  let merged = 0;
  for (const block of blocks) {
    const caption = CAPTION.exec(block)?.groups;
    if (caption) {
      const photo: Item = { kind: 'photo', caption: caption.caption!, credit: caption.credit!, source: block };
      const previous = items.at(-1);
      if (previous?.kind === 'photo' && normalizeText(previous.source) === normalizeText(block)) {
        // The source page prints some captions twice, once with straight and once with typographic
        // quote marks: keep the typographic spelling (the reporter's, as in the body), else the first.
        const keepNew = typographicMarks(block) > typographicMarks(previous.source);
        const [kept, dropped] = keepNew ? [block, previous.source] : [previous.source, block];
        if (keepNew) items[items.length - 1] = photo;
        merged += 1;
        const how =
          kept === dropped
            ? 'the copies are identical, kept one'
            : 'the copies differ only in quote marks or spacing; kept the one with typographic quote marks (’ “ ”), dropped this one';
        notes.push({ message: `Merged a photo caption the source printed twice (“${opening(kept)}”): ${how}`, lines: kept === dropped ? [] : [dropped] });
        continue;
      }
      if (attributes({ credit: photo.credit }) === undefined) {
        notes.push({ message: 'Kept as a paragraph: a photo caption whose credit holds both kinds of quote mark, which a :::figure attribute cannot hold', lines: [block] });
        items.push({ kind: 'paragraph', text: block });
        continue;
      }
      items.push(photo);
      continue;
    }
    const lines = block.split('\n');
    const attribution = ATTRIBUTION.exec(lines.at(-1)!)?.groups;
    if (attribution) {
      const { author, handle, dateText } = attribution as { author: string; handle: string; dateText: string };
      const date = isoDateOf(dateText);
      // The tweet's text is the block before its attribution line, or the lines above it in the same block.
      const previous = items.at(-1);
      const text = lines.length > 1 ? lines.slice(0, -1).join('\n') : previous?.kind === 'paragraph' ? previous.text : undefined;
      if (date && text !== undefined && attributes({ author, handle, date, dateText }) !== undefined) {
        if (lines.length === 1) items.pop();
        items.push({ kind: 'tweet', text, author, handle, date, dateText });
        notes.push({ message: `Wrapped a tweet in :::tweet: its attribution line and, as its text, the ${lines.length > 1 ? 'lines above it' : 'block before it'} (move any other block of the tweet inside)`, lines: [lines.at(-1)!] });
        continue;
      }
      const why = !date ? `its date “${dateText}” is not one the import reads` : text === undefined ? 'no paragraph precedes it to be its text' : 'its author or date holds both kinds of quote mark';
      notes.push({ message: `Kept as a paragraph: a line that looks like a tweet’s attribution, but ${why}; write the :::tweet by hand if it is one`, lines: [block] });
    }
    items.push({ kind: 'paragraph', text: block });
  }
  return { items, merged };
}

/** A YAML scalar: plain for a simple word or domain, else double-quoted (JSON strings are valid YAML). */
function yamlScalar(text: string): string {
  return /^[A-Za-z][A-Za-z0-9.\-/]*(?: [A-Za-z0-9.\-/]+)*$/.test(text) && !/^(?:true|false|null|yes|no|on|off|y|n|~)$/i.test(text) ? text : JSON.stringify(text);
}

interface Front {
  title: string;
  source?: string;
  dateline?: string;
  omitted?: string;
}

/** The frontmatter: what the report gives, and a marked placeholder for what only the editor can write. */
function frontmatterOf({ title, source, dateline, omitted }: Front): string {
  const lines = [
    '---',
    `title: ${JSON.stringify(title)}`,
    'summary: "" # TODO: one or two sentences in the site’s own words saying what the report says',
    'published: "" # TODO: the day the report came out, written YYYY-MM-DD',
    'publishedPrecision: "" # TODO: how precise that day is: day, week or month',
    '# If the source prints no date, say how you worked it out, in the site’s words, and uncomment:',
    '# publishedDerivation: ""',
    source ? `source: ${yamlScalar(source)}` : 'source: "" # TODO: the site the report was copied from (the file had no source: line)',
    ...(dateline ? [`dateline: ${yamlScalar(dateline)} # the first paragraph’s opening words; delete the line if they are not a dateline`] : []),
    'language: en',
    ...(omitted ? [`omitted: ${JSON.stringify(omitted)} # written by story:new from what it dropped; reword as you like`] : []),
    '---',
  ];
  return `${lines.join('\n')}\n`;
}

function sentenceList(parts: string[]): string {
  const text = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Turns the copied report into the article file, the data files and notes of everything it did. */
export function importReport(text: string): ImportedReport {
  const notes: ImportNote[] = [];
  const { blocks, trimmed } = blocksOf(text);
  if (blocks.length === 0) throw new ImportError('the file has no text: it should hold the headline, then the report’s paragraphs');

  const [first, ...rest] = blocks as [string, ...string[]];
  const [title, ...belowTitle] = first.split('\n') as [string, ...string[]];
  notes.push({ message: 'Took the first line as the title (frontmatter `title`)', lines: [title] });
  if (/[.:;,]$/.test(title) || title.length > 200) notes.push({ message: 'Check the title: the first line reads like a sentence, not a headline', lines: [title] });
  const body = belowTitle.length ? [belowTitle.join('\n'), ...rest] : rest;
  if (belowTitle.length) notes.push({ message: 'Kept as the first paragraph: the lines under the headline with no blank line between', lines: belowTitle });

  let source: string | undefined;
  const last = body.at(-1);
  const sourceMatch = last === undefined || last.includes('\n') ? undefined : SOURCE.exec(last)?.groups;
  if (sourceMatch) {
    source = sourceMatch.source!;
    body.pop();
    notes.push({ message: `Dropped the source line: its site is the frontmatter’s \`source: ${source}\``, lines: [last!] });
  } else {
    notes.push({ message: 'Found no last “source: site” line: write the frontmatter’s `source` by hand', lines: [] });
  }

  // Headlines of other stories: the run of headline-like lines at the end. One alone could be a short
  // last paragraph, so it is kept; two or more in a row are the source page's list.
  let run = 0;
  while (run < body.length - 1 && looksLikeHeadline(body[body.length - 1 - run]!)) run += 1;
  const headlines = run >= 2 ? body.splice(body.length - run, run) : [];
  if (headlines.length) {
    notes.push({
      message: `Dropped ${count(headlines.length, 'headline', 'headlines')} of other stories after the last paragraph (short lines with no final punctuation); paste back any that belongs to the report`,
      lines: headlines,
    });
  } else if (run === 1) {
    notes.push({ message: 'Kept as the last paragraph: a short line with no final punctuation, which could be a headline of another story; delete it if it is one', lines: [body.at(-1)!] });
  }
  if (body.length === 0) throw new ImportError('the file has a headline but no report below it');

  const { items, merged } = itemsOf(body, notes);
  for (const [index, item] of items.entries()) {
    const problem = markdownProblem(item);
    if (problem) notes.push({ message: `Check block ${index + 1} (kept as written): ${problem}; edit its Markdown so the page shows the report’s words`, lines: [markdownOf(item)] });
  }
  if (trimmed) notes.push({ message: `Trimmed the spaces at the start or end of ${count(trimmed, 'line', 'lines')} (whitespace only)`, lines: [] });

  const opener = items[0]?.kind === 'paragraph' ? DATELINE.exec(items[0].text)?.groups?.place : undefined;
  if (opener) notes.push({ message: `Took “${opener}”, the first paragraph’s opening words before a dash, as the frontmatter’s \`dateline\`; delete it if it is not one`, lines: [] });

  const omittedParts = [
    ...(headlines.length ? [`${count(headlines.length, 'headline', 'headlines')} of other stories that followed the report on the source page`] : []),
    ...(source ? ['the source line'] : []),
    ...(merged ? [`the second copy of ${count(merged, 'photo caption', 'photo captions')} the page printed twice`] : []),
  ];
  const article = `${frontmatterOf({ title, source, dateline: opener, omitted: omittedParts.length ? `${sentenceList(omittedParts)}.` : undefined })}\n${items.map(markdownOf).join('\n\n')}\n`;
  const dataFiles = dataKinds.map((kind) => ({ file: DATA_KINDS[kind].file, text: dataFileText(kind) }));
  return { article, dataFiles, notes };
}
