/**
 * The tests Stryker runs against each mutant (stryker.config.mjs, `npm run mutation`): the fast, pure
 * unit and markdown tests, in-process, without the global setup that builds and serves the site. Left
 * out: the tests that run a whole external tool over the project (knip, dependency-cruiser), which
 * exercise no source under mutation.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/markdown/**/*.test.ts'],
    exclude: ['tests/unit/knip.test.ts', 'tests/unit/imports.test.ts'],
    testTimeout: 60_000,
    env: { TZ: 'UTC' },
  },
});
