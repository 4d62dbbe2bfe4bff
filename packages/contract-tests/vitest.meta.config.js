import { defineConfig } from 'vitest/config';

// Tests about the suite itself (provider mode against two local upstreams, a
// second API proving the derivation is generic, no orphan Prism). Each starts
// its own Prism or runs the contract suite as a child process.
export default defineConfig({
  test: {
    include: ['test/meta/**/*.test.js'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
