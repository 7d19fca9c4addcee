import { describe, expect, it } from 'vitest';
import { asAsync, neuronEvents } from '../test-util/events.test-util.js';
import { scalarParam } from './dashboard-state.js';
import { defaultSpeed, stepSpeed } from './speed.js';
import { TrainSession } from './train-session.js';

describe('TrainSession', () => {
  it('runs a stream to the end at full speed and keeps the latest parameters', async () => {
    const s = new TrainSession(asAsync(neuronEvents(50)), { speed: 'max' });
    const state = await s.run();
    expect(state.done?.epochs).toBe(50);
    expect(state.epoch).toBe(50);
    expect(state.history.epochs).toHaveLength(51);
    expect(scalarParam(state.params, 'w')?.value).toBeGreaterThan(1.7);
    expect(state.best).toBeLessThan(state.history.train[0] ?? 0);
  });

  it('stops pulling while paused and takes exactly one epoch per step', async () => {
    const s = new TrainSession(asAsync(neuronEvents(50)), { speed: 'max' });
    s.togglePause();
    const done = s.run();
    await new Promise((r) => setTimeout(r, 20));
    expect(s.state.epoch).toBe(0);
    s.step();
    await new Promise((r) => setTimeout(r, 20));
    expect(s.state.epoch).toBe(1);
    s.togglePause();
    expect((await done).done?.reason).toBe('completed');
  });

  it('tells listeners when the state changes', async () => {
    const s = new TrainSession(asAsync(neuronEvents(20)), { speed: 'max' });
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
});
