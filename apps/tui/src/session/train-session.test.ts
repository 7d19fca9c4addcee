import { neuronParams } from '@neuronlab/lab';
import { describe, expect, it, vi } from 'vitest';
import { BatchFeed, neuronEvents } from '../test-util/events.test-util.js';
import { batchEpochs, defaultSpeed, stepSpeed } from './speed.js';
import { TrainSession } from './train-session.js';

describe('TrainSession', () => {
  it('runs a stream to the end at full speed and keeps the latest parameters', async () => {
    const s = new TrainSession(new BatchFeed(neuronEvents(50)), { speed: 'max' });
    const state = await s.run();
    expect(state.done?.epochs).toBe(50);
    expect(state.epoch).toBe(50);
    expect(state.history.epochs).toHaveLength(51);
    expect(neuronParams(state.params)?.w.value).toBeGreaterThan(1.7);
    expect(state.best).toBeLessThan(state.history.train[0] ?? 0);
  });

  it('stops taking while paused, so the feed produces nothing, and takes exactly one epoch per step', async () => {
    const feed = new BatchFeed(neuronEvents(50), 5);
    const s = new TrainSession(feed, { speed: 'max' });
    s.togglePause();
    const done = s.run();
    await new Promise((r) => setTimeout(r, 20));
    expect(s.state.epoch).toBe(0);
    expect(feed.produced).toBe(0);
    s.step();
    await vi.waitUntil(() => s.state.epoch === 1);
    await new Promise((r) => setTimeout(r, 20));
    // the start event and epoch 1 came from the one batch asked for; nothing more was produced
    expect(s.state.epoch).toBe(1);
    expect(feed.produced).toBe(5);
    s.togglePause();
    expect((await done).done?.reason).toBe('completed');
  });

  it('on pause, takes what was in training when the pause came, then holds there', async () => {
    const feed = new BatchFeed(neuronEvents(30), 10);
    const s = new TrainSession(feed, { speed: 'max' });
    // one batch asked for and not yet back when the pause comes, as when the worker is mid-batch
    const inFlight = feed.ready();
    s.togglePause();
    const done = s.run();
    await inFlight;
    // the start event and epochs 1–9: the batch that was in training is shown, and nothing more is asked for
    await vi.waitUntil(() => s.state.epoch === 9);
    await new Promise((r) => setTimeout(r, 20));
    expect(s.state.epoch).toBe(9);
    expect(feed.produced).toBe(10);
    s.togglePause();
    expect((await done).done?.epochs).toBe(30);
  });

  it('applies a whole batch without waiting per event', async () => {
    const feed = new BatchFeed(neuronEvents(200), 50);
    let waits = 0;
    const ready = feed.ready.bind(feed);
    feed.ready = () => {
      waits++;
      return ready();
    };
    const state = await new TrainSession(feed, { speed: 'max' }).run();
    expect(state.done?.epochs).toBe(200);
    // 202 events in 5 batches: one wait per batch, not one per event
    expect(waits).toBeLessThanOrEqual(6);
  });

  it('tells the feed how far to train ahead: one frame of the pace, nothing while paused, no limit at max', () => {
    const feed = new BatchFeed(neuronEvents(10));
    const s = new TrainSession(feed, { speed: 2500, frameMs: 50 });
    s.changeSpeed(1);
    s.togglePause();
    s.changeSpeed(-1);
    s.togglePause();
    s.stop();
    expect(feed.paces).toEqual([125, 250, 0, 0, 125, Number.POSITIVE_INFINITY]);
  });

  it('draws a change that falls inside a frame when the frame ends', () => {
    vi.useFakeTimers();
    try {
      let t = 0;
      const s = new TrainSession(new BatchFeed(neuronEvents(10)), { speed: 'max', frameMs: 50, now: () => t });
      let calls = 0;
      s.subscribe(() => calls++);
      s.notify(false);
      t = 10;
      s.notify(false);
      s.notify(false);
      expect(calls).toBe(1);
      t = 50;
      vi.advanceTimersByTime(40);
      expect(calls).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('tells listeners when the state changes', async () => {
    const s = new TrainSession(new BatchFeed(neuronEvents(20)), { speed: 'max' });
    let calls = 0;
    s.subscribe(() => calls++);
    await s.run();
    expect(calls).toBeGreaterThan(0);
  });
});

describe('speeds', () => {
  it('shows the tutorial run in about four seconds by default', () => {
    expect(defaultSpeed(10_000)).toBe(2500);
    expect(defaultSpeed(5)).toBe(10);
  });

  it('steps through the pace ladder and stops at its ends', () => {
    expect(stepSpeed(2500, 1)).toBe(5000);
    expect(stepSpeed(2500, -1)).toBe(1000);
    expect(stepSpeed(2400, 1)).toBe(2500);
    expect(stepSpeed('max', 1)).toBe('max');
    expect(stepSpeed('max', -1)).toBe(100_000);
    expect(stepSpeed(1, -1)).toBe(1);
  });

  it('sizes a batch to one frame of the pace, unbounded at max', () => {
    expect(batchEpochs(2500, 50)).toBe(125);
    expect(batchEpochs(1, 50)).toBe(1);
    expect(batchEpochs('max', 50)).toBe(Number.POSITIVE_INFINITY);
  });
});
