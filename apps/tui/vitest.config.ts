import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    // cli.test.ts starts the real binary several times per test; a busy 2-core machine needs more than 5 s
    testTimeout: 60_000,
  },
});
