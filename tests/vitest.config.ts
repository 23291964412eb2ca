import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The projects' global setup: both builds, served, made once per run for every project that lists it (and a Chromium for `browser`). */
const SHARED_SITES = ['tests/support/global-setup.ts'];

export default defineConfig({
  // Paths below are from the project's root, one folder up.
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // Three test files at a time, of any project, on two cores: the browser files wait on pages more than they compute
    // (the whole command on 2026-12-06: 155 s with two, 136 s with three, 143 s with four).
    maxWorkers: 3,
    projects: [
      // Pure functions and plugins, no build: `npm run test:unit`, the inner loop.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Real builds of broken and other configurations: exit codes, printed messages, the kept dist/.
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: SHARED_SITES, testTimeout: 120_000 } },
      // The built sites' files, read without a browser.
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: SHARED_SITES } },
      // The built sites as readers get them, in Chromium.
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: SHARED_SITES,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      // `astro dev`, as an editor uses it.
      { test: { name: 'dev', include: ['tests/dev/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } },
    ],
  },
});
