/**
 * The tests Stryker runs against each mutant (stryker.config.mjs, `npm run mutation`): the fast, pure
 * unit and markdown tests, in-process, without the global setup that builds and serves the site. Left
 * out: the tests that run a whole external tool over the project (knip, dependency-cruiser), which
 * exercise no source under mutation.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Stryker stops at the first failing test (bail). The tests written to kill surviving mutants
 * (tests/unit/strength-*.test.ts) run after all others, so a mutant they alone detect is one the rest of
 * the suite let through: scripts/mutation.mjs reads the suite's score without them from the same run.
 * Within each group, files that failed last time run first, as Vitest does, since neighbouring mutants
 * often fall to the same tests; then the quickest first, not the slowest.
 */
const STRENGTH_TESTS = /\/tests\/unit\/strength-[^/]*\.test\.ts$/;

class QuickestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const results = new Map(files.map((spec) => [spec, this.ctx.cache.getTestSpecificationResult(spec)]));
    const group = (spec: TestSpecification) => (STRENGTH_TESTS.test(spec.moduleId) ? 1 : 0);
    const failed = (spec: TestSpecification) => (results.get(spec)?.failed ? 0 : 1);
    const duration = (spec: TestSpecification) => results.get(spec)?.duration ?? Number.MAX_SAFE_INTEGER;
    return [...files].sort((a, b) => group(a) - group(b) || failed(a) - failed(b) || duration(a) - duration(b));
  }
}

export default defineConfig({
  resolve: {
    // Stories built while a test file is collected come from a cache after the first run (see the module).
    alias: [{ find: /^\.\.\/support\/story-from-files$/, replacement: resolve(import.meta.dirname, 'tests/support/mutation-story-cache.ts') }],
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/markdown/**/*.test.ts'],
    exclude: ['tests/unit/knip.test.ts', 'tests/unit/imports.test.ts'],
    sequence: { sequencer: QuickestFirst },
    testTimeout: 60_000,
    env: { TZ: 'UTC' },
  },
});
