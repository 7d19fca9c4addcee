import { leastSquaresOptimum } from '@neuronlab/core';
import { classLabels, datasetFacts } from '@neuronlab/data';
import { formulaSymbols, type LiveRun, predictRaw, truthLine } from '@neuronlab/lab';
import type { DecisionChart } from './components/DecisionPanel.js';
import type { RunInfo } from './components/Header.js';
import type { NeuronTargets } from './components/ParamsPanel.js';
import type { RegressionChart } from './components/RegressionPanel.js';

/** The header's description of a run. */
export function runInfo(run: LiveRun): RunInfo {
  const r = run.plan.recipe;
  const d = run.plan.dataset;
  const split = run.plan.test ? `${run.plan.train.n} train / ${run.plan.test.n} test` : `${d.n} samples`;
  const name = r.dataset.name === 'csv' ? String(r.dataset.options.file ?? 'csv') : r.dataset.name;
  const arch = [d.inputDim, ...r.model.hidden, d.outputDim].join('-');
  const model = run.model.kind === 'neuron' ? 'neuron out = w·x + b' : `mlp ${arch} ${r.model.activation}`;
  return { task: `${d.task} on ${name} (${split})`, model, optimizer: r.optimizer, lr: r.lr, seed: r.seed };
}

/** Reference points for the neuron's panel, or null when the model is not a neuron. */
export function neuronTargets(run: LiveRun): NeuronTargets | null {
  if (run.model.kind !== 'neuron') return null;
  const facts = datasetFacts(run.plan.dataset);
  let optimum: NeuronTargets['optimum'] = null;
  try {
    // in the data's own units, like the learned formula shown beside it
    optimum = leastSquaresOptimum(run.plan.rawTrain);
  } catch {
    // every x equal: no single best line, so the panel shows none
  }
  return { optimum, truth: truthLine(facts), symbols: formulaSymbols(facts), normalization: run.plan.normalization };
}

function sortedRows(x: Float64Array, y: Float64Array, n: number): [Float64Array, Float64Array] {
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (x[a] as number) - (x[b] as number));
  return [Float64Array.from(order, (i) => x[i] as number), Float64Array.from(order, (i) => y[i] as number)];
}

function padded(x: Float64Array, n: number, col: number): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const v = x[i * 2 + col] as number;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const pad = (hi - lo) * 0.05 || 1;
  return [lo - pad, hi + pad];
}

/** What the chart beside the loss draws: the tutorial's chart for 1-D regression, decision regions for 2-D classes. */
export function chartView(run: LiveRun): RegressionChart | DecisionChart | null {
  const d = run.plan.dataset;
  if (d.task === 'regression' && d.inputDim === 1 && d.outputDim === 1) {
    const [xs, ys] = sortedRows(d.x, d.y, d.n);
    const facts = datasetFacts(d);
    const [feature, target] = [facts.features[0], facts.targets[0]];
    return {
      kind: 'regression',
      xName: feature?.unit ?? feature?.name ?? 'x',
      yName: target?.unit ?? target?.name ?? 'y',
      xs,
      ys,
      exact: facts.truth?.exact ?? false,
      before: predictRaw(run.model, run.plan.normalization, xs, d.n),
      current: () => predictRaw(run.model, run.plan.normalization, xs, d.n),
    };
  }
  if (d.task !== 'regression' && d.inputDim === 2) {
    const labels = classLabels(d);
    return {
      kind: 'classification',
      xRange: padded(d.x, d.n, 0),
      yRange: padded(d.x, d.n, 1),
      points: { x: d.x, labels, n: d.n },
      classNames: d.outputDim === 1 ? ['0', '1'] : d.targetNames,
      outputs: d.outputDim,
      probabilities: (x: Float64Array, n: number) => predictRaw(run.model, run.plan.normalization, x, n),
    };
  }
  return null;
}
