import type { Trainable, TrainEvent } from '@neuronlab/core';
import { createNeuron, trainSync } from '@neuronlab/core';
import type { LiveRun, RecipeFlags } from '@neuronlab/lab';
import { materializeRun, neuronParams, planRun, recipeFromFlags } from '@neuronlab/lab';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TrainSession } from './train-session.js';
import { TrainThread } from './train-thread.js';
import type { FeedRunOptions } from './worker-events.js';
import { WorkerFeed } from './worker-events.js';

// The worker runs the built script: a thread cannot load TypeScript (`pnpm run build` first, as for cli.test.ts)
const WORKER = new URL('../../dist/session/train-worker.js', import.meta.url);
const feeds: WorkerFeed[] = [];

afterEach(async () => {
  await Promise.all(feeds.splice(0).map((f) => f.close()));
});

/** The run the CLI would make from these flags (starting from `model` when given, as with --init). */
function liveRun(flags: RecipeFlags, model?: Trainable): LiveRun {
  return materializeRun(planRun(recipeFromFlags(flags), model ? { model } : {}));
}

function startFeed(run: LiveRun, options: FeedRunOptions): WorkerFeed {
  const feed = new WorkerFeed(new TrainThread(WORKER));
  feeds.push(feed);
  return feed.start(run, options);
}

/** Takes every event to the end; `each` sees each one as it is taken. */
async function drain(feed: WorkerFeed, each: (e: TrainEvent) => void = () => {}): Promise<TrainEvent[]> {
  const out: TrainEvent[] = [];
  while (!feed.ended) {
    const e = feed.take();
    if (e === undefined) await feed.ready();
    else {
      each(e);
      out.push(e);
    }
  }
  return out;
}

/** The same run trained in this thread with core's trainSync: the reference stream and the model it leaves. */
function reference(flags: RecipeFlags, reportEvery: number, model?: () => Trainable) {
  const run = liveRun(flags, model?.());
  const events = [...trainSync(run.model, run.data, { ...run.options, reportEvery })];
  return { events, params: run.model.params().map((p) => Float64Array.from(p.value)) };
}

function values(model: Trainable): Float64Array[] {
  return model.params().map((p) => Float64Array.from(p.value));
}

describe('WorkerFeed', () => {
  it('yields the tutorial neuron’s events bit for bit, with run.model at each taken event’s parameters', async () => {
    const flags = { epochs: '300', gradient: 'tutorial-mistake' };
    const want = reference(flags, 7);
    const run = liveRun(flags);
    // 25 epochs a batch: the worker is batches ahead of what is taken, yet the model follows the taken event
    const got = await drain(startFeed(run, { reportEvery: 7, epochsPerBatch: 25 }), (e) => {
      if (e.type === 'error') return;
      const [w, b] = run.model.params();
      expect(w?.value[0]).toBe(neuronParams(e.params)?.w.value);
      expect(b?.value[0]).toBe(neuronParams(e.params)?.b.value);
    });
    expect(got).toEqual(want.events);
    expect(got.at(-1)).toMatchObject({ type: 'done', epochs: 300, reason: 'completed' });
    expect(values(run.model)).toEqual(want.params);
  });

  it('matches trainSync for an mlp on xor with a test split, minibatches, normalization and weight decay', async () => {
    const flags = {
      dataset: 'xor',
      model: 'mlp',
      hidden: '16,16',
      epochs: '40',
      batchSize: '16',
      testSplit: '0.3',
      normalize: true,
      l2: '0.001',
      optimizer: 'adam',
      lr: '0.01',
    };
    const want = reference(flags, 3);
    const run = liveRun(flags);
    const got = await drain(startFeed(run, { reportEvery: 3, epochsPerBatch: Number.POSITIVE_INFINITY }));
    expect(got).toEqual(want.events);
    expect(got.at(-1)).toMatchObject({ type: 'done', epochs: 40, testLoss: expect.any(Number) });
    // 16×16 weights are too many to be reported in events: they reach run.model only through the synced rows
    expect(values(run.model)).toEqual(want.params);
  });

  it('starts from the model it is given, as with --init', async () => {
    const start = () => createNeuron({ w: -0.25, b: 3.5 });
    const want = reference({ epochs: '50' }, 10, start);
    const run = liveRun({ epochs: '50' }, start());
    expect(await drain(startFeed(run, { reportEvery: 10, epochsPerBatch: 5 }))).toEqual(want.events);
  });

  it('works inside a TrainSession at full speed, ending where trainSync ends', async () => {
    const want = reference({ epochs: '2000' }, 20);
    const run = liveRun({ epochs: '2000' });
    const feed = startFeed(run, { reportEvery: 20, epochsPerBatch: Number.POSITIVE_INFINITY });
    const state = await new TrainSession(feed, { speed: 'max' }).run();
    expect(state.done).toEqual(want.events.at(-1));
    expect(values(run.model)).toEqual(want.params);
  });

  it('trains only what was asked for: a consumer that stops taking stops the worker within two batches', async () => {
    const run = liveRun({ epochs: '100000' });
    const feed = startFeed(run, { reportEvery: 1, epochsPerBatch: 10 });
    await feed.ready();
    // time for a worker that ignored the pull protocol to run far ahead
    await new Promise((r) => setTimeout(r, 300));
    let last = -1;
    for (let e = feed.take(); e !== undefined; e = feed.take()) last = e.type === 'progress' ? e.epoch : 0;
    expect(last).toBeGreaterThanOrEqual(10);
    expect(last).toBeLessThanOrEqual(20);
  });

  it('trains nothing ahead while paused: a hold cancels the batches not begun, a step gets one report', async () => {
    const run = liveRun({ epochs: '100000' });
    const feed = startFeed(run, { reportEvery: 1, epochsPerBatch: 10 });
    // paused at once: the thread is still loading, so it reads the hold with both pulls and begins neither
    feed.setPace(0);
    const takeAll = () => {
      const out: TrainEvent[] = [];
      for (let e = feed.take(); e !== undefined; e = feed.take()) out.push(e);
      return out;
    };
    await new Promise((r) => setTimeout(r, 300));
    expect(takeAll()).toEqual([]);
    // a step waits, and the wait asks for exactly one report: the start event and epoch 1, nothing past it
    await feed.ready();
    await new Promise((r) => setTimeout(r, 300));
    expect(takeAll().map((e) => (e.type === 'progress' ? e.epoch : 0))).toEqual([0, 1]);
    feed.setPace(10);
    await feed.ready();
    expect(feed.take()).toMatchObject({ type: 'progress', epoch: 2 });
  });

  it('settles a pause with the batch that was in training, then trains nothing, so a quit ends at the shown epoch', async () => {
    const run = liveRun({ epochs: '10000000' });
    const feed = startFeed(run, { reportEvery: 1000, epochsPerBatch: Number.POSITIVE_INFINITY });
    await feed.ready();
    feed.setPace(0);
    await feed.settle();
    let shown = 0;
    for (let e = feed.take(); e !== undefined; e = feed.take()) shown = e.type === 'progress' ? e.epoch : shown;
    expect(shown).toBeGreaterThan(0);
    // nothing arrives while paused
    await new Promise((r) => setTimeout(r, 200));
    expect(feed.take()).toBeUndefined();
    // quit as the session does: abort, then take to the end at full speed
    feed.abort();
    feed.setPace(Number.POSITIVE_INFINITY);
    const rest = await drain(feed);
    expect(rest).toHaveLength(1);
    expect(rest[0]).toMatchObject({ type: 'done', reason: 'aborted', epochs: shown });
  });

  it('answers a wait that began before a pause’s cancelled batches came back, instead of hanging', async () => {
    const run = liveRun({ epochs: '100000' });
    const feed = startFeed(run, { reportEvery: 1, epochsPerBatch: 10 });
    // pause while both pulls are out, then wait at once: the hold empties both, and only the wait can ask again
    feed.setPace(0);
    const waited = feed.ready().then(() => 'answered');
    const timeout = new Promise((r) => setTimeout(() => r('hung'), 5_000));
    expect(await Promise.race([waited, timeout])).toBe('answered');
    expect(feed.take()).toMatchObject({ type: 'start' });
  });

  it('stops on abort at an epoch boundary and still sends the done event, reason aborted', async () => {
    const run = liveRun({ epochs: '10000000' });
    const stop = new AbortController();
    const feed = startFeed(run, { reportEvery: 1000, epochsPerBatch: Number.POSITIVE_INFINITY, signal: stop.signal });
    await feed.ready();
    stop.abort();
    const events = await drain(feed);
    const done = events.at(-1);
    expect(done).toMatchObject({ type: 'done', reason: 'aborted' });
    expect(done?.type === 'done' && done.epochs).toBeLessThan(10_000_000);
    // the model is at the parameters the done event reports
    expect(run.model.params()[0]?.value[0]).toBe(done?.type === 'done' && neuronParams(done.params)?.w.value);
  });

  it('rejects with the worker’s one-line error instead of hanging when training throws', async () => {
    const run = liveRun({ epochs: '10' });
    const broken = { ...run, plan: { ...run.plan, training: { ...run.plan.training, lr: -1 } } };
    const feed = startFeed(broken, { reportEvery: 1, epochsPerBatch: 10 });
    const error = await drain(feed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/lr/);
    expect((error as Error).message).not.toContain('\n');
  });

  it('reports a thread that failed before the feed listened', async () => {
    const thread = new TrainThread(new URL('./no-such-worker.js', WORKER));
    // a thread that fails to load reports within a second when idle; a machine busy with other suites needs longer
    await vi.waitUntil(() => thread.error !== null, { timeout: 10_000 });
    const feed = new WorkerFeed(thread);
    feeds.push(feed);
    feed.start(liveRun({ epochs: '10' }), { reportEvery: 1, epochsPerBatch: 10 });
    await expect(feed.ready()).rejects.toThrow(/no-such-worker/);
  });
});
