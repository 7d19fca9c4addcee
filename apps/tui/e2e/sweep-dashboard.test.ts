import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { terminals } from './tmux-session.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const terminal = terminals();

/** The table row of trial `n` on the sweep screen. */
function row(screen: string, n: number): string {
  // the star (or a space), the trial's number, then its swept values: lr's here
  return screen.split('\n').find((l) => new RegExp(`^[ ★]\\s+${n}\\s{2,}\\d`).test(l)) ?? '';
}

describe('the sweep dashboard in a 120×40 terminal', () => {
  it('shows five trials overlaid with a legend, the diverging one marked, the best starred; enter opens one, esc comes back; runs compare shows the finished runs the same way', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'neuronlab-e2e-'));
    const tmux = terminal(120, 40);
    tmux.start(
      `${process.execPath} ${cli} sweep --lr 1e-5,1e-4,1e-3,1.2e-3,1.3e-3 --epochs 3000 --jobs 2 --log-dir runs`,
      cwd,
    );
    // a capture may land while the terminal redraws: wait until the table is drawn down to its last row
    const end = await tmux.waitFor(
      (s) => s.includes('5 trials · finished') && row(s, 5) !== '' && s.includes('enter open'),
      'the finished sweep',
      45_000,
    );
    expect(end).toContain('loss (log) by trial');
    const rates = ['1e-5', '1e-4', '1e-3', '1.2e-3', '1.3e-3'];
    for (const [i, lr] of rates.entries()) expect(end).toContain(`━ ${i + 1} lr=${lr}`);
    expect(row(end, 5)).toMatch(/diverged at epoch \d+/);
    // a column for the swept rate, its values as typed
    expect(row(end, 4)).toMatch(/^ +4 +1\.2e-3 +3,000\/3,000 /);
    // the tutorial's neuron: 1e-3 converges; 1e-5 and 1e-4 crawl; 1.2e-3 sits just past the stable limit (about
    // 1.1998e-3), where the loss grows too slowly for the divergence check within 3,000 epochs
    expect(row(end, 3).startsWith('★')).toBe(true);
    for (const n of [1, 2, 4]) expect(row(end, n)).toMatch(/ done$/);
    tmux.keys('Down', 'Down', 'Enter');
    const single = await tmux.waitFor((s) => s.includes('trial 3 · trial-3-lr1e-3'), 'the single-trial view');
    // the single-run dashboard of `train`, fed from the trial's events: header, progress, loss, parameters, summary
    expect(single).toContain('neuron out = w·x + b · sgd lr 0.001');
    expect(single).toContain('epoch 3,000/3,000');
    expect(single).toMatch(/loss \(mse, log\) ━ train {2}now 0\.00/);
    expect(single).toMatch(/w = 1\.\d+ +∂L\/∂w/);
    expect(single).toContain('learned');
    // the tutorial's chart of the finished trial, its line from the final model
    expect(single).toContain('fit: °F vs °C');
    expect(single).toContain('l log scale · esc back · q quit');
    // auto (log here) → log → linear, as on the single-run dashboard
    tmux.keys('l', 'l');
    await tmux.waitFor((s) => /loss \(mse\) ━ train/.test(s), 'the loss on a linear scale');
    tmux.keys('Escape');
    await tmux.waitFor((s) => s.includes('loss (log) by trial'), 'the sweep screen again');
    tmux.keys('q');
    expect(await tmux.waitForExit()).toBe(0);
    expect(readdirSync(join(cwd, 'runs'))).toHaveLength(5);
    // below the closed screen, where the runs are kept and how to list them
    expect(tmux.screen()).toContain('runs in runs (neuronlab runs runs)');
    tmux.close();
    // the same screen over the finished runs, read back from their logs
    const session = terminal(120, 40);
    session.start(`${process.execPath} ${cli} runs compare trial-1-lr1e-5 trial-3-lr1e-3 --log-dir runs`, cwd);
    const compare = await session.waitFor((s) => s.includes('runs compare · 2 runs'), 'the comparison');
    expect(compare).toContain('━ 1 lr=1e-5');
    expect(compare).toContain('━ 2 lr=0.001');
    expect(row(compare, 2).startsWith('★')).toBe(true);
    // an opened run names its loss from its recipe; its log keeps no clock, so no time is made up for it
    session.keys('Down', 'Enter');
    // the whole frame, down to its summary: a capture can catch a frame half drawn
    const opened = await session.waitFor(
      (s) => s.includes('trial 2 · trial-3-lr1e-3') && s.includes('finished after 3,000 epochs'),
      'the opened run',
    );
    expect(opened).toMatch(/loss \(mse, log\) ━ train/);
    expect(opened).toMatch(/finished after 3,000 epochs · final loss/);
    expect(opened).toContain('elapsed –');
    session.keys('Escape');
    await session.waitFor((s) => s.includes('runs compare · 2 runs'), 'the comparison again');
    session.keys('q');
    expect(await session.waitForExit()).toBe(0);
  });

  it('an opened network trial shows its decision regions as it trains, and n its network panel, whose keys move the selection, paused too', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'neuronlab-e2e-'));
    const session = terminal(120, 40);
    // 300 epochs per event (a thousand events per run): the trial's thread answers between events, several times a second
    const args = 'sweep --dataset xor --hidden 6,4 --epochs 300000 --lr 0.01,0.03 --jobs 2 --log-dir runs';
    session.start(`${process.execPath} ${cli} ${args}`, cwd);
    const tmux = session;
    await tmux.waitFor((s) => s.includes('2 trials · 2 running'), 'both trials training', 30_000);
    tmux.keys('Enter');
    // the map is drawn from the trial thread's answers: rows of half blocks under the panel's title (and a capture
    // may land while the terminal redraws: wait for the footer below it too)
    const map = await tmux.waitFor(
      (s) =>
        s.includes('trial 1 · trial-1-lr0.01') &&
        s.includes('decision regions') &&
        /▀{40}/.test(s) &&
        s.includes('esc back · q quit'),
      'the trial’s decision regions',
    );
    expect(map).toContain('mlp 2-6-4-1 tanh');
    expect(map).toContain('l log scale · n network · esc back');
    expect(map).not.toContain('network 2-6-4-1');
    tmux.keys('n');
    const panel = await tmux.waitFor(
      (s) =>
        s.includes('network 2-6-4-1') &&
        /L1 neuron 1 \(tanh\) +z = \S+ +a = \S+/.test(s) &&
        s.includes('i formula · esc back · q quit'),
      'the network panel with the first neuron read',
    );
    expect(panel).toMatch(/input +L1 tanh +L2 tanh +L3 sigmoid/);
    expect(panel).toContain('←↑↓→ neuron · [] sample · i formula');
    tmux.keys('Down');
    await tmux.waitFor((s) => /L1 neuron 2 \(tanh\) +z = \S+ +a = \S+/.test(s), 'the second neuron, read');
    // paused, the trial's thread still answers: the next sample is read where training stopped
    tmux.keys('Space');
    await tmux.waitFor((s) => / paused\s*$/m.test(s.split('\n')[1] ?? ''), 'the paused trial');
    tmux.keys(']');
    await tmux.waitFor(
      (s) => s.includes('sample 2/200') && /L1 neuron 2 \(tanh\) +z = \S+ +a = \S+/.test(s) && !s.includes('reading…'),
      'the second sample, read while paused',
    );
    tmux.keys('Escape');
    await tmux.waitFor((s) => s.includes('2 trials · paused'), 'the sweep screen again');
    tmux.keys('q');
    expect(await tmux.waitForExit()).toBe(0);
  });

  it('space pauses every trial and resumes them; q stops them all, and each log ends with the stop', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'neuronlab-e2e-'));
    const session = terminal(120, 40);
    session.start(`${process.execPath} ${cli} sweep --epochs 10000000 --seed 1..2 --jobs 2 --log-dir runs`, cwd);
    const tmux = session;
    await tmux.waitFor((s) => s.includes('2 trials · 2 running'), 'both trials training', 30_000);
    tmux.keys('Space');
    await tmux.waitFor((s) => s.includes('2 trials · paused'), 'the paused sweep');
    tmux.keys('Space');
    await tmux.waitFor((s) => s.includes('2 trials · 2 running'), 'the resumed sweep');
    tmux.keys('q');
    expect(await tmux.waitForExit()).toBe(0);
    for (const name of readdirSync(join(cwd, 'runs'))) {
      const lines = readFileSync(join(cwd, 'runs', name, 'events.jsonl'), 'utf8')
        .trim()
        .split('\n');
      expect(JSON.parse(lines.at(-1)!)).toMatchObject({ type: 'done', reason: 'aborted' });
    }
  });
});

describe('neuronlab runs in a terminal', () => {
  it('fits its table to 80 columns without wrapping a row: every run name whole at the start of a line, its settings on the line below', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'neuronlab-e2e-'));
    // a generated name (celsius-neuron-sgd-lr1e-4-<time>) and a named mlp run: the table is wider than 80 columns
    const train = (...args: string[]) =>
      execFileSync(process.execPath, [cli, 'train', '--json', '--epochs', '5', '--log-dir', 'runs', ...args], { cwd });
    train();
    train('--dataset', 'moons', '--hidden', '16,16', '--optimizer', 'adam', '--run-name', 'moons-wide');
    const names = readdirSync(join(cwd, 'runs'));
    const piped = execFileSync(process.execPath, [cli, 'runs', 'runs'], { cwd, encoding: 'utf8' }).trim().split('\n');
    // piped, each run stays one whole row for scripts
    expect(piped).toHaveLength(3);
    expect(Math.max(...piped.map((l) => l.length))).toBeGreaterThan(80);
    const session = terminal(80, 24);
    session.start(`${process.execPath} ${cli} runs runs`, cwd);
    expect(await session.waitForExit()).toBe(0);
    const lines = session
      .screen()
      .split('\n')
      .filter((l) => l.trim() !== '');
    expect(lines[0]).toMatch(/^name +epochs +loss +accuracy +status$/);
    // a wrapped row would leave a line that starts neither with a name nor with the indented detail
    expect(lines.slice(1).every((l) => names.some((n) => l.startsWith(`${n} `)) || l.startsWith('  '))).toBe(true);
    for (const name of names) {
      const at = lines.findIndex((l) => l.startsWith(`${name} `));
      expect(lines[at]).toMatch(/ 5\/5 +\S+ +\S+ +done$/);
      expect(lines[at + 1]).toMatch(
        name === 'moons-wide'
          ? /^ {2}moons mlp · adam lr=0\.01 hidden=16,16 seed=42 · \d{4}-/
          : /^ {2}celsius neuron · sgd lr=1e-4 seed=42 · \d{4}-/,
      );
    }
  });
});
