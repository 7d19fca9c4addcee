import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseModelFile } from '@neuronlab/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { completeLines, killStarted, run, scratch, start } from './hostile-run.js';

afterEach(killStarted);

/** The one run directory under `root`. */
function onlyRun(root: string): string {
  const runs = readdirSync(root);
  expect(runs).toHaveLength(1);
  return join(root, runs[0]!);
}

describe('train --log-dir', () => {
  it('keeps the --json stream, a metrics.csv row per progress event, the model, and a recipe that repeats the run', async () => {
    const dir = scratch();
    const r = await run(['train', '--json', '--epochs', '400', '--test-split', '0.25', '--log-dir', 'runs'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    const runDir = onlyRun(join(dir, 'runs'));
    expect(readFileSync(join(runDir, 'events.jsonl'), 'utf8')).toBe(r.out);
    const events = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const progress = events.filter((e) => e.type === 'progress');
    const csv = readFileSync(join(runDir, 'metrics.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('epoch,loss,val_loss');
    expect(csv.slice(1)).toEqual(progress.map((e) => `${e.epoch},${e.loss},${e.testLoss}`));
    expect(readdirSync(runDir).some((f) => f.startsWith('events.out.tfevents.'))).toBe(true);
    const model = parseModelFile(readFileSync(join(runDir, 'model.json'), 'utf8'));
    const final = events.at(-1) as { params: Array<{ values: number[] }> };
    expect(model.parameters.map((p) => p.values)).toEqual(final.params.map((p) => p.values));
    const record = JSON.parse(readFileSync(join(runDir, 'recipe.json'), 'utf8'));
    const again = await run(['train', '--json', ...record.args], { cwd: dir });
    expect(again.out).toBe(r.out);
  });

  it('never writes into an existing run: the same --run-name twice is one line and exit 2', async () => {
    const dir = scratch();
    const args = ['train', '--json', '--epochs', '5', '--log-dir', 'runs', '--run-name', 'first'];
    expect((await run(args, { cwd: dir })).code).toBe(0);
    const before = readFileSync(join(dir, 'runs', 'first', 'events.jsonl'), 'utf8');
    const second = await run(args, { cwd: dir });
    expect(second.code).toBe(2);
    expect(second.out).toBe('');
    expect(second.err.trim().split('\n')).toHaveLength(1);
    expect(second.err).toContain('already exists');
    expect(readFileSync(join(dir, 'runs', 'first', 'events.jsonl'), 'utf8')).toBe(before);
  });

  it('refuses a log directory it cannot create with one line and exit 2, before any training', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'plain-file'), 'x');
    const r = await run(['train', '--json', '--log-dir', 'plain-file/runs'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('--log-dir');
  });

  it.each(['train', 'sweep'])(
    '%s names NEURONLAB_LOG_DIR, not a flag that was never typed, when the variable names a file',
    async (command) => {
      const dir = scratch();
      writeFileSync(join(dir, 'plain-file'), 'x');
      process.env.NEURONLAB_LOG_DIR = 'plain-file';
      try {
        const r = await run([command, '--json', '--epochs', '3'], { cwd: dir });
        expect(r.code).toBe(2);
        expect(r.out).toBe('');
        expect(r.err).toBe(
          `neuronlab ${command}: NEURONLAB_LOG_DIR must name a directory, got the file "plain-file". Choose another path.\n`,
        );
      } finally {
        delete process.env.NEURONLAB_LOG_DIR;
      }
    },
  );

  it('takes the log directory from NEURONLAB_LOG_DIR when --log-dir is left out', async () => {
    const dir = scratch();
    process.env.NEURONLAB_LOG_DIR = join(dir, 'from-env');
    try {
      expect((await run(['train', '--json', '--epochs', '3'], { cwd: dir })).code).toBe(0);
    } finally {
      delete process.env.NEURONLAB_LOG_DIR;
    }
    expect(readdirSync(onlyRun(join(dir, 'from-env')))).toContain('events.jsonl');
  });

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'a run stopped by %s ends its log with the stop and keeps the model',
    async (signal) => {
      const dir = scratch();
      const r = start(['train', '--json', '--epochs', '10000000', '--log-dir', 'runs'], { cwd: dir });
      await vi.waitUntil(() => r.output.out.split('\n').length > 20, { timeout: 30_000, interval: 20 });
      r.child.kill(signal);
      const end = await r.finished;
      expect(end.code).toBe(signal === 'SIGINT' ? 130 : 143);
      const runDir = onlyRun(join(dir, 'runs'));
      const events = completeLines(join(runDir, 'events.jsonl')) as Array<{ type: string; reason?: string }>;
      expect(events[0]!.type).toBe('start');
      expect(events.at(-1)).toMatchObject({ type: 'done', reason: 'aborted' });
      expect(() => parseModelFile(readFileSync(join(runDir, 'model.json'), 'utf8'))).not.toThrow();
    },
  );

  it('a killed run (SIGKILL) leaves a log whose every complete line is an event', async () => {
    const dir = scratch();
    const r = start(['train', '--json', '--epochs', '10000000', '--log-dir', 'runs'], { cwd: dir });
    await vi.waitUntil(() => r.output.out.split('\n').length > 50, { timeout: 30_000, interval: 20 });
    r.child.kill('SIGKILL');
    await r.finished;
    const runDir = onlyRun(join(dir, 'runs'));
    const events = completeLines(join(runDir, 'events.jsonl')) as Array<{ type: string }>;
    expect(events.length).toBeGreaterThan(50);
    expect(events[0]!.type).toBe('start');
    expect(events.slice(1).every((e) => e.type === 'progress')).toBe(true);
    const csv = readFileSync(join(runDir, 'metrics.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe('epoch,loss');
    expect(csv.slice(1, -1).every((row) => /^\d+,[-\d.e+]+$/.test(row))).toBe(true);
  });
});
