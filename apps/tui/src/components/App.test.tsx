import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { TrainSession } from '../session/train-session.js';
import { ChunkFeed, neuronEvents } from '../test-util/events.test-util.js';
import { testNetwork } from '../test-util/network.test-util.js';
import type { AppControls } from './App.js';
import { App } from './App.js';

function setup() {
  const session = new TrainSession(new ChunkFeed(neuronEvents(200)), { speed: 'max' });
  const calls: string[] = [];
  const controls: AppControls = {
    save: async () => {
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

// Ink reads keys and draws frames asynchronously; every check below waits for its condition, for up to 5 s on a
// busy machine (the default second is tight when other suites load both cores)
const WAIT = { timeout: 5_000 };

describe('App keys', () => {
  it('pauses on space and steps one epoch on n', async () => {
    const { session, app } = setup();
    app.stdin.write(' ');
    await vi.waitUntil(() => session.paused, WAIT);
    const done = session.run();
    // still: paused with everything taken, nothing more will be until a key
    await session.holdStill();
    const at = session.state.epoch;
    app.stdin.write('n');
    await vi.waitUntil(() => session.state.epoch > at, WAIT);
    await session.holdStill();
    expect(session.state.epoch).toBe(at + 1);
    app.stdin.write(' ');
    await done;
    await vi.waitFor(() => expect(app.lastFrame()).toContain('finished after 200 epochs'), WAIT);
  });

  it('changes speed with + and -', async () => {
    const { session, app } = setup();
    session.speed = 2500;
    app.stdin.write('+');
    await vi.waitUntil(() => session.speed !== 2500, WAIT);
    expect(session.speed).toBe(5000);
    app.stdin.write('-');
    app.stdin.write('-');
    await vi.waitUntil(() => session.speed !== 5000 && session.speed !== 2500, WAIT);
    expect(session.speed).toBe(1000);
  });

  it('switches the loss axis with l: two presses (forced log, then linear) draw it linear, a third goes back to the data’s choice', async () => {
    const { session, app } = setup();
    await session.run();
    // the losses span decades, so the automatic choice is a log axis
    await vi.waitFor(() => expect(app.lastFrame()).toContain('loss (mse, log)'), WAIT);
    app.stdin.write('l');
    app.stdin.write('l');
    await vi.waitFor(() => expect(app.lastFrame()).toContain('loss (mse)'), WAIT);
    app.stdin.write('l');
    await vi.waitFor(() => expect(app.lastFrame()).toContain('loss (mse, log)'), WAIT);
  });

  it('saves on s and shows where, quits on q', async () => {
    const { calls, app } = setup();
    app.stdin.write('s');
    await vi.waitFor(() => expect(app.lastFrame()).toContain('saved to m.json'), WAIT);
    app.stdin.write('q');
    await vi.waitFor(() => expect(calls).toEqual(['save', 'quit']), WAIT);
  });
});

describe('App keys of the network panel', () => {
  it('moves the selected neuron with the arrows, the sample with ] and [, and opens the formula with i', async () => {
    const session = new TrainSession(new ChunkFeed(neuronEvents(50)), { speed: 'max' });
    const { chart, asked } = testNetwork();
    const controls: AppControls = { save: async () => '', quit: () => {}, interrupt: () => {}, saved: () => undefined };
    const run = {
      info: { task: 't', model: 'mlp 2-4-3-1 tanh', optimizer: 'adam', lr: 0.01, seed: 1 },
      lossName: 'binary-cross-entropy',
      chart: null,
      neuron: null,
      network: chart,
    };
    const app = render(<App session={session} run={run} controls={controls} />);
    const last = () => asked.at(-1)?.s;
    await vi.waitUntil(() => last() !== undefined, WAIT);
    app.stdin.write('\u001b[C'); // right: the second layer
    await vi.waitUntil(() => last()?.layer === 1, WAIT);
    app.stdin.write('\u001b[B'); // down
    await vi.waitUntil(() => last()?.unit === 1, WAIT);
    await vi.waitFor(() => expect(app.lastFrame()).toContain('L2 neuron 2'), WAIT);
    app.stdin.write(']');
    await vi.waitUntil(() => last()?.sample === 1, WAIT);
    app.stdin.write('[');
    app.stdin.write('[');
    await vi.waitUntil(() => last()?.sample === 19, WAIT);
    app.stdin.write('i');
    await vi.waitFor(() => expect(app.lastFrame()).toContain('z = Σ wᵢ·aᵢ + b ='), WAIT);
    expect(last()).toEqual({ layer: 1, unit: 1, sample: 19, formula: true });
  });
});
