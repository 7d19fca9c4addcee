import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseModelFile } from '@neuronlab/core';
import { formatNumber } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';
import { type TmuxSession, terminals } from './tmux-session.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const terminal = terminals();

function open(args: string, cwd = mkdtempSync(join(tmpdir(), 'neuronlab-e2e-'))): { tmux: TmuxSession; cwd: string } {
  const session = terminal(120, 40);
  session.start(`${process.execPath} ${cli} ${args}`, cwd);
  return { tmux: session, cwd };
}

/** Runs `neuronlab train --json <args>` in `cwd` and returns its done event. */
function jsonDone(args: string, cwd: string): Record<string, unknown> {
  const out = execFileSync(process.execPath, [cli, 'train', '--json', ...args.split(' ')], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}');
}

/** Trains with the dashboard at --speed max to the end, leaves with q, and returns the final screen. */
async function dashboardRun(args: string, cwd: string): Promise<string> {
  const { tmux } = open(`train --speed max ${args}`, cwd);
  const end = await tmux.waitFor((s) => /finished after [\d,]+ epochs/.test(s), 'the summary');
  tmux.keys('q');
  expect(await tmux.waitForExit()).toBe(0);
  tmux.close();
  return end;
}

function lossNow(screen: string): number {
  const m = /now ([\d.e+-]+)/.exec(screen);
  if (!m) throw new Error(`no current loss on screen:\n${screen}`);
  return Number(m[1]);
}

function epochOf(screen: string): number {
  const m = /epoch ([\d,]+)\//.exec(screen);
  return m ? Number(m[1]?.replaceAll(',', '')) : Number.NaN;
}

/**
 * Waits for training to start, presses space and returns the epoch once the status says paused: the dashboard says
 * "pausing" while it takes the chunk that was in training, and "paused" once that is on screen and nothing moves
 * until a key. The callers show that nothing moved: a step lands exactly one report further, a quit ends right there.
 */
async function pauseOnceRunning(tmux: TmuxSession): Promise<number> {
  await tmux.waitFor((s) => epochOf(s) > 0, 'training to start');
  tmux.keys('Space');
  const paused = await tmux.waitFor(
    (s) => / paused\b/.test(s) && s.includes('space pause/resume'),
    'the paused status',
  );
  return epochOf(paused);
}

const thousands = (n: number) => n.toLocaleString('en-US');

describe('neuronlab in a real terminal', () => {
  it('shows the tutorial neuron learning live, keeps the summary and exits 0 on q', async () => {
    const { tmux } = open('train');
    // a capture can catch Ink halfway through writing a frame, so wait for a whole one (footer included)
    const early = await tmux.waitFor((s) => epochOf(s) > 0 && s.includes('space pause/resume'), 'the first epochs');
    expect(early).toContain('regression on celsius (100 samples)');
    expect(early).toContain('fit: °F vs °C');
    expect(early).toContain('space pause/resume');
    const later = await tmux.waitFor(
      (s) => epochOf(s) >= epochOf(early) + 2000 && /now [\d.]+/.test(s),
      'two thousand more epochs',
    );
    expect(lossNow(later)).toBeLessThan(lossNow(early));
    const end = await tmux.waitFor((s) => s.includes('finished after 10,000 epochs'), 'the summary');
    expect(end).toContain('learned F = 1.7974·C + 27.68');
    expect(end).toContain('distance from (1.8, 32)');
    expect(tmux.exitStatus()).toBeNull();
    tmux.keys('q');
    expect(await tmux.waitForExit()).toBe(0);
  });

  it('a run kept with --log-dir says where its model went, whole below the closed screen when 80 columns cut it short', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'neuronlab-e2e-'));
    const tmux = terminal(80, 24);
    tmux.start(`${process.execPath} ${cli} train --epochs 300 --speed max --log-dir runs`, cwd);
    // the summary names the file once the end-of-run save is done, cut short at this width
    const end = await tmux.waitFor((s) => s.includes('saved to runs/'), 'the saved model in the summary');
    expect(end).toContain('finished after 300 epochs');
    tmux.keys('q');
    expect(await tmux.waitForExit()).toBe(0);
    const [name] = readdirSync(join(cwd, 'runs'));
    expect(existsSync(join(cwd, 'runs', name!, 'model.json'))).toBe(true);
    expect(tmux.screen()).toContain(`saved to runs/${name}/model.json`);
  });

  it('pauses on space, steps on n, saves on s and quits on q', async () => {
    const { tmux, cwd } = open('train --speed 200');
    const still = await pauseOnceRunning(tmux);
    tmux.keys('n');
    await tmux.waitFor((s) => epochOf(s) === still + 1, 'one more epoch');
    tmux.keys('+');
    await tmux.waitFor((s) => s.includes('pace 300 ep/s'), 'the faster pace');
    tmux.keys('s');
    await tmux.waitFor((s) => s.includes('saved to neuronlab-model.json'), 'the save message');
    const saved = parseModelFile(readFileSync(join(cwd, 'neuronlab-model.json'), 'utf8'));
    expect(saved.parameters.map((p) => p.name)).toEqual(['w', 'b']);
    tmux.keys('q');
    expect(await tmux.waitForExit()).toBe(0);
  });

  it('pauses, steps one report and quits at --speed max, with training in its worker thread', async () => {
    const { tmux } = open('train --speed max --epochs 10000000');
    const still = await pauseOnceRunning(tmux);
    // one step is one progress event: 10,000 epochs when 10,000,000 are reported a thousand times
    tmux.keys('n');
    await tmux.waitFor((s) => epochOf(s) === still + 10_000, 'one more report');
    // quitting while paused ends the run at the epoch on screen: nothing was trained past it
    tmux.keys('q');
    expect(await tmux.waitForExit()).toBe(0);
    expect(tmux.screen()).toContain(`stopped early after ${thousands(still + 10_000)} epochs`);
  });

  it('draws the decision regions for a 2-D classification', async () => {
    const { tmux } = open('train --dataset xor --epochs 200 --speed max');
    const s = await tmux.waitFor((x) => x.includes('finished after 200 epochs'), 'the summary');
    expect(s).toContain('decision regions');
    expect(s).toContain('▀');
    expect(s).toMatch(/accuracy \d+\.\d%/);
    tmux.keys('q');
    expect(await tmux.waitForExit()).toBe(0);
  });

  it('trains in its worker thread to the same done event and the same saved file as --json', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'neuronlab-e2e-'));
    const flags = '--dataset xor --hidden 16,16 --epochs 300 --test-split 0.3 --batch-size 16';
    const screen = await dashboardRun(`${flags} --save dashboard.json`, cwd);
    const done = jsonDone(`${flags} --save json.json`, cwd);
    // the parameters (float64, written exactly) match bit for bit, and so does everything else in the file
    expect(readFileSync(join(cwd, 'dashboard.json'), 'utf8')).toBe(readFileSync(join(cwd, 'json.json'), 'utf8'));
    expect(done).toMatchObject({ type: 'done', epochs: 300, reason: 'completed' });
    expect(screen).toContain(`final loss ${formatNumber(done.loss as number, 6)}`);
    expect(screen).toContain(`test loss ${formatNumber(done.testLoss as number, 6)}`);
  });

  it('continues a saved neuron with --init to the same result as --json', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'neuronlab-e2e-'));
    jsonDone('--epochs 700 --save start.json', cwd);
    const screen = await dashboardRun('--init start.json --epochs 3000 --save dashboard.json', cwd);
    const done = jsonDone('--init start.json --epochs 3000 --save json.json', cwd);
    expect(readFileSync(join(cwd, 'dashboard.json'), 'utf8')).toBe(readFileSync(join(cwd, 'json.json'), 'utf8'));
    expect(screen).toContain(`w = ${formatNumber(done.weight as number, 6)}`);
    expect(screen).toContain(`final loss ${formatNumber(done.loss as number, 6)}`);
  });

  it('stops on SIGTERM with exit 143 (128 + 15), leaves the summary and saves a complete model', async () => {
    const { tmux, cwd } = open('train --speed 300 --save model.json');
    await tmux.waitFor((s) => epochOf(s) > 100, 'training to get going');
    process.kill(tmux.commandPid(), 'SIGTERM');
    expect(await tmux.waitForExit()).toBe(143);
    const file = parseModelFile(readFileSync(join(cwd, 'model.json'), 'utf8'));
    expect(file.parameters.map((p) => p.name)).toEqual(['w', 'b']);
    expect(readdirSync(cwd).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // The last frame stays on screen with the summary of the stopped run
    expect(tmux.screen()).toMatch(/stopped early after [\d,]+ epochs/);
  });

  it('stops on Ctrl-C with exit 130 and writes no file without --save', async () => {
    const { tmux, cwd } = open('train --speed 300');
    await tmux.waitFor((s) => epochOf(s) > 50, 'training to get going');
    tmux.keys('C-c');
    expect(await tmux.waitForExit()).toBe(130);
    expect(existsSync(join(cwd, 'neuronlab-model.json'))).toBe(false);
  });
});
