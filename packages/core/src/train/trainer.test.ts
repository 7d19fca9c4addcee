import { describe, expect, it } from 'vitest';
import { DivergenceError } from '../errors.js';
import { createNeuron, Neuron } from '../neuron/neuron.js';
import { tutorialBatch } from '../neuron/tutorial-data.test-util.js';
import type { TrainEvent } from './events.js';
import type { TrainData, TrainOptions } from './options.js';
import { fit, train, trainSync } from './train.js';
import { Trainer } from './trainer.js';

const data: TrainData = { train: tutorialBatch() };

async function collect(stream: AsyncIterable<TrainEvent>): Promise<TrainEvent[]> {
  const events: TrainEvent[] = [];
  for await (const e of stream) events.push(e);
  return events;
}

function byRunEpoch(model: Neuron, options: TrainOptions): TrainEvent[] {
  const trainer = new Trainer(model, data, options);
  const events: TrainEvent[] = [];
  while (!trainer.finished) events.push(...trainer.runEpoch());
  return events;
}

const json = (events: TrainEvent[]) => JSON.parse(JSON.stringify(events));

describe('train', () => {
  it('emits start, a progress event every reportEvery epochs and after the last, then done', () => {
    const events = [...trainSync(new Neuron(0.5, 0.5), data, { epochs: 25, reportEvery: 10 })];
    expect(events.map((e) => (e.type === 'progress' ? e.epoch : e.type))).toEqual(['start', 10, 20, 25, 'done']);
  });

  it('reports every loss at the parameters the same event carries', () => {
    const events = [...trainSync(new Neuron(0.5, 0.5), { ...data, test: tutorialBatch() }, { epochs: 3 })];
    const ref = new Neuron(0.5, 0.5);
    // exact: the trainer runs the same float64 operations as this replay
    expect(events[0]?.type === 'start' && events[0].loss).toBe(ref.evaluate(data.train));
    for (const e of events.slice(1)) {
      if (e.type !== 'progress' && e.type !== 'done') throw new Error(`expected progress or done, got ${e.type}`);
      const [w, b] = e.params.map((p) => p.values?.[0] ?? Number.NaN);
      const atParams = new Neuron(w!, b!).evaluate(data.train);
      expect(e.loss).toBe(atParams);
      expect(e.testLoss).toBe(atParams);
    }
    const [, , second, , done] = events;
    expect(done?.type === 'done' && done.loss).toBeLessThan(second?.type === 'progress' ? second.loss : 0);
  });

  it('gives bit-identical events from the async stream, the sync stream and runEpoch for the same options', async () => {
    const options: TrainOptions = { epochs: 60, lr: 5e-4, batchSize: 16, seed: 9, reportEvery: 7 };
    const a = await collect(train(new Neuron(0.5, 0.5), data, options));
    const b = [...trainSync(new Neuron(0.5, 0.5), data, options)];
    const c = byRunEpoch(new Neuron(0.5, 0.5), options);
    expect(json(a)).toEqual(json(b));
    expect(json(c)).toEqual(json(b));
    expect(a.length).toBe(1 + 9 + 1);
  });

  it('yields plain JSON: every event survives JSON.stringify → JSON.parse unchanged', () => {
    const events = [
      ...trainSync(new Neuron(0.5, 0.5), { ...data, test: tutorialBatch() }, { epochs: 3, batchSize: 7 }),
    ];
    expect(json(events)).toStrictEqual(events);
    const error = [...trainSync(new Neuron(0.5, 0.5), data, { lr: 1.3e-3 })].at(-1);
    expect(json([error!])).toStrictEqual([error]);
  });

  it('treats a batch size of the whole set as full batch, in sample order', () => {
    const run = (batchSize: number | 'full') =>
      json([...trainSync(new Neuron(0.5, 0.5), data, { epochs: 5, batchSize, seed: 3 })]);
    expect(run(100)).toEqual(run('full'));
    expect(run(1000)).toEqual(run('full'));
  });

  it('counts every minibatch step and reports the loss on the whole set at the reported parameters', () => {
    const neuron = new Neuron(0.5, 0.5);
    const events = [...trainSync(neuron, data, { epochs: 2, batchSize: 30, lr: 1e-3 })];
    const last = events.at(-2);
    expect(last?.type === 'progress' && last.step).toBe(2 * 4);
    expect(last?.type === 'progress' && last.loss).toBe(new Neuron(neuron.w, neuron.b).evaluate(data.train));
    expect(events[0]?.type === 'start' && events[0].batchesPerEpoch).toBe(4);
  });

  it('shuffles minibatches by seed: a different seed gives a different run', () => {
    const run = (seed: number) => json([...trainSync(new Neuron(0.5, 0.5), data, { epochs: 5, batchSize: 10, seed })]);
    expect(run(1)).toEqual(run(1));
    expect(run(1)).not.toEqual(run(2));
  });

  it('stops computing when the consumer stops pulling, and resumes where it paused', async () => {
    const neuron = new Neuron(0.5, 0.5);
    const stream = train(neuron, data, { epochs: 1000, reportEvery: 1 });
    await stream.next(); // start
    await stream.next(); // progress 1
    const paused = [neuron.w, neuron.b];
    await new Promise((resolve) => setTimeout(resolve, 30));
    // a pause of 30 ms moved nothing: no work happens between pulls beyond the epoch already reported
    expect([neuron.w, neuron.b]).toEqual(paused);
    const next = await stream.next();
    expect(next.value?.type === 'progress' && next.value.epoch).toBe(2);
    await stream.return();
    expect(neuron.w).not.toBe(paused[0]);
  });

  it('ends with done reason aborted when the AbortSignal fires', async () => {
    const controller = new AbortController();
    const events: TrainEvent[] = [];
    for await (const e of train(new Neuron(0.5, 0.5), data, { epochs: 10_000, signal: controller.signal })) {
      events.push(e);
      if (e.type === 'progress' && e.epoch === 3) controller.abort();
    }
    const done = events.at(-1);
    expect(done?.type === 'done' && [done.reason, done.epochs]).toEqual(['aborted', 3]);
  });

  it('lets a timer abort a long run because it yields to the event loop', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 5);
    // reportEvery is huge, so the consumer never gets a chance to abort: only the timer can
    const events = await collect(
      train(new Neuron(0.5, 0.5), data, { epochs: 1e9, reportEvery: 1e9, signal: controller.signal }),
    );
    const done = events.at(-1);
    expect(done?.type === 'done' && done.reason).toBe('aborted');
    expect(done?.type === 'done' && done.epochs).toBeLessThan(1e9);
  });

  it('stops early with reason target-loss', () => {
    const done = fit(new Neuron(0.5, 0.5), data, { lr: 1e-3, targetLoss: 1 });
    expect(done.reason).toBe('target-loss');
    expect(done.epochs).toBeLessThan(10_000);
    expect(done.loss).toBeLessThan(1);
  });

  it('stops with a diverged error naming the epoch, the learning rate and the stable limit at lr 1.3e-3', () => {
    const events = [...trainSync(new Neuron(0.5, 0.5), data, { lr: 1.3e-3, reportEvery: 1000 })];
    const error = events.at(-1);
    expect(error?.type).toBe('error');
    if (error?.type !== 'error') return;
    expect(error.code).toBe('diverged');
    expect(error.lr).toBe(1.3e-3);
    // 2/λmax for x = −50..49; the reference script prints 0.0011997596157312022
    expect(error.stableLimit).toBeCloseTo(1.1997596157312022e-3, 15);
    expect(error.message).toContain(`epoch ${error.epoch}`);
    expect(error.message).toContain('0.0013');
    expect(error.message).toContain('0.0012');
    // the loss grows ×1.36 per epoch, so the window of 20 rising epochs catches it long before overflow
    expect(error.epoch).toBeLessThan(100);
    expect(() => fit(new Neuron(0.5, 0.5), data, { lr: 1.3e-3 })).toThrow(DivergenceError);
  });

  it('reports r2 for regression and accuracy for binary data', () => {
    const done = fit(new Neuron(0.5, 0.5), data, { lr: 1e-3 });
    // 10,000 steps at 1e-3 reach the exact line up to ~1e-7, so r2 is 1 to well within 1e-9
    expect(done.metrics?.r2).toBeCloseTo(1, 9);
    const x = Float64Array.of(-2, -1, 1, 2);
    const y = Float64Array.of(0, 0, 1, 1);
    const binary = fit(new Neuron(0, 0.5), { train: { x, y, n: 4 } }, { epochs: 200, lr: 0.05, task: 'binary' });
    expect(binary.metrics).toEqual({ accuracy: 1 });
  });

  it('includes test loss and values only up to reportValuesUpTo', () => {
    const events = [
      ...trainSync(new Neuron(0.5, 0.5), { ...data, test: tutorialBatch() }, { epochs: 1, reportValuesUpTo: 0 }),
    ];
    const done = events.at(-1);
    expect(done?.type === 'done' && done.testLoss).toBe(done?.type === 'done' && done.loss);
    expect(done?.type === 'done' && done.params[0]).not.toHaveProperty('values');
  });

  it('gives done the test loss and metrics of the last progress event, measured once at the final parameters', () => {
    const test = tutorialBatch();
    let testEvaluations = 0;
    let predictions = 0;
    class Counted extends Neuron {
      override evaluate(batch: typeof test): number {
        if (batch === test) testEvaluations++;
        return super.evaluate(batch);
      }
      override predictInto(x: Float64Array, n: number, out: Float64Array): Float64Array {
        predictions++;
        return super.predictInto(x, n, out);
      }
    }
    const model = new Counted(0.5, 0.5);
    const events = [...trainSync(model, { ...data, test }, { epochs: 3, metricsEvery: 1 })];
    const last = events.at(-2);
    const done = events.at(-1);
    if (last?.type !== 'progress' || done?.type !== 'done') throw new Error('expected progress, then done');
    // start and three progress events measure the test set and (progress) the metrics; done measures neither again
    expect(testEvaluations).toBe(4);
    expect(predictions).toBe(3);
    expect(done.testLoss).toBe(last.testLoss);
    expect(done.testLoss).toBe(new Neuron(model.w, model.b).evaluate(test));
    expect(done.metrics).toEqual(last.metrics);
    expect(done.metrics).not.toBe(last.metrics);
  });

  it('follows a learning-rate schedule and reports the rate used', () => {
    const events = [...trainSync(new Neuron(0.5, 0.5), data, { epochs: 3, schedule: (epoch, base) => base / epoch })];
    expect(events.flatMap((e) => (e.type === 'progress' ? [e.lr] : []))).toEqual([1e-4, 1e-4 / 2, 1e-4 / 3]);
  });

  it('ends with an invalid error naming the epoch when the schedule returns an unusable rate', () => {
    const schedule = (epoch: number, base: number) => (epoch < 3 ? base : -1);
    const events = [...trainSync(new Neuron(0.5, 0.5), data, { epochs: 5, schedule })];
    expect(events.map((e) => (e.type === 'progress' ? e.epoch : e.type))).toEqual(['start', 1, 2, 'error']);
    const error = events.at(-1);
    expect(error?.type === 'error' && [error.code, error.epoch, error.lr]).toEqual(['invalid', 2, -1]);
    expect(error?.type === 'error' && error.message).toMatch(/schedule returned learning rate -1 for epoch 3/);
  });

  it('gives the same events with a constant schedule as with none', () => {
    const constant = (_epoch: number, base: number) => base;
    const cases: TrainOptions[] = [
      { epochs: 300, lr: 1e-4, reportEvery: 7 },
      { epochs: 300, lr: 1e-3, reportEvery: 50, targetLoss: 5 },
      { epochs: 300, lr: 1.3e-3, reportEvery: 1 },
    ];
    for (const options of cases) {
      const plain = [...trainSync(new Neuron(0.5, 0.5), data, options)];
      const scheduled = [...trainSync(new Neuron(0.5, 0.5), data, { ...options, schedule: constant })];
      expect(json(plain)).toEqual(json(scheduled));
    }
    const aborted = new AbortController();
    const plain = new Trainer(new Neuron(0.5, 0.5), data, { epochs: 100, reportEvery: 10, signal: aborted.signal });
    const scheduled = new Trainer(new Neuron(0.5, 0.5), data, {
      epochs: 100,
      reportEvery: 10,
      schedule: constant,
      signal: aborted.signal,
    });
    for (let i = 0; i < 3; i++) [plain.next(), scheduled.next()];
    aborted.abort();
    const rest = (t: Trainer) => [
      ...(function* () {
        for (let e = t.next(); e; e = t.next()) yield e;
      })(),
    ];
    expect(json(rest(plain))).toEqual(json(rest(scheduled)));
  });

  it('runs at most the epochs runUntilEvent allows, and stops early at an event', () => {
    const trainer = new Trainer(new Neuron(0.5, 0.5), data, { epochs: 50, reportEvery: 20 });
    expect(trainer.runUntilEvent(5)).toBe(0); // only the start event
    expect(trainer.takeEvent()?.type).toBe('start');
    expect(trainer.runUntilEvent(7)).toBe(7);
    expect(trainer.takeEvent()).toBeUndefined();
    expect(trainer.runUntilEvent(100)).toBe(13); // epoch 20 reports
    expect(trainer.takeEvent()).toMatchObject({ type: 'progress', epoch: 20 });
    expect(trainer.epoch).toBe(20);
  });

  it('rejects bad options with messages that say what to do', () => {
    const neuron = createNeuron({ seed: 1 });
    expect(() => new Trainer(neuron, data, { lr: -1 })).toThrow(/lr must be a number > 0, got -1/);
    expect(() => new Trainer(neuron, data, { optimizer: 'nope' })).toThrow(TypeError);
    expect(() => new Trainer(neuron, { train: { x: new Float64Array(3), y: new Float64Array(2), n: 3 } })).toThrow(
      /3×1 targets/,
    );
  });

  it('ends with an invalid error when the data holds NaN', () => {
    const x = Float64Array.of(1, Number.NaN);
    const events = [...trainSync(new Neuron(0, 0), { train: { x, y: Float64Array.of(1, 2), n: 2 } })];
    expect(events.map((e) => e.type)).toEqual(['start', 'error']);
    expect(events[1]?.type === 'error' && events[1].code).toBe('invalid');
  });
});

describe('train as an async iterator', () => {
  it('answers next() calls made before earlier ones settle, in epoch order, then reports done forever', async () => {
    const stream = train(new Neuron(0.5, 0.5), data, { epochs: 40 });
    // 40 progress events + start + done = 42; ask for more at once to see the end state repeat
    const results = await Promise.all(Array.from({ length: 45 }, () => stream.next()));
    const types = results.map((r) => (r.done ? 'end' : r.value.type));
    expect(types[0]).toBe('start');
    expect(types.slice(1, 41)).toEqual(Array(40).fill('progress'));
    expect(types.slice(41)).toEqual(['done', 'end', 'end', 'end']);
    const epochs = results.flatMap((r) => (!r.done && r.value.type === 'progress' ? [r.value.epoch] : []));
    expect(epochs).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('keeps the event order across the pauses it makes for the event loop', async () => {
    // long enough to cross several 16 ms slices, so the macrotask path runs between events
    const asyncEvents: TrainEvent[] = [];
    for await (const e of train(new Neuron(0.5, 0.5), data, { epochs: 200_000, reportEvery: 50_000 })) {
      asyncEvents.push(e);
    }
    const syncEvents = [...trainSync(new Neuron(0.5, 0.5), data, { epochs: 200_000, reportEvery: 50_000 })];
    expect(JSON.stringify(asyncEvents)).toBe(JSON.stringify(syncEvents));
  });

  it('stops for good after return()', async () => {
    const stream = train(new Neuron(0.5, 0.5), data, { epochs: 100 });
    await stream.next();
    await stream.return(undefined);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });
});
