// Mutation testing of the pure layers (`npm run mutation`, scripts/mutation.mjs): Stryker mutates
// src/story and src/views and runs the fast unit and markdown tests (vitest.mutation.config.ts) against
// each mutant. The score by folder goes to bench/results/mutation.md. Not part of `npm test`.
// A whole run takes hours on a shared two-core machine, so it runs in parts by folder, one Stryker run
// each (MUTATION_PART, set by scripts/mutation.mjs), each keeping its own report and incremental file:
// a stopped run loses only its own part.
const CHART_LANES = [
  'src/views/charts/lane*.ts',
  'src/views/charts/panel-lanes.ts',
  'src/views/charts/story-lanes.ts',
  'src/views/charts/unit-lane.ts',
  'src/views/charts/upright-marks.ts',
  'src/views/charts/group-heading.ts',
  'src/views/charts/mark-labels.ts',
  'src/views/charts/labels.ts',
];
const CHART_OVER_TIME = ['src/views/charts/over-time*.ts', 'src/views/charts/scales.ts', 'src/views/charts/encoding.ts', 'src/views/charts/legend.ts', 'src/views/charts/marks.ts', 'src/views/charts/mark-link.ts'];
export const PARTS = {
  // stories.ts and load/loaders.ts are glue to Astro's content layer (astro:content, astro/loaders): they
  // run only inside an Astro build, which the build tests check, not in these unit tests.
  'story-core': ['src/story/*.ts', 'src/story/schemas/**/*.ts', 'src/story/load/**/*.ts', '!src/story/stories.ts', '!src/story/load/loaders.ts'],
  'story-article': ['src/story/article/**/*.ts'],
  'story-dates': ['src/story/dates/**/*.ts'],
  'story-import': ['src/story/import/**/*.ts'],
  'views-core': ['src/views/*.ts', 'src/views/actors/**/*.ts', 'src/views/ledger/**/*.ts', 'src/views/search/**/*.ts', 'src/views/format/**/*.ts'],
  'views-reader': ['src/views/reader/**/*.ts'],
  'views-timeline': ['src/views/timeline/**/*.ts'],
  'views-graph': ['src/views/graph/**/*.ts'],
  // The charts folder in three parts of about 800 mutants each (an hour or less here), so that a run cut
  // short loses one of them, not all: lane charts, over-time charts, and what every chart shares.
  'views-charts-lanes': CHART_LANES,
  'views-charts-over-time': CHART_OVER_TIME,
  'views-charts': ['src/views/charts/*.ts', ...[...CHART_LANES, ...CHART_OVER_TIME].map((glob) => `!${glob}`)],
  'views-maps': ['src/views/charts/geo/**/*.ts', 'src/views/charts/map/**/*.ts'],
};
const part = process.env.MUTATION_PART ?? 'story-core';
if (!(part in PARTS)) throw new Error(`MUTATION_PART must be one of ${Object.keys(PARTS).join(', ')}, not "${part}"`);

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  mutate: PARTS[part],
  // Two cores, shared with other work.
  concurrency: 2,
  // The copies Stryker tests in need the sources, content and tests, nothing built or measured.
  ignorePatterns: ['dist', 'dist-*', 'dist.*', 'tmp', 'bench/.runs', 'test-results', '.astro', 'public'],
  reporters: ['json', 'progress', 'clear-text'],
  jsonReporter: { fileName: `reports/mutation/${part}.json` },
  clearTextReporter: { reportMutants: false, reportTests: false },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  timeoutMS: 10_000,
  // Many tests build a story or a layout while Vitest collects them, outside any test: the code they run
  // then is covered "statically", and Stryker would rerun the whole suite, reloaded, for each of its
  // mutants (about 6,500 of 11,000; days on this machine). Mutants also covered inside a test are still
  // tested, by those tests; those covered only while loading are left out of the score and counted in
  // the results file.
  ignoreStatic: true,
  // Reuses the results of mutants whose code and tests did not change since the last run (--force: all).
  incremental: true,
  incrementalFile: `reports/mutation/${part}.incremental.json`,
};
