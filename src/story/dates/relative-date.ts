/**
 * Reads the article's own words for a date ("on Wednesday", "next week", "June 7, 2019", "more than 20
 * years ago") against the report's publication date, and returns the date an event in events.yaml takes:
 * its start, its precision and a derivation in the site's words, which names the publication date and the
 * reasoning. Where the words allow two readings (a bare weekday before or after the report, a month without
 * a year), the likelier comes first and the other follows as an alternative, with the reading it assumes
 * (usually the verb's tense), for the editor to choose. Pure: no files, no clock.
 *
 * Every start satisfies the event schema: a week starts on its Monday, a month on its 1st, a year on
 * 1 January. docs/dates.md lists the phrases read, with what they give for one publication date.
 */
import type { datePrecisions } from '../schemas/event';
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  firstOfMonth,
  firstOfYear,
  isoDate,
  longDay,
  type Month,
  monthName,
  monthOf,
  MONTHS,
  mondayOf,
  partsOf,
  shiftMonths,
  shortDay,
  weekdayOf,
  WEEKDAYS,
} from './calendar';

type DatePrecision = (typeof datePrecisions)[number];

/** A date as events.yaml writes it, less the phrase (which is the editor's, as given). */
export interface DateCandidate {
  start: string;
  precision: DatePrecision;
  /** A full sentence in the site's words: the publication date, the reading, the date it gives. */
  derivation: string;
}

/** Another reading of the same words, and when it is the right one. */
interface DateAlternative extends DateCandidate {
  /** "if the article speaks of it as still to come (…)". */
  when: string;
}

export type DateReading =
  | { understood: true; /** The article's words as read, without quotation marks around them. */ phrase: string; date: DateCandidate; alternatives: DateAlternative[] }
  | { understood: false; problem: string; understands: readonly string[] };

/** The kinds of phrase read, each with examples; for the message when a phrase is not understood. */
const UNDERSTOOD_PHRASES: readonly string[] = [
  'the day of the report: today, tonight, this morning, this afternoon, this evening, earlier today, overnight',
  'the days around it: yesterday, last night, yesterday morning, the day before yesterday, tomorrow, tomorrow night, the day after tomorrow',
  'a weekday, alone or with on/early/late/morning/evening/night: Thursday, on Monday, Monday night, late Tuesday, early on Friday; last Friday, next Monday, this Saturday, this coming Sunday, this past Sunday',
  'weeks: this week, earlier this week, later this week, throughout the week, last week, next week, early next week; this weekend, over the weekend, last weekend, next weekend',
  'months: this month, earlier this month, last month, next month; last June, this June, next June, June last year',
  'years: this year, earlier this year, last year, next year',
  'dates: January 5, Jan. 5, January 5th, 5 January, the 5th of January, January 5, 2022, 5 January 2022, Wednesday, Jan. 5, 2022-01-05, the 5th',
  'a month or a year: in June, June 2019, early June, mid-June, in 2019, late 2019, mid-2019',
  'time ago or ahead: two days ago, a week ago, three weeks ago, a month ago, 20 years ago, a decade ago, more than 20 years ago, about a year ago, nearly 20 years ago; in two weeks, three days from now',
];

// ── Reading the words ────────────────────────────────────────────────────────────────────────────

const WEEKDAY = `(${WEEKDAYS.join('|').toLowerCase()})`;
const MONTH_WORDS: Record<string, number> = {
  ...Object.fromEntries(MONTHS.map((name, index) => [name.toLowerCase(), index + 1])),
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH = `(${Object.keys(MONTH_WORDS).join('|')})`;
const ORDINAL = '(?:st|nd|rd|th)?';

const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const NUMBER = `(\\d{1,3}|an?|a couple of|(?:${TENS.filter(Boolean).join('|')})(?:[- ](?:${SMALL_NUMBERS.slice(1, 10).join('|')}))?|${SMALL_NUMBERS.slice(1).join('|')})`;

/** The value of a number as NUMBER matched it ("a" is one, "twenty-one" 21). */
function numberValue(words: string): number {
  if (/^\d+$/.test(words)) return Number(words);
  if (words === 'a' || words === 'an') return 1;
  if (words === 'a couple of') return 2;
  const small = SMALL_NUMBERS.indexOf(words);
  if (small >= 0) return small;
  const [tens, ones = 'zero'] = words.split(/[- ]/);
  return TENS.indexOf(tens!) * 10 + SMALL_NUMBERS.indexOf(ones);
}

type Unit = 'day' | 'week' | 'month' | 'year';
const UNITS: Record<string, { unit: Unit; times: number }> = {
  day: { unit: 'day', times: 1 },
  week: { unit: 'week', times: 1 },
  fortnight: { unit: 'week', times: 2 },
  month: { unit: 'month', times: 1 },
  year: { unit: 'year', times: 1 },
  decade: { unit: 'year', times: 10 },
};
const UNIT = `(${Object.keys(UNITS).join('|')})s?`;

/** How a count of time is hedged: more time than it says ("more than"), less ("nearly"), or about as much. */
type Hedge = { side: 'more' | 'less' | 'about'; inclusive: boolean; words: string };
const HEDGES: Record<string, Omit<Hedge, 'words'>> = {
  'more than': { side: 'more', inclusive: false },
  over: { side: 'more', inclusive: false },
  'well over': { side: 'more', inclusive: false },
  'just over': { side: 'more', inclusive: false },
  'upwards of': { side: 'more', inclusive: false },
  'at least': { side: 'more', inclusive: true },
  'less than': { side: 'less', inclusive: false },
  'fewer than': { side: 'less', inclusive: false },
  under: { side: 'less', inclusive: false },
  'just under': { side: 'less', inclusive: false },
  nearly: { side: 'less', inclusive: false },
  almost: { side: 'less', inclusive: false },
  about: { side: 'about', inclusive: true },
  around: { side: 'about', inclusive: true },
  roughly: { side: 'about', inclusive: true },
  some: { side: 'about', inclusive: true },
  approximately: { side: 'about', inclusive: true },
  'close to': { side: 'about', inclusive: true },
};
const HEDGE = `(?:(${Object.keys(HEDGES).join('|')}) )?`;

/** Lower case, plain quotes, no commas, no abbreviation dots, no possessive: "Jan. 5, 2022" → "jan 5 2022". */
function normalize(phrase: string): string {
  return phrase
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟"]/g, ' ')
    .replace(/[‐‑–—]/g, '-')
    .replace(/\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\./g, '$1')
    .replace(/'s\b/g, '')
    .replace(/'/g, ' ')
    .replace(/[,;:!?()]/g, ' ')
    .replace(/\.(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words before the date that leave its day, week, month or year as it is; "early"/"late" kept for the edge cases. */
const LEADING: { pattern: RegExp; part?: boolean }[] = [
  { pattern: /^(?:on|in|during|throughout|since|at|as of|from|sometime|some time) / },
  { pattern: /^over (?=the\b)/ },
  { pattern: /^(?:early|earlier|late|later) /, part: true },
  { pattern: /^mid(?:-| )/, part: true },
  { pattern: /^the (?:start|beginning|end|middle|turn|close) of /, part: true },
  { pattern: /^overnight (?=\w)/ },
];
/** A time of day after a day ("Monday night", "yesterday morning"): the day stays the day. */
const TRAILING = / (?:morning|afternoon|evening|night|overnight|at noon|at midday|at midnight|at dawn)$/;

// ── Writing the derivation ───────────────────────────────────────────────────────────────────────

const inWords = (n: number) => (n < SMALL_NUMBERS.length && n <= 10 ? SMALL_NUMBERS[n]! : String(n));
const count = (n: number, unit: string) => `${inWords(n)} ${unit}${n === 1 ? '' : 's'}`;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const FUTURE = 'if the article speaks of it as still to come (a future verb: “will meet”, “is due to”)';
const PAST = 'if the article speaks of it as done (a past verb: “met”, “said”)';

/** What the words are reported against, and how they are quoted. */
interface Context {
  published: string;
  /** The article's words, in the site's quotation marks. */
  said: string;
  /** "The report is dated Thursday 6 January 2022". */
  report: string;
  /** "early", "late", "earlier", "later", "mid", "the end of"… when the words began with one. */
  part?: string;
}

/** The distance from the report: "the day before", "nine days after", "before". */
function gap(days: number): string {
  if (days === 0) return 'the day of';
  if (Math.abs(days) === 1) return days < 0 ? 'the day before' : 'the day after';
  if (Math.abs(days) <= 31) return `${inWords(Math.abs(days))} days ${days < 0 ? 'before' : 'after'}`;
  return days < 0 ? 'before' : 'after';
}

/** "Wednesday 5 January 2022, the day before the report". */
const dayAgainstReport = (day: string, context: Context) => `${longDay(day)}, ${gap(daysBetween(context.published, day))} the report`;

/** "the week that began on Monday 3 January 2022" ("begins" when it is after the report). */
const weekOf = (monday: string, context: Context) => `the week that ${monday > context.published ? 'begins' : 'began'} on ${longDay(monday)}`;

/** A period as the site names it, given its start and precision. */
function period(start: string, precision: DatePrecision, context: Context): string {
  if (precision === 'day') return longDay(start);
  if (precision === 'week') return weekOf(start, context);
  if (precision === 'month') return monthName(monthOf(start));
  return String(partsOf(start).year);
}

/** The start of the period of `precision` that `day` falls in. */
function startOf(day: string, precision: DatePrecision): string {
  if (precision === 'day') return day;
  if (precision === 'week') return mondayOf(day);
  if (precision === 'month') return firstOfMonth(monthOf(day));
  return firstOfYear(partsOf(day).year);
}

const NO_DAY = ' The article names no day.';
const NO_MONTH = ' The article names no month or day.';

/** For "late 2019", "mid-June", "the end of last week": the site can show no part of a week, month or year. */
function narrowed(precision: DatePrecision, { part }: Context): string {
  if (precision === 'day' || !part || part === 'earlier' || part === 'later') return '';
  return ` The site dates it by the whole ${precision}: it cannot show “${part}”.`;
}

// ── The readings ─────────────────────────────────────────────────────────────────────────────────

type Found = { date: DateCandidate; alternatives: DateAlternative[] } | { problem: string };
type Reader = (text: string, context: Context) => Found | undefined;

const only = (date: DateCandidate, ...alternatives: DateAlternative[]): Found => ({ date, alternatives });
const day = (start: string, derivation: string): DateCandidate => ({ start, precision: 'day', derivation });

/** The day of the report, the day before, the day after. */
const readDayWords: Reader = (text, context) => {
  const { published, said, report } = context;
  if (/^(?:today|tonight|this (?:morning|afternoon|evening))$/.test(text)) return only(day(published, `${report}; ${said} in it is that day.`));
  if (text === 'overnight') {
    const before = addDays(published, -1);
    return only(day(published, `${report}; ${said} in it is the night into that day, dated by the morning it ended.`), {
      ...day(before, `${report}; ${said} in it is the night that began the evening before, ${longDay(before)}.`),
      when: 'if the article dates the night by the evening it began',
    });
  }
  const shifts: [RegExp, number, string][] = [
    [/^yesterday$/, -1, 'the day before'],
    [/^last (?:night|evening)$/, -1, 'the night before'],
    [/^(?:the )?day before yesterday$/, -2, 'two days before'],
    [/^tomorrow$/, 1, 'the day after'],
    [/^(?:the )?day after tomorrow$/, 2, 'two days after'],
  ];
  for (const [pattern, days, relation] of shifts) {
    if (!pattern.test(text)) continue;
    const date = addDays(published, days);
    return only(day(date, `${report}; ${said} in it is ${relation}, ${longDay(date)}.`));
  }
  return undefined;
};

/** A weekday within a week of the report: "Monday", "last Friday", "next Monday", "this Saturday". */
const readWeekday: Reader = (text, context) => {
  const match = new RegExp(`^(?:(last|next|this|this past|past|this coming|coming|the coming) )?${WEEKDAY}$`).exec(text);
  if (!match) return undefined;
  const { published, said, report } = context;
  const weekday = WEEKDAYS.findIndex((name) => name.toLowerCase() === match[2]);
  const name = WEEKDAYS[weekday]!;
  const offset = weekday - weekdayOf(published); // this weekday in the report's week, in days from the report
  const pastOffset = offset > 0 ? offset - 7 : offset; // 0 to -6
  const futureOffset = offset <= 0 ? offset + 7 : offset; // 1 to 7
  const at = (days: number) => addDays(published, days);
  const away = (days: number) => (Math.abs(days) === 1 ? `the day ${days < 0 ? 'before' : 'after'}` : days < 0 ? `${count(-days, 'day')} earlier` : `${count(days, 'day')} later`);
  /** "the day before, 5 January 2022" or "the Monday before, 3 January 2022, three days earlier". */
  const relation = (days: number) => {
    if (days === 0) return 'that day';
    if (Math.abs(days) === 1) return `the day ${days < 0 ? 'before' : 'after'}, ${shortDay(at(days))}`;
    return days < 0 ? `the ${name} before, ${shortDay(at(days))}, ${away(days)}` : `the coming ${name}, ${shortDay(at(days))}, ${away(days)}`;
  };
  const which = match[1];

  if (which === 'last' || which === 'past' || which === 'this past') {
    const latest = pastOffset === 0 ? -7 : pastOffset;
    const date = day(at(latest), `${report}; ${said} in it is the latest ${name} before the report, ${shortDay(at(latest))}, ${away(latest)}.`);
    const ofWeekBefore = offset - 7; // this weekday in the week before the report's
    if (which !== 'last' || ofWeekBefore === latest) return only(date);
    return only(date, {
      ...day(at(ofWeekBefore), `${report}; ${said} in it, read as the ${name} of the week before the report’s, is ${shortDay(at(ofWeekBefore))}, ${away(ofWeekBefore)}.`),
      when: `if “last” means the week before the report’s week, not the latest ${name}`,
    });
  }
  if (which === 'next' || which === 'coming' || which === 'this coming' || which === 'the coming') {
    const first = futureOffset;
    const date = day(at(first), `${report}; ${said} in it is the first ${name} after the report, ${shortDay(at(first))}, ${away(first)}.`);
    const ofWeekAfter = offset + 7; // this weekday in the week after the report's
    if (which !== 'next' || ofWeekAfter === first) return only(date);
    return only(date, {
      ...day(at(ofWeekAfter), `${report}; ${said} in it, read as the ${name} of the week after the report’s, is ${shortDay(at(ofWeekAfter))}, ${away(ofWeekAfter)}.`),
      when: `if “next” means the week after the report’s week, not the first ${name} to come`,
    });
  }
  if (which === 'this') {
    const inWeek = offset === 0 ? 'that day' : `the ${name} of the report’s week, ${shortDay(at(offset))}, ${away(offset)}`;
    const date = day(at(offset), `${report}; ${said} in it is ${inWeek}.`);
    if (offset >= 0) return only(date);
    return only(date, {
      ...day(at(futureOffset), `${report}; ${said} in it, of something still to come, is ${relation(futureOffset)}.`),
      when: FUTURE,
    });
  }
  // A bare weekday: within the six days before the report, or the day itself; or, of what is to come, after it.
  if (pastOffset === 0) return only(day(published, `${report}; ${said} in it is that day.`));
  return only(day(at(pastOffset), `${report}; ${said} in it, of something already done, is ${relation(pastOffset)}.`), {
    ...day(at(futureOffset), `${report}; ${said} in it, of something still to come, is ${relation(futureOffset)}.`),
    when: FUTURE,
  });
};

/** An alternative for "earlier this week" on its first day, or "later this month" on its last. */
function edgeAlternative(context: Context, unit: 'week' | 'month' | 'year', start: string, next: string, last: string, derive: (start: string) => string): DateAlternative[] {
  const { published, part } = context;
  if (part === 'earlier' && published === start) {
    return [{ start: startOf(addDays(start, -1), unit), precision: unit, derivation: derive(startOf(addDays(start, -1), unit)), when: `if “earlier” reaches back before the report’s ${unit}, which begins on the day of the report` }];
  }
  if (part === 'later' && published === last) {
    return [{ start: next, precision: unit, derivation: derive(next), when: `if “later” reaches past the report’s ${unit}, which ends on the day of the report` }];
  }
  return [];
}

/** "this week", "last week", "next week", "the week" (and "throughout the week", "earlier this week"). */
const readWeek: Reader = (text, context) => {
  const match = /^(this|the|last|next|the coming|the previous) week$/.exec(text);
  if (!match) return undefined;
  const { published, said, report } = context;
  const monday = mondayOf(published);
  const shift = { this: 0, the: 0, last: -7, 'the previous': -7, next: 7, 'the coming': 7 }[match[1]!]!;
  const start = addDays(monday, shift);
  const derive = (start: string) => {
    const relation = start === monday ? 'the report’s week' : start < monday ? 'the week before the report’s' : 'the week after the report’s';
    return `${report}; ${said} in it is ${relation}: ${weekOf(start, context)}.${NO_DAY}`;
  };
  return only({ start, precision: 'week', derivation: derive(start) }, ...(shift === 0 ? edgeAlternative(context, 'week', monday, addDays(monday, 7), addDays(monday, 6), derive) : []));
};

/** "this weekend", "over the weekend", "last weekend", "next weekend": dated by their week (Monday to Sunday). */
const readWeekend: Reader = (text, context) => {
  const match = /^(?:(this|the|last|next|this past|past|the coming|coming) )?weekend$/.exec(text);
  if (!match) return undefined;
  const { published, said, report } = context;
  const monday = mondayOf(published);
  const weekendOf = (weekMonday: string) => {
    const saturday = addDays(weekMonday, 5);
    const sunday = addDays(weekMonday, 6);
    const [sat, sun] = [partsOf(saturday), partsOf(sunday)];
    const both =
      sat.month === sun.month
        ? `Saturday ${sat.day} and Sunday ${shortDay(sunday)}`
        : sat.year === sun.year
          ? `Saturday ${sat.day} ${MONTHS[sat.month - 1]} and Sunday ${shortDay(sunday)}`
          : `${longDay(saturday)} and ${longDay(sunday)}`;
    return `the weekend of ${both}, which the site dates by its week: ${weekOf(weekMonday, context)}`;
  };
  const candidate = (weekMonday: string, clause = ''): DateCandidate => ({
    start: weekMonday,
    precision: 'week',
    derivation: `${report}; ${said} in it${clause} is ${weekendOf(weekMonday)}.`,
  });
  const before = addDays(monday, -7);
  const after = addDays(monday, 7);
  const onWeekend = weekdayOf(published) >= 5;
  switch (match[1]) {
    case 'last':
      return only(candidate(before));
    case 'next':
      return only(candidate(after));
    case 'the coming':
    case 'coming':
      return only(candidate(onWeekend ? after : monday));
    case 'this past':
    case 'past':
      return only(candidate(onWeekend ? monday : before));
    case 'this':
      if (weekdayOf(published) > 0) return only(candidate(monday));
      return only(candidate(monday), { ...candidate(before, ', of something already done,'), when: PAST });
    default: // "the weekend", "over the weekend", "at the weekend": the latest, or the one coming
      if (onWeekend) return only(candidate(monday));
      return only(candidate(before, ', of something already done,'), { ...candidate(monday, ', of something still to come,'), when: FUTURE });
  }
};

/** "this month", "last month", "next month", "the month". */
const readMonth: Reader = (text, context) => {
  const match = /^(this|the|last|next|the coming|the previous) month$/.exec(text);
  if (!match) return undefined;
  const { published, said, report } = context;
  const own = monthOf(published);
  const shift = { this: 0, the: 0, last: -1, 'the previous': -1, next: 1, 'the coming': 1 }[match[1]!]!;
  const derive = (start: string) => {
    const month = monthOf(start);
    const relation = start === firstOfMonth(own) ? 'the report’s month' : start < firstOfMonth(own) ? 'the month before the report’s' : 'the month after the report’s';
    return `${report}; ${said} in it is ${relation}, ${monthName(month)}.${NO_DAY}`;
  };
  const start = firstOfMonth(addMonths(own, shift));
  const last = isoDate(own.year, own.month, daysInMonth(own))!;
  return only({ start, precision: 'month', derivation: derive(start) }, ...(shift === 0 ? edgeAlternative(context, 'month', firstOfMonth(own), firstOfMonth(addMonths(own, 1)), last, derive) : []));
};

/** "this year", "last year", "next year", "the year". */
const readYear: Reader = (text, context) => {
  const match = /^(this|the|last|next|the coming|the previous) year$/.exec(text);
  if (!match) return undefined;
  const { published, said, report } = context;
  const own = partsOf(published).year;
  const shift = { this: 0, the: 0, last: -1, 'the previous': -1, next: 1, 'the coming': 1 }[match[1]!]!;
  const derive = (start: string) => {
    const year = partsOf(start).year;
    const relation = year === own ? 'the report’s year' : year < own ? 'the year before the report’s' : 'the year after the report’s';
    return `${report}; ${said} in it is ${relation}, ${year}.${NO_MONTH}`;
  };
  const start = firstOfYear(own + shift);
  return only({ start, precision: 'year', derivation: derive(start) }, ...(shift === 0 ? edgeAlternative(context, 'year', firstOfYear(own), firstOfYear(own + 1), `${own}-12-31`, derive) : []));
};

/** The day `n` units after `from` (before it when negative). */
function shift(from: string, unit: Unit, n: number): string {
  if (unit === 'day') return addDays(from, n);
  if (unit === 'week') return addDays(from, 7 * n);
  return shiftMonths(from, unit === 'month' ? n : 12 * n);
}

/** "two days ago", "three weeks ago", "more than 20 years ago"; "in two weeks", "three days from now". */
const readCount: Reader = (text, context) => {
  const ago = new RegExp(`^${HEDGE}${NUMBER} ${UNIT} ago$`).exec(text);
  const ahead = new RegExp(`^(?:in ${HEDGE}${NUMBER} ${UNIT}(?: time)?|${HEDGE}${NUMBER} ${UNIT} from now)$`).exec(text);
  if (!ago && !ahead) return undefined;
  const [hedgeWords, numberWords, unitWord] = ago ? [ago[1], ago[2]!, ago[3]!] : ahead![2] ? [ahead![1], ahead![2], ahead![3]!] : [ahead![4], ahead![5]!, ahead![6]!];
  const { unit, times } = UNITS[unitWord]!;
  const n = numberValue(numberWords) * times;
  const direction = ago ? -1 : 1;
  const hedge: Hedge | undefined = hedgeWords ? { ...HEDGES[hedgeWords]!, words: hedgeWords } : undefined;
  const { published, said, report } = context;
  const side = direction < 0 ? 'before' : 'after';
  const spell = count(n, unit);
  const target = shift(published, unit, direction * n);

  if (hedge && hedge.side !== 'about') {
    // A bound on the time, not a date: the latest (or earliest) period the words allow.
    const towardsReport = hedge.side === 'less';
    const edge = hedge.inclusive ? target : addDays(target, towardsReport ? -direction : direction);
    const start = startOf(edge, unit);
    const bound = towardsReport ? 'an upper bound' : 'a lower bound';
    const limit = (direction < 0) === (hedge.side === 'more') ? 'latest' : 'earliest';
    const beyond = limit === 'latest' ? 'earlier' : 'later';
    const onSide = limit === 'latest' ? 'before' : 'after';
    return only({
      start,
      precision: unit,
      derivation:
        `${report}; ${said} in it gives ${bound} on the time ${direction < 0 ? 'since' : 'until'}, not a date: ${hedge.words} ${spell} ${side} the report is ` +
        `${hedge.inclusive ? 'on or ' : ''}${onSide} ${shortDay(target)}, so ${period(start, unit, context)} at the ${limit}. The site dates it there, the ${limit} the article allows; it may be ${beyond}.`,
    });
  }

  const about = hedge ? 'about ' : '';
  const roughly = hedge ? ' The article gives it only roughly.' : '';
  if (unit === 'day') return only(day(target, `${report}; ${said} in it is ${about}${spell} ${side}, ${longDay(target)}.${roughly}`));
  if (unit === 'week') {
    const start = mondayOf(target);
    return only({
      start,
      precision: 'week',
      derivation: `${report}; ${said} in it is ${about}${spell} ${side}, ${hedge ? 'around' : 'about'} ${longDay(target)}, in ${weekOf(start, context)}. The site dates it by that week, as the article counts in weeks.`,
    });
  }
  if (unit === 'month') {
    return only({
      start: startOf(target, 'month'),
      precision: 'month',
      derivation: `${report}; ${said} in it is ${about}${spell} ${side} the report’s month: ${monthName(monthOf(target))}. The site dates it by that month, as the article counts in months.`,
    });
  }
  const year = partsOf(published).year + direction * n;
  return only({
    start: firstOfYear(year),
    precision: 'year',
    derivation: `${report}; ${said} in it is ${about}${spell} ${side} the report’s year: ${year}. Counted in whole years, the year is approximate.`,
  });
};

/** A day the article writes out, with or without a year. */
function readDayOfMonth(context: Context, month: number, dayOfMonth: number, year: number | undefined): Found {
  const { published, said } = context;
  const monthWord = MONTHS[month - 1]!;
  if (!isoDate(2000, month, dayOfMonth)) {
    return { problem: `${said} is not a day of any year: ${monthWord} has ${month === 2 ? '28 days, 29 in a leap year' : `${daysInMonth({ year: 2001, month })} days`}.` };
  }
  if (year !== undefined) {
    const date = isoDate(year, month, dayOfMonth);
    if (!date) return { problem: `${said} is not a day: ${monthWord} ${year} has ${daysInMonth({ year, month })} days.` };
    return only(day(date, `The article gives the full date, ${longDay(date)}, ${gap(daysBetween(published, date))} the report${date === published ? '' : ` of ${longDay(published)}`}.`));
  }
  // No year: the latest such day by the report, or, of what is to come, the next after it (29 February: a leap year).
  const own = partsOf(published).year;
  const years = Array.from({ length: 17 }, (_, index) => own - 8 + index);
  const days = years.map((candidate) => isoDate(candidate, month, dayOfMonth)).filter((date): date is string => date !== undefined);
  const latest = days.filter((date) => date <= published).at(-1)!;
  const next = days.find((date) => date > published)!;
  const named = `${dayOfMonth} ${monthWord}`;
  const withoutYear = `The article gives ${said} without a year; in a report dated ${longDay(published)}`;
  if (latest === published) return only(day(latest, `${withoutYear}, it is the day of the report.`));
  return only(day(latest, `${withoutYear}, of something already done, it is the latest ${named} by then: ${dayAgainstReport(latest, context)}.`), {
    ...day(next, `${withoutYear}, of something still to come, it is the next ${named}: ${dayAgainstReport(next, context)}.`),
    when: FUTURE,
  });
}

/** A month the article names without a day: "in June", "June 2019", "last June", "June last year". */
function readMonthName(context: Context, month: number, year: number | undefined, which: string | undefined): Found {
  const { published, said, report } = context;
  const own = monthOf(published);
  const monthWord = MONTHS[month - 1]!;
  const candidate = (at: Month, derivation: string, after = NO_DAY): DateCandidate => ({ start: firstOfMonth(at), precision: 'month', derivation: derivation + after });
  if (year !== undefined) {
    return only(candidate({ year, month }, `The article gives only the month and year, ${monthName({ year, month })}, in a report dated ${longDay(published)}; it names no day.`, ''));
  }
  const latest: Month = { year: month <= own.month ? own.year : own.year - 1, month };
  const next: Month = { year: month > own.month ? own.year : own.year + 1, month };
  switch (which) {
    case 'last': {
      const before: Month = { year: month < own.month ? own.year : own.year - 1, month };
      return only(candidate(before, `${report}; ${said} in it is the latest ${monthWord} before the report’s month: ${monthName(before)}.`));
    }
    case 'next':
      return only(candidate(next, `${report}; ${said} in it is the first ${monthWord} after the report’s month: ${monthName(next)}.`));
    case 'this':
    case 'this year':
      return only(candidate({ year: own.year, month }, `${report}; ${said} in it is ${monthWord} of the report’s year, ${monthName({ year: own.year, month })}.`));
    case 'last year':
      return only(candidate({ year: own.year - 1, month }, `${report}; ${said} in it is ${monthWord} of the year before the report’s, ${monthName({ year: own.year - 1, month })}.`));
    case 'next year':
      return only(candidate({ year: own.year + 1, month }, `${report}; ${said} in it is ${monthWord} of the year after the report’s, ${monthName({ year: own.year + 1, month })}.`));
  }
  const withoutYear = `The article gives ${said} without a year; in a report dated ${longDay(published)}`;
  if (latest.year === own.year && month === own.month) return only(candidate(latest, `${withoutYear}, it is the report’s own month, ${monthName(latest)}.`));
  return only(candidate(latest, `${withoutYear}, of something already done, it is the latest ${monthWord} by then: ${monthName(latest)}.`), {
    ...candidate(next, `${withoutYear}, of something still to come, it is the next ${monthWord}: ${monthName(next)}.`),
    when: FUTURE,
  });
}

/** Dates written out: "January 5, 2022", "5 January", "June 2019", "in June", "2019", "2022-01-05", "the 5th". */
const readWrittenDate: Reader = (text, context) => {
  const { published, said } = context;
  const monthNumber = (word: string) => MONTH_WORDS[word]!;
  const year = (digits: string | undefined) => (digits === undefined ? undefined : Number(digits));
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) return readDayOfMonth(context, Number(match[2]), Number(match[3]), Number(match[1]));
  match = new RegExp(`^${MONTH} (?:the )?(\\d{1,2})${ORDINAL}(?: (\\d{4}))?$`).exec(text);
  if (match) return readDayOfMonth(context, monthNumber(match[1]!), Number(match[2]), year(match[3]));
  match = new RegExp(`^(?:the )?(\\d{1,2})${ORDINAL}(?: of)? ${MONTH}(?: (\\d{4}))?$`).exec(text);
  if (match) return readDayOfMonth(context, monthNumber(match[2]!), Number(match[1]), year(match[3]));
  match = new RegExp(`^${MONTH}(?: of)? (\\d{4})$`).exec(text);
  if (match) return readMonthName(context, monthNumber(match[1]!), Number(match[2]), undefined);
  match = new RegExp(`^(?:(last|this|next) )?${MONTH}$`).exec(text);
  if (match) return readMonthName(context, monthNumber(match[2]!), undefined, match[1]);
  match = new RegExp(`^${MONTH}(?: of)? (last|this|next) year$`).exec(text);
  if (match) return readMonthName(context, monthNumber(match[1]!), undefined, `${match[2]} year`);
  match = /^(\d{4})$/.exec(text);
  if (match) {
    const start = firstOfYear(Number(match[1]));
    return only({ start, precision: 'year', derivation: `The article gives only the year, ${match[1]}, in a report dated ${longDay(published)}; it names no month or day.` });
  }
  match = /^(?:the )?(\d{1,2})(?:st|nd|rd|th)$/.exec(text);
  if (match) {
    const dayOfMonth = Number(match[1]);
    if (dayOfMonth < 1 || dayOfMonth > 31) return { problem: `${said} is not a day of any month.` };
    const months = Array.from({ length: 25 }, (_, index) => addMonths(monthOf(published), index - 12));
    const days = months.map((month) => isoDate(month.year, month.month, dayOfMonth)).filter((date): date is string => date !== undefined);
    const latest = days.filter((date) => date <= published).at(-1)!;
    const next = days.find((date) => date > published)!;
    const withoutMonth = `The article gives ${said} without a month; in a report dated ${longDay(published)}`;
    if (latest === published) return only(day(latest, `${withoutMonth}, it is the day of the report.`));
    return only(day(latest, `${withoutMonth}, of something already done, it is the latest such day by then: ${dayAgainstReport(latest, context)}.`), {
      ...day(next, `${withoutMonth}, of something still to come, it is the next: ${dayAgainstReport(next, context)}.`),
      when: FUTURE,
    });
  }
  return undefined;
};

/** A weekday before a written date ("Wednesday, Jan. 5, 2022"): the weekday must agree, and picks the reading. */
const readWeekdayAndDate: Reader = (text, context) => {
  const match = new RegExp(`^${WEEKDAY} (?:the )?(.+)$`).exec(text);
  if (!match) return undefined;
  const found = readWrittenDate(match[2]!, context);
  if (!found || 'problem' in found || found.date.precision !== 'day') return found && 'problem' in found ? found : undefined;
  const weekday = WEEKDAYS.findIndex((name) => name.toLowerCase() === match[1]);
  const name = WEEKDAYS[weekday]!;
  const fits = [found.date, ...found.alternatives].filter((candidate) => weekdayOf(candidate.start) === weekday);
  if (!fits.length) {
    const days = [found.date, ...found.alternatives].map((candidate) => `${shortDay(candidate.start)} is a ${WEEKDAYS[weekdayOf(candidate.start)]}`);
    return { problem: `${context.said} names a ${name}, but ${days.join(' and ')}: check the article’s date.` };
  }
  const [first, ...rest] = fits.map((candidate) => ({ start: candidate.start, precision: candidate.precision, derivation: `${candidate.derivation} It is a ${name}, as the article says.` }));
  return only(first!, ...rest.map((candidate) => ({ ...candidate, when: FUTURE })));
};

const READERS: Reader[] = [readDayWords, readWeekday, readWeek, readWeekend, readMonth, readYear, readCount, readWrittenDate, readWeekdayAndDate];

/** Runs the readers; when none reads the words, drops a leading "on"/"late"/… or a trailing "night"/… and tries again. */
function readWords(text: string, context: Context): Found | undefined {
  for (;;) {
    for (const reader of READERS) {
      const found = reader(text, context);
      if (found) return found;
    }
    const leading = LEADING.find(({ pattern }) => pattern.test(text));
    if (leading) {
      if (leading.part) context.part = leading.pattern.exec(text)![0].replace(/[- ]$/, '');
      text = text.replace(leading.pattern, '');
      continue;
    }
    if (TRAILING.test(text)) {
      text = text.replace(TRAILING, '');
      continue;
    }
    return undefined;
  }
}

/**
 * The date an event takes from the article's words `phrase`, in a report published on `published`
 * (YYYY-MM-DD): the likelier reading first, any other as an alternative; or, when the words are not a
 * date this reads, why, with the kinds of phrase it does read.
 */
export function readDatePhrase(published: string, phrase: string): DateReading {
  const fail = (problem: string): DateReading => ({ understood: false, problem, understands: UNDERSTOOD_PHRASES });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published) || !isoDate(...(published.split('-').map(Number) as [number, number, number]))) {
    return fail(`The publication date "${published}" is not a calendar date written YYYY-MM-DD.`);
  }
  const words = phrase.trim().replace(/^["“']+|["”']+$/g, '').trim();
  if (!words) return fail('The phrase is empty: give the article’s own words for the date, such as “on Thursday”.');
  const context: Context = { published, said: `“${words}”`, report: `The report is dated ${longDay(published)}` };
  const found = readWords(normalize(words), context);
  if (!found) return fail(`Cannot read ${context.said} as a date. Give the article’s words for the date itself; these kinds are read:`);
  if ('problem' in found) return fail(capitalise(found.problem));
  const date = { ...found.date, derivation: found.date.derivation + narrowed(found.date.precision, context) };
  const alternatives = found.alternatives.map((alternative) => ({ ...alternative, derivation: alternative.derivation + narrowed(alternative.precision, context) }));
  return { understood: true, phrase: words, date, alternatives };
}
