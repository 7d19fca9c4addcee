import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LogFeed } from './log-feed.js';
import { PlotModel } from './plot-model.js';

/** The latest value of `series` per run, as the charts would show it. */
function latest(model: PlotModel, series: string): Record<string, number | undefined> {
  const lines = model.charts().flatMap((c) => c.lines.filter((l) => l.series === series));
  return Object.fromEntries(lines.map((l) => [l.run, l.latest?.value]));
}

/** Follows `paths` into a model until the returned stop is called. */
function follow(...paths: string[]) {
  const model = new PlotModel();
  const feed = new LogFeed(paths, model);
  const stop = new AbortController();
  const done = feed.follow(stop.signal);
  const end = () => {
    stop.abort();
    return done;
  };
  return { model, feed, stop: end };
}

// polling looks every quarter second; a busy machine may take longer
const WAIT = { timeout: 5000, interval: 20 };

describe('LogFeed.follow', () => {
  it('shows lines appended to a followed file, and a run that appears in the directory later', async () => {
    const root = mkdtempSync(join(tmpdir(), 'neuronlab-follow-'));
    mkdirSync(join(root, 'a'));
    writeFileSync(join(root, 'a', 'metrics.csv'), 'epoch,loss\n0,1.0\n');
    const f = follow(root);
    await vi.waitUntil(() => latest(f.model, 'loss').a === 1, WAIT);
    appendFileSync(join(root, 'a', 'metrics.csv'), '1,0.5\n');
    await vi.waitUntil(() => latest(f.model, 'loss').a === 0.5, WAIT);
    mkdirSync(join(root, 'b'));
    writeFileSync(join(root, 'b', 'metrics.csv'), 'epoch,loss\n0,3\n');
    await vi.waitUntil(() => latest(f.model, 'loss').b === 3, WAIT);
    await f.stop();
    expect(f.model.runs).toEqual(['a', 'b']);
  });

  it('drops a truncated file’s old points and reads it again from the start', async () => {
    const root = mkdtempSync(join(tmpdir(), 'neuronlab-follow-'));
    const path = join(root, 'metrics.csv');
    writeFileSync(path, 'epoch,loss\n0,1.0\n1,0.5\n2,0.25\n');
    const f = follow(path);
    await vi.waitUntil(() => latest(f.model, 'loss')[f.model.runs[0]!] === 0.25, WAIT);
    writeFileSync(path, 'epoch,loss\n0,4\n');
    await vi.waitUntil(() => f.model.charts()[0]?.lines[0]?.xs.length === 1, WAIT);
    expect(f.model.charts()[0]?.lines[0]?.ys).toEqual([4]);
    await f.stop();
  });

  it('waits on an empty file named on the command line until its first lines arrive', async () => {
    const root = mkdtempSync(join(tmpdir(), 'neuronlab-follow-'));
    const path = join(root, 'metrics.csv');
    writeFileSync(path, '');
    const f = follow(path);
    appendFileSync(path, 'step,loss\n10,2\n');
    await vi.waitUntil(() => latest(f.model, 'loss')[f.model.runs[0] ?? ''] === 2, WAIT);
    await f.stop();
    expect(f.feed.corrupt).toBe(0);
  });
});
