import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup.ts'],
    // Browser and build tests take seconds each on a 2-core machine; these are not performance limits.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    env: { TZ: 'UTC' },
    reporters: ['default', ['json', { outputFile: 'test-results/results.json' }]],
  },
});
