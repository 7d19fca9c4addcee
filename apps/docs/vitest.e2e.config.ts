import { defineConfig } from 'vitest/config';

// Browser tests run the built site (dist/) in real Chromium, one file at a time.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    // every test here drives Chromium through the built pages and waits for demos to train (or spawns the CLI):
    // seconds each on a busy machine, and starting the browser in each file's hook takes seconds too
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
