import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built binary in a real terminal (tmux) or as a child process; they run one at a time.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    // every test starts the real binary, several times for some, and trains to the end: a busy 2-core machine
    // needs far more than the unit tests' 10 s
    testTimeout: 60_000,
    // hooks only close tmux servers and kill leftover children
    hookTimeout: 10_000,
    fileParallelism: false,
  },
});
