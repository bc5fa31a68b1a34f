import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Unit tests that need their modules loaded fresh: chart-snapshots names the fixtures' content roots
 * before the vocabulary module reads them on import.
 */
const ISOLATED_UNIT_TESTS = ['tests/unit/chart-snapshots.test.ts'];

/**
 * Vitest runs the files that took longest last time first, so that no long file runs alone at the end.
 * With no record of a last run (a fresh clone, as in CI) it falls back to the largest files first, and
 * the slowest files here (the browser tests of every page kind) are among the shortest. So, for files
 * with no record, the kinds that take longest start first: browser tests, then the build tests that run
 * builds of their own (each a few seconds of Astro), then the other build tests, then the quick unit
 * tests, which fill in beside them.
 */
const runsBuilds = (spec: TestSpecification) => readFileSync(spec.moduleId, 'utf8').includes('buildSite(');
const SLOWEST_KINDS_FIRST: ((spec: TestSpecification) => boolean)[] = [
  (spec) => spec.moduleId.includes('/tests/browser/'),
  (spec) => spec.moduleId.includes('/tests/build/') && runsBuilds(spec),
  (spec) => spec.moduleId.includes('/tests/build/'),
];

class SlowestKindsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    if (files.every((spec) => this.ctx.cache.getTestSpecificationResult(spec))) return sorted;
    const rank = (spec: TestSpecification) => {
      const index = SLOWEST_KINDS_FIRST.findIndex((isKind) => isKind(spec));
      return index === -1 ? SLOWEST_KINDS_FIRST.length : index;
    };
    // Ranked once per file: a build test's rank reads its source.
    return sorted
      .map((spec, order) => ({ spec, order, rank: rank(spec) }))
      .sort((a, b) => a.rank - b.rank || a.order - b.order)
      .map(({ spec }) => spec);
  }
}

export default defineConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    // Two test files at a time (Vitest's default on two cores is one): browser and build tests spend most
    // of their time waiting on Chromium or a build's child process.
    maxWorkers: 2,
    sequence: { sequencer: SlowestKindsFirst },
    setupFiles: ['tests/setup.ts'],
    // Browser and build tests take seconds each on a 2-core machine; these are not performance limits.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    env: { TZ: 'UTC' },
    reporters: ['default', ['json', { outputFile: 'test-results/results.json' }]],
    projects: [
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts', ...ISOLATED_UNIT_TESTS] } },
      // Build tests share one module graph per worker too: the parsers and helpers every one of them loads.
      { extends: true, test: { name: 'built site', include: ['tests/build/**/*.test.ts'], isolate: false } },
      // Unit tests of pure code share one module graph per worker instead of loading it again for each
      // file (about ten seconds of a run). A file that must read its modules fresh is listed above.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/markdown/**/*.test.ts'], exclude: ISOLATED_UNIT_TESTS, isolate: false } },
    ],
  },
});
