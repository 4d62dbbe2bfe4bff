import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A browser and Prism per file; two cores shared with other suites.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
