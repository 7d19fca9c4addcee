import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { terminals } from './tmux-session.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const terminal = terminals();

describe('neuronlab plot --follow in a real terminal', () => {
  it('draws a growing metrics.csv and shows each line appended while it runs, then leaves on q', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'neuronlab-e2e-plot-'));
    const path = join(cwd, 'metrics.csv');
    writeFileSync(path, 'epoch,loss,val_loss\n0,2.5,2.75\n1,1.25,1.5\n');
    const session = terminal(100, 30);
    session.start(`${process.execPath} ${cli} plot metrics.csv --follow`, cwd);
    // one run: loss and val_loss share a chart, whose title shows each one's latest value and step
    await session.waitFor((s) => /loss {2}now 1\.25 @ 1 · val 1\.5 @ 1/.test(s), 'the first frame');
    appendFileSync(path, '2,0.625,0.875\n');
    await session.waitFor((s) => /loss {2}now 0\.625 @ 2 · val 0\.875 @ 2/.test(s), 'line 2');
    appendFileSync(path, '3,0.3125,0.5\n');
    const screen = await session.waitFor((s) => /loss {2}now 0\.31\d* @ 3 · val 0\.5 @ 3/.test(s), 'line 3');
    expect(screen).toMatch(/following 1 file · q quit/);
    session.keys('q');
    expect(await session.waitForExit()).toBe(0);
  });
});
