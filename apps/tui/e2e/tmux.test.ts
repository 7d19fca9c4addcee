import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('neuronlab in a real terminal', () => {
  it('has tmux available', () => {
    const v = execFileSync('tmux', ['-V'], { encoding: 'utf8' });
    expect(v).toMatch(/^tmux \d/);
  });
});
