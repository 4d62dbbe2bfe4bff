import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Type tests run through tsc: a wrong expectTypeOf or an unused
    // @ts-expect-error fails the run, like a failing assertion.
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
      ignoreSourceErrors: false,
    },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
