// Benchmark: how long one full dashboard frame takes (React render + Ink layout + output) at 120×40, cold and warm.
// Run with NODE_ENV=production (the CLI sets it; imports are hoisted, so this file cannot). Drives the real App with a real training run of the tutorial; output goes to a fake 120×40 terminal.
import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { train } from '@neuronlab/core';
import { materializeRun, planRun, predictRaw, TUTORIAL_RECIPE } from '@neuronlab/lab';
import { render } from 'ink';
import React from 'react';
import { App } from '../dist/components/App.js';
import { applyEvent } from '../dist/session/dashboard-state.js';
import { TrainSession } from '../dist/session/train-session.js';
import { chartInputs, chartView, neuronTargets, runInfo } from '../dist/views.js';

const FRAMES = 40;
let onFrame = () => {};
const stdout = Object.assign(
  new Writable({
    write: (_c, _e, cb) => cb(),
  }),
  { columns: 120, rows: 40, isTTY: true },
);
// useInput needs a terminal on stdin: a stand-in that never types
const stdin = Object.assign(new EventEmitter(), {
  isTTY: true,
  setRawMode() {},
  setEncoding() {},
  read: () => null,
  ref() {},
  unref() {},
  resume() {},
  pause() {},
});
const plan = planRun(TUTORIAL_RECIPE);
const run = materializeRun(plan);
const events = train(run.model, run.data, { ...run.options, reportEvery: 10 });
// the chart's line, predicted here from the model this loop trains (the dashboard gets it from its training thread)
const xs = chartInputs(plan);
const predict = () => ({ id: 0, epoch: 0, values: predictRaw(run.model, plan, xs.x, xs.n) });
const predictions = { initial: predict(), predictAt: () => 0, prediction: predict };
// the loop below applies the events itself, so the session's own feed never has any
const idle = {
  ended: false,
  take: () => undefined,
  ready: () => new Promise(() => {}),
  setPace() {},
  settle: async () => {},
};
const session = new TrainSession(idle, { speed: 'max', frameMs: 0 });
const view = {
  info: runInfo(plan),
  lossName: plan.recipe.loss,
  chart: chartView(plan, predictions),
  neuron: neuronTargets(plan),
};
const controls = { save: async () => '', quit: () => {}, interrupt: () => {}, saved: () => undefined };
const ink = render(React.createElement(App, { session, run: view, controls }), {
  stdout,
  stdin,
  debug: true,
  patchConsole: false,
  onRender: () => onFrame(),
});
const times = [];
await new Promise((r) => setTimeout(r, 50));
for (let f = 0; f < FRAMES; f++) {
  for (let k = 0; k < 25; k++) {
    const r = await events.next();
    if (!r.done) applyEvent(session.state, r.value);
  }
  const t = performance.now();
  const rendered = new Promise((r) => (onFrame = r));
  session.notify(true);
  await Promise.race([rendered, new Promise((r) => setTimeout(r, 2000))]);
  times.push(performance.now() - t);
}
ink.unmount();
const sorted = [...times].sort((a, b) => a - b);
console.log(
  `dashboard frame at 120×40: first ${times[0].toFixed(1)} ms, median ${sorted[FRAMES >> 1].toFixed(1)} ms, min ${sorted[0].toFixed(1)} ms`,
);
process.exit(0);
