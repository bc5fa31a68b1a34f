/** The seed report as the newsroom received it, split into its blocks. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalizeText } from '../../src/story/text';
import { projectRoot } from './build-site';

const SEED_PATH = resolve(projectRoot, 'tests/fixtures/seed/000_5bbc01d9fe9ae21f.txt');

/** The three headlines of other stories and the source line that follow the report on the source page. */
export const SEED_FURNITURE = [
  'Report: Facebook remains extremist breeding ground after January 6',
  'London Calling: A look at the Falklands War nearly 40 years later',
  'At least 13 people killed in Philadelphia rowhouse fire',
  'source: yahoo.com',
];

export interface SeedReport {
  headline: string;
  /** The report's blocks in order, normalised, each photo caption once. */
  blocks: string[];
}

export function readSeed(): SeedReport {
  const raw = readFileSync(SEED_PATH, 'utf8')
    .split(/\n\s*\n/)
    .map((block) => normalizeText(block))
    .filter(Boolean);
  const [headline, ...rest] = raw;
  const blocks: string[] = [];
  for (const block of rest) {
    if (SEED_FURNITURE.includes(block)) continue;
    // The source repeats each photo caption (once with a straight, once with a curly apostrophe).
    if (block.includes(' / Credit: ') && blocks.at(-1) === block) continue;
    blocks.push(block);
  }
  return { headline, blocks };
}
