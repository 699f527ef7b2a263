import { defineConfig } from 'vitest/config';

/**
 * `npm test` runs three projects: unit (pure functions beside the code), integration (the API over HTTP
 * against a real FerretDB, SMTP server and websocket clients) and e2e (the web app in Debian's Chromium).
 * tests/setup/global.ts starts one FerretDB for the whole run; every test file gets its own database.
 */
export default defineConfig({
  test: {
    globalSetup: ['tests/setup/global.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: process.env.CI ? ['verbose'] : ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['shared/src/**/*.test.ts', 'server/src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/contract/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // One browser at a time: two cores are shared with the server under test.
          fileParallelism: false,
          testTimeout: 90_000,
        },
      },
    ],
  },
});
