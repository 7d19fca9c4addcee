import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built binary in a real terminal (tmux); they run one at a time.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
