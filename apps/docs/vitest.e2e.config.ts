import { defineConfig } from 'vitest/config';

// Browser tests run the built site (dist/) in real Chromium, one file at a time.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
