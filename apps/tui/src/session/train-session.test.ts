import { neuronParams } from '@neuronlab/lab';
import { describe, expect, it, vi } from 'vitest';
import { ChunkFeed, neuronEvents } from '../test-util/events.test-util.js';
import { chunkEpochs, defaultSpeed, stepSpeed } from './speed.js';
import { TrainSession } from './train-session.js';

describe('TrainSession', () => {
  it('runs a stream to the end at full speed and keeps the latest parameters', async () => {
    const s = new TrainSession(new ChunkFeed(neuronEvents(50)), { speed: 'max' });
    const state = await s.run();
    expect(state.done?.epochs).toBe(50);
    expect(state.epoch).toBe(50);
    expect(state.history.epochs).toHaveLength(51);
    expect(neuronParams(state.params)?.w.value).toBeGreaterThan(1.7);
    expect(state.best).toBeLessThan(state.history.train[0] ?? 0);
  });

  it('shows the planned epochs before the start event, and the start event’s count after it', async () => {
    const s = new TrainSession(new ChunkFeed(neuronEvents(50)), { speed: 'max', epochs: 500 });
    expect(s.state.totalEpochs).toBe(500);
    const state = await s.run();
    expect(state.totalEpochs).toBe(50);
  });

  it('stops taking while paused, so the feed produces nothing, and takes exactly one epoch per step', async () => {
    const feed = new ChunkFeed(neuronEvents(50), 5);
    const s = new TrainSession(feed, { speed: 'max' });
    s.togglePause();
    const done = s.run();
    // still: the loop waits for a key, paused, and takes nothing until one comes
    await s.holdStill();
    expect(s.state.epoch).toBe(0);
    expect(feed.produced).toBe(0);
    s.step();
    await vi.waitUntil(() => s.state.epoch === 1, { timeout: 5_000 });
    await s.holdStill();
    // the start event and epoch 1 came from the one chunk asked for; nothing more was produced
    expect(s.state.epoch).toBe(1);
    expect(feed.produced).toBe(5);
    s.togglePause();
    expect((await done).done?.reason).toBe('completed');
  });

  it('on pause, takes what was in training when the pause came, then holds there', async () => {
    const feed = new ChunkFeed(neuronEvents(30), 10);
    const s = new TrainSession(feed, { speed: 'max' });
    // one chunk asked for and not yet back when the pause comes, as when the worker is mid-chunk
    const inFlight = feed.ready();
    s.togglePause();
    const done = s.run();
    await inFlight;
    // the start event and epochs 1–9: the chunk that was in training is shown, and nothing more is asked for
    await s.holdStill();
    expect(s.state.epoch).toBe(9);
    expect(feed.produced).toBe(10);
    s.togglePause();
    expect((await done).done?.epochs).toBe(30);
  });

  it('holds still for a save: pauses a running session, takes what was in training, then lets it resume', async () => {
    const feed = new ChunkFeed(neuronEvents(300), 7);
    const s = new TrainSession(feed, { speed: 'max' });
    // asked for as the first events are shown, mid-run
    const held = new Promise<boolean>((resolve) => {
      const off = s.subscribe(() => {
        if (s.state.epoch === 0) return;
        off();
        resolve(s.holdStill());
      });
    });
    const done = s.run();
    expect(await held).toBe(true);
    expect(s.paused).toBe(true);
    // everything produced was taken: the source is exactly at the epoch on screen (7 events a chunk, start first)
    expect(s.state.epoch).toBe(feed.produced - 1);
    s.togglePause();
    expect((await done).done?.epochs).toBe(300);
    // after the end there is nothing to hold: the final model is the one on screen
    expect(await s.holdStill()).toBe(false);
  });

  it('applies a whole chunk without waiting per event', async () => {
    const feed = new ChunkFeed(neuronEvents(200), 50);
    let waits = 0;
    const ready = feed.ready.bind(feed);
    feed.ready = () => {
      waits++;
      return ready();
    };
    const state = await new TrainSession(feed, { speed: 'max' }).run();
    expect(state.done?.epochs).toBe(200);
    // 202 events in 5 chunks: one wait per chunk, not one per event
    expect(waits).toBeLessThanOrEqual(6);
  });

  it('tells the feed how far to train ahead: one frame of the pace, nothing while paused, no limit at max', () => {
    const feed = new ChunkFeed(neuronEvents(10));
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
      const s = new TrainSession(new ChunkFeed(neuronEvents(10)), { speed: 'max', frameMs: 50, now: () => t });
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
    const s = new TrainSession(new ChunkFeed(neuronEvents(20)), { speed: 'max' });
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

  it('sizes a chunk of events to one frame of the pace, unbounded at max', () => {
    expect(chunkEpochs(2500, 50)).toBe(125);
    expect(chunkEpochs(1, 50)).toBe(1);
    expect(chunkEpochs('max', 50)).toBe(Number.POSITIVE_INFINITY);
  });
});
