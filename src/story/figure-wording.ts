/**
 * A figure's words and its number must agree: a report worded "12" with a value of 1,200 would draw a
 * mark a hundred times too large under the reporter's "12". The numeral in `text` (digits, or a number
 * word up to twelve) must be the value an exact report gives, or the bound a bounded one draws from.
 */
import { ContentError } from './content-error';
import type { ReportedValue } from './schemas/figure';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const NUMERAL = new RegExp(`\\d[\\d,]*(?:\\.\\d+)?|\\b(?:${WORDS.join('|')})\\b`, 'gi');

/** The numbers a worded value states ("more than 1,000" -> [1000]; "dozens" -> []). */
function numbersIn(text: string): number[] {
  return [...text.matchAll(NUMERAL)].map(([word]) => {
    const index = WORDS.indexOf(word.toLowerCase());
    return index >= 0 ? index : Number(word.replace(/,/g, ''));
  });
}

/** The number the words must state, by kind of value; a vague value ("dozens") states none. */
function statedNumber(value: ReportedValue): { field: string; number: number } | undefined {
  if (value.type === 'exact') return { field: 'value', number: value.value };
  if (value.type === 'lower-bound') return { field: 'min', number: value.min };
  if (value.type === 'upper-bound') return { field: 'max', number: value.max };
  return undefined;
}

/** Fails when `value.text` states a number and the value's own number is not it. */
export function checkFigureWording(value: ReportedValue, site: { file: string; entry: string; field: string }): void {
  const stated = statedNumber(value);
  const worded = numbersIn(value.text);
  if (!stated || worded.length === 0 || worded.includes(stated.number)) return;
  throw new ContentError(
    site.file,
    site.entry,
    `${site.field}.${stated.field}`,
    `${stated.number.toLocaleString('en')} is not the number its text "${value.text}" states (${worded.map((n) => n.toLocaleString('en')).join(', ')})`,
  );
}
