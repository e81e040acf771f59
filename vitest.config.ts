import { defineConfig } from 'vitest/config';

// Three projects, one run: `npm test` runs them all; `npm run test:fast|test:duckdb|test:synth` one of them.
// - synth: tests that generate a synthetic Denmark;
// - duckdb: tests that open a DuckDB database or run the register pipeline on a small delivery;
// - browser: tests that drive Debian's Chromium (PDF printing, the web site in a real browser): `*.browser.test.ts`;
// - fast: every other test (pure: no database, no pipeline run). A new test file lands here unless listed below.
const SYNTH = [
  'test/synth/**/*.test.ts',
  'test/cli/demo.test.ts',
  'test/cli/runYearSlices.test.ts',
  'test/cli/synth.test.ts',
  'test/cli/report.test.ts',
  'test/cli/didPlantedEffect.test.ts',
  'test/cli/did.test.ts',
  'test/web/servedRun.test.ts',
];
const DUCKDB = [
  'test/analytics/**/*.test.ts',
  'test/cli/run.test.ts',
  'test/cli/plans.test.ts',
  'test/cli/duties.test.ts',
];
const BROWSER = ['test/**/*.browser.test.ts'];

/** The same for every project: Copenhagen time, the Danish locale, forked workers, generous timeouts. */
const shared = {
  env: { TZ: 'Europe/Copenhagen', LC_ALL: 'da_DK.UTF-8' },
  pool: 'forks',
  testTimeout: 120_000,
  hookTimeout: 120_000,
} as const;

export default defineConfig({
  test: {
    // Once per run, for all projects: one temp directory as TMPDIR, and a failure if a test leaves anything in it.
    globalSetup: ['test/tempFolderGuard.ts'],
    projects: [
      {
        test: {
          ...shared,
          name: 'fast',
          include: ['test/**/*.test.ts'],
          exclude: [...SYNTH, ...DUCKDB, ...BROWSER],
        },
      },
      { test: { ...shared, name: 'duckdb', include: DUCKDB } },
      { test: { ...shared, name: 'synth', include: SYNTH } },
      { test: { ...shared, name: 'browser', include: BROWSER } },
    ],
  },
});
