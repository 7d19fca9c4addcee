import { defineConfig } from 'vitest/config';

// Run every package's unit tests from the root with `pnpm vitest run`; each project keeps its own config.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts'],
  },
});
