import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

describe('neuronlab binary', () => {
  it('runs train and reports the tutorial data size', () => {
    const out = execFileSync(process.execPath, [cli, 'train'], { encoding: 'utf8' });
    expect(out).toContain('100 samples');
  });
});
