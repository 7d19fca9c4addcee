import { MessageChannel } from 'node:worker_threads';
import { trainSync } from '@neuronlab/core';
import { materializeRun, planRun, recipeFromFlags, TUTORIAL_RECIPE } from '@neuronlab/lab';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { neuronEvents } from '../test-util/events.test-util.js';
import { chartView, networkView } from '../views.js';
import { TrialDashboard } from './TrialDashboard.js';
import { TrialProbes } from './trial-probes.js';
import { applyTrialEvent, newTrial, type TrialState } from './trial-state.js';

/** A trial of the tutorial's neuron fed the hand-written stream up to epoch `upTo` of `epochs`. */
function trialAt(epochs: number, upTo: number, withPlan: boolean): TrialState {
  const t = newTrial(3, 'trial-3-lr1e-4', { lr: '1e-4' }, withPlan ? planRun(TUTORIAL_RECIPE) : null);
  for (const e of neuronEvents(epochs)) {
    if (e.type === 'progress' && e.epoch > upTo) break;
    applyTrialEvent(t, e);
  }
  return t;
}

describe('TrialDashboard', () => {
  it("shows a running trial on the single-run dashboard: its name, the run's header, progress, loss and parameters", () => {
    const trial = trialAt(100, 40, true);
    const f = render(
      <TrialDashboard trial={trial} lossName="mse" paused={false} logMode="auto" width={119} height={38} />,
    ).lastFrame();
    expect(f).toContain('trial 3 · trial-3-lr1e-4 · lr=1e-4 · running');
    expect(f).toContain('regression on celsius');
    expect(f).toMatch(/training\s*$/m);
    expect(f).toContain('epoch 40/100');
    expect(f).toContain('loss (mse');
    // the neuron's parameters panel, with the tutorial's targets from the trial's plan
    expect(f).toMatch(/w = 1\.\d+/);
    expect(f).toContain('∂L/∂w');
    // the sweep's keys are drawn by the sweep's screen, not the single run's legend
    expect(f).not.toContain('pause/resume');
  });

  it("ends with the run's summary once the trial is done, and says paused while the sweep is", () => {
    const done = trialAt(50, 50, true);
    const f = render(
      <TrialDashboard trial={done} lossName="mse" paused={false} logMode="auto" width={119} height={38} />,
    ).lastFrame();
    expect(f).toContain('trial 3 · trial-3-lr1e-4 · lr=1e-4 · done');
    expect(f).toMatch(/done\s*$/m);
    expect(f).toContain('learned');
    const running = trialAt(50, 20, true);
    const g = render(
      <TrialDashboard trial={running} lossName="mse" paused={true} logMode="auto" width={119} height={38} />,
    ).lastFrame();
    expect(g).toMatch(/paused\s*$/m);
  });

  it('names a run read back from its log (no plan) by its start event', () => {
    const t = trialAt(30, 30, false);
    const f = render(
      <TrialDashboard trial={t} lossName="loss" paused={false} logMode="log" width={100} height={30} />,
    ).lastFrame();
    expect(f).toContain('trial-3-lr1e-4 · neuron · sgd lr 1e-4 · seed 42');
    expect(f).toContain('epoch 30/30');
    // its log keeps no clock: how long it trained is unknown, not zero
    expect(f).toMatch(/finished after 30 epochs · final loss/);
    expect(f).toContain('elapsed –');
    expect(f).not.toContain('0ms');
  });

  it('waits for a thread before a queued trial has a start event', () => {
    const t = newTrial(1, 'trial-1', {}, null);
    const f = render(
      <TrialDashboard trial={t} lossName="loss" paused={false} logMode="auto" width={80} height={20} />,
    ).lastFrame();
    expect(f).toContain('trial 1 · trial-1 · - · queued');
    expect(f).toContain('waiting for a thread');
  });
});

describe('TrialDashboard with its thread’s answers', () => {
  it('shows a finished network trial’s decision regions and, asked, its network panel, from the final model', () => {
    const plan = planRun(recipeFromFlags({ dataset: 'xor', hidden: '4', epochs: '30' }));
    const run = materializeRun(plan);
    const trial = newTrial(2, 'trial-2', { lr: '0.01' }, plan);
    for (const e of trainSync(run.model, run.data, { ...run.options, reportEvery: 10 })) applyTrialEvent(trial, e);
    const { port1 } = new MessageChannel();
    const probes = new TrialProbes(port1, () => {}, undefined);
    const params = run.model.params();
    probes.end(plan, { params: params.map((p) => p.value), grads: params.map((p) => p.grad) }, 30);
    port1.close();
    const views = { chart: chartView(plan, probes), network: networkView(plan, probes) };
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips colour codes, which split the panel's words
    const plain = (f: string | undefined) => (f ?? '').replace(/\u001b\[[0-9;]*m/g, '');
    const frame = (network: boolean, width = 119, height = 40) =>
      plain(
        render(
          <TrialDashboard
            trial={trial}
            lossName="bce"
            paused={false}
            logMode="auto"
            views={{ chart: views.chart, network: network ? views.network : null }}
            width={width}
            height={height}
          />,
        ).lastFrame(),
      );
    // the first frame asks for the map at its size; the final model answers at once, the next frame draws it
    frame(false);
    const chart = frame(false);
    expect(chart).toContain('decision regions');
    expect(chart).toMatch(/▀{20}/);
    expect(chart).not.toContain('network 2-4-1');
    frame(true);
    const net = frame(true);
    expect(net).toContain('network 2-4-1 · sample 1/');
    expect(net).toMatch(/L1 neuron 1 \(tanh\) +z = \S+ +a = \S+/);
    // an 80×24 terminal gives the opened trial 79×22 (the sweep's key legend and a spare row below): the compact
    // panel still fits between the charts and the summary
    frame(true, 79, 22);
    const small = frame(true, 79, 22).split('\n');
    expect(small.length).toBeLessThanOrEqual(22);
    expect(small.join('\n')).toContain('network 2-4-1 · sample 1/');
    expect(small.join('\n')).toContain('decision regions');
    expect(small.join('\n')).toContain('✓ finished');
  });
});
