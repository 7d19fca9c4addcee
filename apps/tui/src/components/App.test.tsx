import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { TrainSession } from '../session/train-session.js';
import { BatchFeed, neuronEvents } from '../test-util/events.test-util.js';
import type { AppControls } from './App.js';
import { App } from './App.js';

const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

function setup() {
  const session = new TrainSession(new BatchFeed(neuronEvents(200)), { speed: 'max' });
  const calls: string[] = [];
  const controls: AppControls = {
    save: () => {
      calls.push('save');
      return 'saved to m.json';
    },
    quit: () => calls.push('quit'),
    interrupt: () => calls.push('interrupt'),
    saved: () => undefined,
  };
  const run = {
    info: { task: 't', model: 'neuron', optimizer: 'sgd', lr: 1e-4, seed: 1 },
    lossName: 'mse',
    chart: null,
    neuron: null,
  };
  return { session, calls, app: render(<App session={session} run={run} controls={controls} />) };
}

describe('App keys', () => {
  it('pauses on space and steps one epoch on n', async () => {
    const { session, app } = setup();
    app.stdin.write(' ');
    await tick();
    const done = session.run();
    await tick();
    expect(session.paused).toBe(true);
    const at = session.state.epoch;
    app.stdin.write('n');
    await tick();
    expect(session.state.epoch).toBe(at + 1);
    app.stdin.write(' ');
    await done;
    await tick(80);
    expect(app.lastFrame()).toContain('finished after 200 epochs');
  });

  it('changes speed with + and -, and the axis with l', async () => {
    const { session, app } = setup();
    session.speed = 2500;
    app.stdin.write('+');
    await tick();
    expect(session.speed).toBe(5000);
    app.stdin.write('-');
    app.stdin.write('-');
    await tick();
    expect(session.speed).toBe(1000);
  });

  it('saves on s and shows where, quits on q', async () => {
    const { calls, app } = setup();
    app.stdin.write('s');
    // waited for, not a fixed pause: on a busy machine Ink may draw the key's frame later than 30 ms
    await vi.waitFor(() => expect(app.lastFrame()).toContain('saved to m.json'));
    app.stdin.write('q');
    await vi.waitFor(() => expect(calls).toEqual(['save', 'quit']));
  });
});
