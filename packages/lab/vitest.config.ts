import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // vitest's default timeouts (5 s a test, 10 s a hook) hold for unit tests; a test that does real work (spawns a
    // process, compiles, trains a large model, loads a peer library) sets its own, with the reason beside it
    include: ['src/**/*.test.ts'],
  },
});
