import { leastSquaresOptimum } from '@neuronlab/core';
import { classLabels } from '@neuronlab/data';
import { type LiveRun, predictRaw } from '@neuronlab/lab';
import type { ClassificationFit } from './components/DecisionPanel.js';
import type { RegressionFit } from './components/FitPanel.js';
import type { RunInfo } from './components/Header.js';
import type { NeuronTargets } from './components/ParamsPanel.js';
import type { InputScaling } from './format.js';

/** The header's description of a run. */
export function runInfo(run: LiveRun): RunInfo {
  const r = run.plan.recipe;
  const d = run.plan.dataset;
  const split = run.plan.test ? `${run.plan.train.n} train / ${run.plan.test.n} test` : `${d.n} samples`;
  const name = r.dataset.name === 'csv' ? String(r.dataset.options.file ?? 'csv') : r.dataset.name;
  const arch = [d.inputDim, ...r.model.hidden, d.outputDim].join('-');
  const model = r.model.kind === 'neuron' ? 'neuron out = w·x + b' : `mlp ${arch} ${r.model.activation}`;
  return { task: `${d.task} on ${name} (${split})`, model, optimizer: r.optimizer, lr: r.lr, seed: r.seed };
}

/** The symbols of the learned formula: C and F for celsius, else x and y. */
export function symbols(run: LiveRun): [string, string] {
  return run.plan.recipe.dataset.name === 'celsius' ? ['C', 'F'] : ['x', 'y'];
}

/** The 1-feature input scaling of a run (standardize or min-max), or null for raw inputs. */
export function inputScaling(run: LiveRun): InputScaling | null {
  const n = run.plan.normalization;
  if (!n) return null;
  if (n.kind === 'standardize') return { shift: n.mean[0] ?? 0, scale: n.std[0] || 1 };
  const lo = n.min[0] ?? 0;
  return { shift: lo, scale: (n.max[0] ?? 1) - lo || 1 };
}

/** Reference points for the neuron's panel, or null for a network. */
export function neuronTargets(run: LiveRun): NeuronTargets | null {
  if (run.model.kind !== 'neuron') return null;
  const [xSymbol, ySymbol] = symbols(run);
  const exactCelsius = run.plan.recipe.dataset.name === 'celsius' && !run.plan.recipe.dataset.options.noise;
  let optimum: NeuronTargets['optimum'] = null;
  try {
    // in the data's own units, like the learned formula shown beside it
    optimum = leastSquaresOptimum(run.plan.rawTrain);
  } catch {
    // every x equal: no single best line, so the panel shows none
  }
  return { optimum, ideal: exactCelsius ? [1.8, 32] : null, xSymbol, ySymbol, scaling: inputScaling(run) };
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

/** What the fit panel draws: the tutorial's chart for 1-D regression, decision regions for 2-D classification. */
export function fitView(run: LiveRun): RegressionFit | ClassificationFit | null {
  const d = run.plan.dataset;
  if (d.task === 'regression' && d.inputDim === 1 && d.outputDim === 1) {
    const [xs, ys] = sortedRows(d.x, d.y, d.n);
    const exact = run.plan.recipe.dataset.name === 'celsius' && !run.plan.recipe.dataset.options.noise;
    const [xName, yName] =
      run.plan.recipe.dataset.name === 'celsius' ? ['°C', '°F'] : [d.featureNames[0] ?? 'x', d.targetNames[0] ?? 'y'];
    return {
      kind: 'regression',
      xName,
      yName,
      xs,
      ys,
      exact,
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
