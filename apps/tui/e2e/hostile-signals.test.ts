import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseModelFile } from '@neuronlab/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { killStarted, run, scratch, start } from './hostile-run.js';

afterEach(killStarted);

/** Exit status per signal: 128 + its number. */
const CODE = { SIGINT: 130, SIGTERM: 143 } as const;
/** How long a stop may take once the signal is sent: generous for a busy 2-core machine; the bug ran for minutes. */
const PROMPT_MS = 3000;

/** CPU seconds process `pid` has used (all threads; or one thread's, given its stat file), from /proc; 0 once gone. */
function cpuSeconds(pid: number, stat = `/proc/${pid}/stat`): number {
  try {
    const fields = readFileSync(stat, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return 0;
  }
}

/** CPU seconds of the busiest thread of process `pid` other than its main thread (a run's training thread); 0 if none. */
function threadCpuSeconds(pid: number): number {
  try {
    const others = readdirSync(`/proc/${pid}/task`).filter((tid) => tid !== String(pid));
    return Math.max(0, ...others.map((tid) => cpuSeconds(pid, `/proc/${pid}/task/${tid}/stat`)));
  } catch {
    return 0;
  }
}

/**
 * Starts `args`, waits until it has computed for `busy` CPU seconds (and, with `inEpoch`, until one thread besides the
 * main one has: the training thread, then well inside its first epoch, whatever the main thread spent preparing the
 * run), then signals it.
 */
async function interruptWhileBusy(args: string[], signal: 'SIGINT' | 'SIGTERM', busy = 2, inEpoch = 0) {
  const dir = scratch();
  const r = start(args, { cwd: dir });
  const pid = r.child.pid!;
  // the CLI installs its handlers first thing, within a fraction of this CPU time
  // wait for the run to be busy computing
  await vi.waitUntil(() => cpuSeconds(pid) >= busy && threadCpuSeconds(pid) >= inEpoch, {
    timeout: 30_000,
    interval: 10,
  });
  const sent = Date.now();
  r.child.kill(signal);
  const end = await r.finished;
  return { dir, end, took: Date.now() - sent };
}

describe('inputs that are not regular files are refused without opening them', () => {
  const inputs: [string, (dir: string) => string][] = [
    [
      'a FIFO with no writer',
      (dir) => {
        execFileSync('mkfifo', [join(dir, 'fifo')]);
        return 'fifo';
      },
    ],
    ['/dev/zero', () => '/dev/zero'],
    ['a directory', () => '.'],
  ];
  for (const [name, make] of inputs) {
    it.each([
      ['train --data', (p: string) => ['train', '--data', p]],
      ['train --init', (p: string) => ['train', '--init', p]],
      ['predict --model', (p: string) => ['predict', '--model', p, '1']],
    ])(`%s on ${name} ends at once with one line and exit 2`, async (flag, args) => {
      const dir = scratch();
      const path = make(dir);
      const r = await run(args(path), { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.err).toMatch(new RegExp(`${flag.split(' ')[1]} "${path.replace(/[./]/g, '\\$&')}" is (a|not)`));
      expect(r.err.trim().split('\n')).toHaveLength(1);
    });
  }
});

describe('a signal ends every mode promptly with 128 + its number, saving when asked', () => {
  // epochs of several seconds each: the signal comes in the middle of one
  const long = ['--dataset', 'spiral', '-o', 'count=200000', '--hidden', '128,128', '--epochs', '1000'];
  // epochs of well under a millisecond: the training thread stops at the next epoch boundary at once
  const short = ['--dataset', 'spiral', '-o', 'count=200', '--hidden', '8', '--epochs', '10000000'];
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const mode of [['--json'], []]) {
      const name = mode.length > 0 ? '--json' : 'plain';
      it(`${signal} in ${name} mode exits ${CODE[signal]} within ${PROMPT_MS} ms with the training thread’s model saved`, async () => {
        const { dir, end, took } = await interruptWhileBusy(
          ['train', ...mode, ...short, '--report-every', '1000', '--save', 'm.json'],
          signal,
        );
        expect(end.code).toBe(CODE[signal]);
        expect(took).toBeLessThan(PROMPT_MS);
        expect(end.err).not.toMatch(/ {4}at /);
        const saved = parseModelFile(readFileSync(join(dir, 'm.json'), 'utf8'));
        expect(saved.architecture.kind).toBe('sequential');
        // the model of the done event, the last line --json wrote
        if (name === '--json') {
          const done = JSON.parse(end.out.trim().split('\n').at(-1) ?? '{}');
          expect(done).toMatchObject({ type: 'done', reason: 'aborted' });
          expect(saved.parameters.map((p) => p.name)).toEqual(done.params.map((p: { name: string }) => p.name));
        }
        expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      });
      it(`${signal} during a long epoch in ${name} mode exits ${CODE[signal]} within ${PROMPT_MS} ms, saying nothing was saved`, async () => {
        const { dir, end, took } = await interruptWhileBusy(
          ['train', ...mode, ...long, '--report-every', '1', '--save', 'm.json'],
          signal,
          2,
          // an epoch here takes seconds: 0.8 s into the first, the thread is far from its end when the signal comes
          0.8,
        );
        expect(end.code).toBe(CODE[signal]);
        expect(took).toBeLessThan(PROMPT_MS);
        expect(end.err).not.toMatch(/ {4}at /);
        // the thread is mid-epoch and holds no finished model, and no copy of an older one is kept elsewhere
        expect(end.err).toMatch(/^neuronlab train: stopped after epoch \d+; .* so nothing was saved to "m\.json"\.$/m);
        expect(readdirSync(dir)).toEqual([]);
      });
    }
    it(`${signal} during gradcheck exits ${CODE[signal]} within ${PROMPT_MS} ms`, async () => {
      const args = ['gradcheck', '--dataset', 'spiral', '-o', 'count=20000', '--model', 'mlp', '--hidden', '64,64'];
      const { end, took } = await interruptWhileBusy(args, signal);
      expect(end.code).toBe(CODE[signal]);
      expect(took).toBeLessThan(PROMPT_MS);
      expect(end.out).toBe('');
    });
  }

  it('SIGTERM during datasets export exits 143, keeps the old file and leaves no temporary file', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'big.csv'), 'the old file\n');
    const r = start(['datasets', 'export', 'spiral', '-o', 'count=1000000', '--out', 'big.csv'], { cwd: dir });
    // the condition: the export has begun writing its temporary file
    // wait for the temporary file to appear
    await vi.waitUntil(() => readdirSync(dir).some((f) => f.endsWith('.tmp')), { timeout: 30_000, interval: 10 });
    const sent = Date.now();
    r.child.kill('SIGTERM');
    const end = await r.finished;
    expect(end.code).toBe(143);
    expect(Date.now() - sent).toBeLessThan(PROMPT_MS);
    expect(readdirSync(dir)).toEqual(['big.csv']);
    expect(readFileSync(join(dir, 'big.csv'), 'utf8')).toBe('the old file\n');
  });
});
