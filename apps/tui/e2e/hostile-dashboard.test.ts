import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './hostile-run.js';
import { terminals } from './tmux-session.js';

const terminal = terminals();

describe('the dashboard after a diverged run', () => {
  it('saves nothing on s, exits 1 and prints the whole diagnosis, with no escape codes, to a stderr file', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'neuronlab-e2e-'));
    // a narrow terminal, so the diagnosis cannot fit on one line of the screen
    const session = terminal(60, 30);
    session.start(`${process.execPath} ${cli} train --lr 1.3e-3 --speed max --save d.json 2> err.txt`, cwd);
    await session.waitFor((s) => /failed|diverged/.test(s), 'the divergence on screen');
    session.keys('s');
    await session.waitFor((s) => s.includes('could not save'), 'the refusal to save');
    session.keys('q');
    expect(await session.waitForExit()).toBe(1);
    expect(existsSync(join(cwd, 'd.json'))).toBe(false);
    expect(existsSync(join(cwd, 'neuronlab-model.json'))).toBe(false);
    expect(readdirSync(cwd).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const err = readFileSync(join(cwd, 'err.txt'), 'utf8');
    // the full line, as plain mode prints it: where, the epoch, the learning rate and what to try
    expect(err).toMatch(
      /^neuronlab train: the loss diverged at epoch \d+ .*0\.0013.* Use a learning rate below [\d.]+\.\n$/,
    );
    expect(err).not.toContain('\u001b');
  });
});
