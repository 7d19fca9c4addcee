import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // CI runs every package's suite at once on 2 cores; tests assert results, never speed, so allow slow machines
    testTimeout: 60_000,
    hookTimeout: 60_000,
    include: ['src/**/*.test.ts'],
  },
});
