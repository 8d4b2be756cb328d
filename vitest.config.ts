import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    exclude: ['**/node_modules/**', 'test/fixtures/**'],
    // The consumer test packs and installs packages and runs tsc twice.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
