import { defineConfig } from 'vitest/config';

// The contract suite: one Prism (mock, or proxy with CONTRACT_UPSTREAM_URL)
// owned by globalSetup and shared by every file, so files run one after the
// other; requests inside a file run concurrently (it.concurrent).
export default defineConfig({
  test: {
    include: ['test/contract/**/*.test.js'],
    globalSetup: ['./src/global-setup.js'],
    fileParallelism: false,
    // One worker, one module graph: the files only share read-only state, and
    // re-importing it per file cost ~2 s of a ~4 s run (scripts/bench.js).
    isolate: false,
    maxConcurrency: 8,
    testTimeout: 20_000,
    hookTimeout: 40_000,
  },
});
