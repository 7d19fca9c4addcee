import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // core's property and fuzz tests and its trainer runs of small networks take one to two seconds each on a busy
    // 2-core machine (CI runs two suites at once), too close to vitest's 5 s default; 15 s still fails a hung test
    // quickly. A test that does real work (compiles, trains a large model, loads a peer library) sets its own.
    testTimeout: 15_000,
    include: ['src/**/*.test.ts'],
  },
});
