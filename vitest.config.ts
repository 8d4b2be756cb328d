import { defineConfig } from 'vitest/config';

// `npm run test:installed` runs vitest in mode `installed`: only the tests that
// install errcat's tarball into throw-away monorepos (test/e2e/installed/).
// They install packages and take minutes, so `npm test` leaves them out.
export default defineConfig(({ mode }) => {
  const installed = mode === 'installed';
  return {
    test: {
      include: installed ? ['test/e2e/installed/**/*.test.ts'] : ['test/**/*.test.ts'],
      exclude: ['**/node_modules/**', 'test/fixtures/**', ...(installed ? [] : ['test/e2e/installed/**'])],
      // The CLI runs from dist/: build it from the sources under test (the installed tests pack their own).
      globalSetup: installed ? [] : ['test/global-setup.ts'],
      // The consumer test packs and installs packages and runs tsc twice.
      testTimeout: 120_000,
      hookTimeout: 120_000,
      // The installed tests share pnpm's store and the machine's two cores; one file at a time keeps their timings meaningful.
      fileParallelism: !installed,
    },
  };
});
