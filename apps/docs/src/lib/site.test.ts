import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('docs content', () => {
  it('states both quick-start commands on the getting-started page', () => {
    const page = readFileSync(new URL('../content/docs/getting-started.mdx', import.meta.url), 'utf8');
    expect(page).toContain('npm start');
    expect(page).toContain('npm test');
  });
});
