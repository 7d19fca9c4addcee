import type { Trainable, TrainEvent } from '@neuronlab/core';
import { createNeuron, parseModelFile, trainSync } from '@neuronlab/core';
import type { NetworkModel } from '@neuronlab/core/nn';
import type { RecipeFlags, RunPlan } from '@neuronlab/lab';
import { materializeRun, neuronParams, planRun, recipeFromFlags } from '@neuronlab/lab';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readNetwork } from './network-reading.js';
import { TrainSession } from './train-session.js';
import { TrainThread } from './train-thread.js';
import type { FeedRunOptions } from './worker-events.js';
import { WorkerFeed } from './worker-events.js';
import type { ModelMessage } from './worker-protocol.js';

// The worker runs the built script: a thread cannot load TypeScript (`pnpm run build` first, as for cli.test.ts)
const WORKER = new URL('../../dist/session/train-worker.js', import.meta.url);
const feeds: WorkerFeed[] = [];

afterEach(async () => {
  await Promise.all(feeds.splice(0).map((f) => f.close()));
});

/** The plan the CLI would make from these flags (starting from `model` when given, as with --init). */
function plan(flags: RecipeFlags, model?: Trainable): RunPlan {
  return planRun(recipeFromFlags(flags), model ? { model } : {});
}

function startFeed(p: RunPlan, options: FeedRunOptions): WorkerFeed {
  const feed = new WorkerFeed(new TrainThread(WORKER));
  feeds.push(feed);
  return feed.start(p, options);
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

/** Takes what is ready, without waiting. */
function takeReady(feed: WorkerFeed): TrainEvent[] {
  const out: TrainEvent[] = [];
  for (let e = feed.take(); e !== undefined; e = feed.take()) out.push(e);
  return out;
}

/** The same run trained in this thread with core's trainSync: the reference stream and the model it leaves. */
function reference(flags: RecipeFlags, reportEvery: number, model?: () => Trainable) {
  const run = materializeRun(plan(flags, model?.()));
  const events = [...trainSync(run.model, run.data, { ...run.options, reportEvery })];
  return { events, params: run.model.params().map((p) => [...p.value]) };
}

/** The parameters in a worker's model file answer. */
function savedParams(m: ModelMessage): number[][] {
  if (!('text' in m)) throw new Error(`expected a model file, got the refusal ${m.refusal}`);
  return parseModelFile(m.text).parameters.map((p) => [...p.values]);
}

const epochOf = (e: TrainEvent) => (e.type === 'start' ? 0 : e.type === 'done' ? e.epochs : e.epoch);

describe('WorkerFeed', () => {
  it('announces a prediction asked for after the run ended, so a screen that came up late still draws the map', async () => {
    const p = plan({ dataset: 'xor', epochs: '5' });
    const feed = startFeed(p, { reportEvery: 1, epochsPerChunk: Number.POSITIVE_INFINITY });
    await drain(feed);
    // the decision panel asks for its grid only once it is on screen, which can be after the last event
    const shown = new Promise<void>((resolve) => {
      feed.onPrediction = resolve;
    });
    const id = feed.predictAt(Float64Array.of(0, 0, 1, 1), 2);
    await shown;
    expect(feed.prediction()).toMatchObject({ id, epoch: 5 });
    expect(feed.prediction()?.values).toHaveLength(2);
  });

  it('answers a probe at once with the network as trained so far, equal bit for bit to reading the same model here', async () => {
    const p = plan({ dataset: 'xor', epochs: '5' });
    const feed = startFeed(p, { reportEvery: 1, epochsPerChunk: Number.POSITIVE_INFINITY });
    await drain(feed);
    const shown = new Promise<void>((resolve) => {
      feed.onPrediction = resolve;
    });
    const x = Float64Array.of(0.5, -0.5, 0, 0, 1, 1);
    const id = feed.probe({ x, n: 3, layer: 1, unit: 4 });
    await shown;
    const r = feed.reading();
    expect(r).toMatchObject({ id, epoch: 5 });
    const run = materializeRun(p);
    [...trainSync(run.model, run.data, { ...run.options, reportEvery: 1 })];
    const here = readNetwork(run.model as NetworkModel, p, { id, x, n: 3, layer: 1, unit: 4 }, 5);
    expect(r?.layers.map((l) => [...l.a])).toEqual(here.layers.map((l) => [...l.a]));
    expect(r?.layers.map((l) => [...l.z])).toEqual(here.layers.map((l) => [...l.z]));
    expect([...(r?.input ?? [])]).toEqual([...here.input]);
    expect(r?.neuron && [...r.neuron.weights]).toEqual([...here.neuron!.weights]);
    expect(r?.neuron && [...r.neuron.grads]).toEqual([...here.neuron!.grads]);
  });

  it('brings readings with the chunks, never one made past the epoch taken, and the last at the last epoch', async () => {
    const p = plan({ dataset: 'xor', epochs: '30' });
    const feed = startFeed(p, { reportEvery: 1, epochsPerChunk: 3 });
    feed.probe({ x: Float64Array.of(0.1, 0.2), n: 1, layer: 0, unit: 0 });
    let behind = 0;
    await drain(feed, (e) => {
      const r = feed.reading();
      if (r !== null && r.epoch > epochOf(e)) behind++;
    });
    expect(behind).toBe(0);
    expect(feed.reading()?.epoch).toBe(30);
    expect(feed.reading()?.layers.map((l) => l.a.length)).toEqual([16, 16, 1]);
  });

  it('yields the tutorial neuron’s events bit for bit, and its chart follows the taken events', async () => {
    const flags = { epochs: '300', gradient: 'tutorial-mistake' };
    const want = reference(flags, 7);
    const xs = Float64Array.of(-10, 0, 25, 100);
    // 25 epochs a chunk: the worker is chunks ahead of what is taken, yet the chart shows the taken chunk's end
    const feed = startFeed(plan(flags), { reportEvery: 7, epochsPerChunk: 25, chart: { x: xs, n: 4 } });
    let checked = 0;
    const got = await drain(feed, (e) => {
      const p = feed.prediction();
      if (e.type === 'error' || p === null || p.epoch !== epochOf(e)) return;
      // the neuron's own predict at the event's parameters: the same arithmetic, so bit for bit
      const n = neuronParams(e.params)!;
      expect(p.values).toEqual(createNeuron({ w: n.w.value, b: n.b.value }).predict(xs, 4));
      checked++;
    });
    expect(got).toEqual(want.events);
    expect(got.at(-1)).toMatchObject({ type: 'done', epochs: 300, reason: 'completed' });
    expect(checked).toBeGreaterThan(5);
    expect(feed.initial?.epoch).toBe(0);
    expect(savedParams(await feed.modelFile())).toEqual(want.params);
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
    const feed = startFeed(plan(flags), { reportEvery: 3, epochsPerChunk: Number.POSITIVE_INFINITY });
    const got = await drain(feed);
    expect(got).toEqual(want.events);
    expect(got.at(-1)).toMatchObject({ type: 'done', epochs: 40, testLoss: expect.any(Number) });
    // 16×16 weights are too many to be reported in events: the worker's model file has them all
    expect(savedParams(await feed.modelFile())).toEqual(want.params);
  });

  it('starts from the model it is given, as with --init', async () => {
    const start = () => createNeuron({ w: -0.25, b: 3.5 });
    const want = reference({ epochs: '50' }, 10, start);
    const feed = startFeed(plan({ epochs: '50' }, start()), { reportEvery: 10, epochsPerChunk: 5 });
    expect(await drain(feed)).toEqual(want.events);
  });

  it('works inside a TrainSession at full speed, ending where trainSync ends', async () => {
    const want = reference({ epochs: '2000' }, 20);
    const feed = startFeed(plan({ epochs: '2000' }), { reportEvery: 20, epochsPerChunk: Number.POSITIVE_INFINITY });
    const state = await new TrainSession(feed, { speed: 'max' }).run();
    expect(state.done).toEqual(want.events.at(-1));
    expect(savedParams(await feed.modelFile())).toEqual(want.params);
  });

  it('saves the epoch on screen: a session held still mid-run leaves the worker at the shown event', async () => {
    const feed = startFeed(plan({ epochs: '10000000' }), { reportEvery: 1000, epochsPerChunk: 50_000 });
    const session = new TrainSession(feed, { speed: 'max' });
    // asked for as the first progress is shown, mid-run
    const held = new Promise<boolean>((resolve) => {
      const off = session.subscribe(() => {
        if (session.state.epoch === 0) return;
        off();
        resolve(session.holdStill());
      });
    });
    session.run().catch(() => undefined);
    expect(await held).toBe(true);
    const m = await feed.modelFile();
    expect(m.epoch).toBe(session.state.epoch);
    const shown = neuronParams(session.state.params)!;
    expect(savedParams(m)).toEqual([[shown.w.value], [shown.b.value]]);
    session.stop();
  });

  it('trains only what was asked for: a consumer that stops taking stops the worker within two chunks', async () => {
    const feed = startFeed(plan({ epochs: '100000' }), { reportEvery: 1, epochsPerChunk: 10 });
    await feed.ready();
    // answered after every pull sent before it: the worker's own count of the epochs it trained
    const m = await feed.modelFile();
    expect(m.epoch).toBeGreaterThanOrEqual(10);
    expect(m.epoch).toBeLessThanOrEqual(20);
    expect(epochOf(takeReady(feed).at(-1)!)).toBe(m.epoch);
  });

  it('trains nothing ahead while paused: a hold cancels the chunks not begun, a step gets one report', async () => {
    const feed = startFeed(plan({ epochs: '100000' }), { reportEvery: 1, epochsPerChunk: 10 });
    // paused at once: the thread is still loading, so it reads the hold with both pulls and begins neither
    feed.setPace(0);
    expect((await feed.modelFile()).epoch).toBe(0);
    expect(takeReady(feed)).toEqual([]);
    // a step waits, and the wait asks for exactly one report: the start event and epoch 1, nothing past it
    await feed.ready();
    expect((await feed.modelFile()).epoch).toBe(1);
    expect(takeReady(feed).map(epochOf)).toEqual([0, 1]);
    feed.setPace(10);
    await feed.ready();
    expect(feed.take()).toMatchObject({ type: 'progress', epoch: 2 });
  });

  it('settles a pause with the chunk that was in training, then trains nothing, so a quit ends at the shown epoch', async () => {
    const feed = startFeed(plan({ epochs: '10000000' }), {
      reportEvery: 1000,
      epochsPerChunk: Number.POSITIVE_INFINITY,
    });
    await feed.ready();
    feed.setPace(0);
    await feed.settle();
    const shown = epochOf(takeReady(feed).at(-1)!);
    expect(shown).toBeGreaterThan(0);
    // nothing was trained past it while paused: the worker says where its model is, and sent nothing more
    expect((await feed.modelFile()).epoch).toBe(shown);
    expect(feed.take()).toBeUndefined();
    // quit as the session does: abort, then take to the end at full speed
    feed.abort();
    feed.setPace(Number.POSITIVE_INFINITY);
    const rest = await drain(feed);
    expect(rest).toHaveLength(1);
    expect(rest[0]).toMatchObject({ type: 'done', reason: 'aborted', epochs: shown });
  });

  it('answers a wait that began before a pause’s cancelled chunks came back, instead of hanging', async () => {
    const feed = startFeed(plan({ epochs: '100000' }), { reportEvery: 1, epochsPerChunk: 10 });
    // pause while both pulls are out, then wait at once: the hold empties both, and only the wait can ask again
    feed.setPace(0);
    await feed.ready();
    expect(feed.take()).toMatchObject({ type: 'start' });
  });

  it('stops on abort at an epoch boundary and still sends the done event, reason aborted', async () => {
    const stop = new AbortController();
    const feed = startFeed(plan({ epochs: '10000000' }), {
      reportEvery: 1000,
      epochsPerChunk: Number.POSITIVE_INFINITY,
      signal: stop.signal,
    });
    await feed.ready();
    stop.abort();
    const events = await drain(feed);
    const done = events.at(-1);
    expect(done).toMatchObject({ type: 'done', reason: 'aborted' });
    expect(done?.type === 'done' && done.epochs).toBeLessThan(10_000_000);
    // the worker's model is at the parameters the done event reports
    const p = done?.type === 'done' ? neuronParams(done.params) : null;
    expect(savedParams(await feed.modelFile())).toEqual([[p?.w.value], [p?.b.value]]);
  });

  it('rejects with the worker’s one-line error instead of hanging when training throws', async () => {
    const good = plan({ epochs: '10' });
    const broken = { ...good, training: { ...good.training, lr: -1 } };
    const feed = startFeed(broken, { reportEvery: 1, epochsPerChunk: 10 });
    const error = await drain(feed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/lr/);
    expect((error as Error).message).not.toContain('\n');
    // and a save asked after that is refused, not left waiting
    await expect(feed.modelFile()).rejects.toThrow(/training thread/);
  });

  it('reports a thread that failed before the feed listened', async () => {
    const thread = new TrainThread(new URL('./no-such-worker.js', WORKER));
    // a thread that fails to load reports within a second when idle; a machine busy with other suites needs longer
    await vi.waitUntil(() => thread.error !== null, { timeout: 10_000 });
    const feed = new WorkerFeed(thread);
    feeds.push(feed);
    feed.start(plan({ epochs: '10' }), { reportEvery: 1, epochsPerChunk: 10 });
    await expect(feed.ready()).rejects.toThrow(/no-such-worker/);
  });

  it('closes by waiting for the thread’s exit, after which no save is waited for', async () => {
    const thread = new TrainThread(WORKER);
    const feed = new WorkerFeed(thread).start(plan({ epochs: '100000' }), { reportEvery: 1, epochsPerChunk: 10 });
    feeds.push(feed);
    await feed.ready();
    await feed.close();
    expect(thread.exitCode).not.toBeNull();
    await expect(feed.modelFile()).rejects.toThrow(/training thread is gone/);
  });
});
