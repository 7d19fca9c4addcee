import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    // unit tests are quick; the suites that start the real binary (cli.test.ts, hostile-input.test.ts) set a longer
    // timeout of their own
    testTimeout: 10_000,
  },
});
