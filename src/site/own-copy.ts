/**
 * A copy of a string that holds only its own characters. V8 keeps a long enough substring (a regular
 * expression's match, a slice) as a view into the string it came from, so a title kept from a page keeps
 * the whole page in memory: a build that keeps a few words of each of 28,000 pages (1,000 stories) kept
 * gigabytes of HTML that way (bench/results/build-memory.md).
 */
export const ownCopy = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');
