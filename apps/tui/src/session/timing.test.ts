import { describe, expect, it } from 'vitest';
import { Timing } from './timing.js';

describe('Timing', () => {
  it('gives a run that ended within one sampling interval its average rate', () => {
    const t = new Timing();
    t.begin(1000);
    t.update(300, 1024); // 24 ms: too soon for a sample
    expect(t.epochsPerSecond()).toBeNaN();
    t.end(1024, 300);
    expect(t.epochsPerSecond()).toBeCloseTo(12_500, 6);
    expect(t.elapsed(5000)).toBe(24);
  });

  it('does not know the elapsed time of a clock never started (a run read back from its log)', () => {
    const t = new Timing();
    expect(t.elapsed(5000)).toBeNaN();
    t.end(5000, 30);
    expect(t.epochsPerSecond()).toBeNaN();
  });

  it('keeps the measured rate of a longer run and leaves pauses out of the average', () => {
    const long = new Timing();
    long.begin(0);
    long.update(100, 500);
    long.end(2000, 1000);
    expect(long.epochsPerSecond()).toBe(200);
    const paused = new Timing();
    paused.begin(0);
    paused.pause(20);
    paused.resume(10_020, 10);
    paused.end(10_050, 50);
    expect(paused.elapsed(20_000)).toBe(50);
    expect(paused.epochsPerSecond()).toBe(1000);
  });

  it('has an ETA while training and none once training has ended before its last epoch (stopped or diverged)', () => {
    const t = new Timing();
    t.begin(0);
    t.update(100, 500);
    expect(t.eta(300)).toBe(1500);
    t.end(600, 120);
    expect(t.eta(280)).toBeNaN();
    expect(t.epochsPerSecond()).toBe(200);
  });
});
