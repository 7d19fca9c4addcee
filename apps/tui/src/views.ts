import { leastSquaresOptimum } from '@neuronlab/core';
import { classLabels, datasetFacts } from '@neuronlab/data';
import { datasetLabel, formatNumber, formulaSymbols, inputNames, type RunPlan, truthLine } from '@neuronlab/lab';
import { regionGrid } from './chart/heatmap.js';
import type { DecisionChart } from './components/DecisionPanel.js';
import type { RunInfo } from './components/Header.js';
import type { NeuronTargets } from './components/ParamsPanel.js';
import type { RegressionChart } from './components/RegressionPanel.js';
import { en, type Messages } from './i18n/messages-en.js';
import type { NetworkChart, ShownReading } from './network/network-chart.js';
import type { NetworkSelection } from './network/selection.js';
import type { NetworkReadings, Predictions } from './session/worker-events.js';

/** The header's description of a run. */
export function runInfo(plan: RunPlan, t: Messages['header'] = en.header): RunInfo {
  const r = plan.recipe;
  const d = plan.dataset;
  const split = plan.test ? t.split(String(plan.train.n), String(plan.test.n)) : t.samples(String(d.n));
  const name = datasetLabel(r);
  const m = plan.initialModel;
  // the layers the plan built (the follow-up preset's are its own, not the recipe's --hidden)
  const arch = m.kind === 'neuron' ? '' : [m.inputDim, ...m.layers.map((l) => l.units)].join('-');
  const model = m.kind === 'neuron' ? t.neuron : `${r.model.kind} ${arch} ${r.model.activation}`;
  return {
    task: t.task(t.tasks[d.task], name, split),
    taskBrief: t.taskBrief(t.tasks[d.task], name),
    model,
    optimizer: r.optimizer,
    lr: r.lr,
    seed: r.seed,
  };
}

/** Reference points for the neuron's panel, or null when the model is not a neuron. */
export function neuronTargets(plan: RunPlan): NeuronTargets | null {
  if (plan.initialModel.kind !== 'neuron') return null;
  const facts = datasetFacts(plan.dataset);
  let optimum: NeuronTargets['optimum'] = null;
  try {
    // in the data's own units, like the learned formula shown beside it
    optimum = leastSquaresOptimum(plan.rawTrain);
  } catch {
    // every x equal: no single best line, so the panel shows none
  }
  return { optimum, truth: truthLine(facts), symbols: formulaSymbols(facts), normalization: plan.normalization };
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

/** Whether the chart is the tutorial's line: 1-D regression. */
function isLine(d: RunPlan['dataset']): boolean {
  return d.task === 'regression' && d.inputDim === 1 && d.outputDim === 1;
}

/** The inputs the model's chart predicts at from the start: the sorted xs of a 1-D regression, else none. */
export function chartInputs(plan: RunPlan): { x: Float64Array; n: number } | undefined {
  const d = plan.dataset;
  return isLine(d) ? { x: sortedRows(d.x, d.y, d.n)[0], n: d.n } : undefined;
}

/**
 * What the chart beside the loss draws: the tutorial's chart for 1-D regression, decision regions for 2-D classes.
 * The model's outputs come from `predictions` (the training thread), at the inputs `chartInputs` gave it or, for the
 * regions, at the grid of the panel's size, which it is told whenever that size changes.
 */
export function chartView(plan: RunPlan, predictions: Predictions): RegressionChart | DecisionChart | null {
  const d = plan.dataset;
  if (isLine(d)) {
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
      before: () => predictions.initial?.values ?? null,
      current: () => predictions.prediction()?.values ?? null,
    };
  }
  if (d.task !== 'regression' && d.inputDim === 2) {
    const labels = classLabels(d);
    const [xRange, yRange] = [padded(d.x, d.n, 0), padded(d.x, d.n, 1)];
    // the grids asked for, by id: a prediction is drawn at the size it was made for
    const grids = new Map<number, { px: number; py: number }>();
    let asked = { px: 0, py: 0 };
    const regions = (px: number, py: number) => {
      if (px !== asked.px || py !== asked.py) {
        asked = { px, py };
        grids.set(predictions.predictAt(regionGrid(xRange, yRange, px, py), px * py), asked);
      }
      const p = predictions.prediction();
      const grid = p && grids.get(p.id);
      if (!p || !grid) return null;
      for (const id of grids.keys()) if (id < p.id) grids.delete(id);
      return { values: p.values, ...grid };
    };
    return {
      kind: 'classification',
      xRange,
      yRange,
      points: { x: d.x, labels, n: d.n },
      classNames: d.outputDim === 1 ? ['0', '1'] : d.targetNames,
      outputs: d.outputDim,
      regions,
    };
  }
  return null;
}

/** Sample i of a dataset as the network panel names it: its inputs and its target as text. */
function sampleOf(d: RunPlan['rawTrain'], labels: Int32Array | null, names: readonly string[], t: Messages['network']) {
  return (i: number) => {
    const x = Array.from({ length: d.inputDim }, (_, k) => d.x[i * d.inputDim + k] as number);
    if (labels) {
      const name = String(names[labels[i] as number] ?? labels[i]);
      // a bare number reads as "class 1"; a label that is a word already (class0, cat) is left as it is
      return { x, target: Number.isFinite(Number(name)) ? t.className(name) : name };
    }
    const ys = Array.from({ length: d.outputDim }, (_, k) => formatNumber(d.y[i * d.outputDim + k] as number, 3));
    return { x, target: `y = ${ys.join(', ')}` };
  };
}

/**
 * What the network panel draws for a network's run, or null for the neuron. Its numbers come from `readings` (the
 * training thread): the panel asks for the selected sample (a row of the training set, in the data's own units)
 * and, on a plane, a grid over the data's range for the heatmaps; it asks again whenever the selection or the grid
 * changes, and is shown only readings made for what it asked.
 */
export function networkView(
  plan: RunPlan,
  readings: NetworkReadings,
  t: Messages['network'] = en.network,
): NetworkChart | null {
  const m = plan.initialModel;
  if (m.kind !== 'sequential') return null;
  const d = plan.rawTrain;
  const labels = d.task === 'regression' ? null : classLabels(d);
  const names = d.outputDim === 1 ? ['0', '1'] : d.targetNames;
  const plane = d.inputDim === 2;
  const ranges = plane ? ([padded(d.x, d.n, 0), padded(d.x, d.n, 1)] as const) : null;
  // what each probe asked for, by id; readings of older probes are dropped once a newer one is shown
  const asked = new Map<number, Omit<ShownReading, 'reading'>>();
  let last = '';
  const read = (s: NetworkSelection, px: number, py: number): ShownReading | null => {
    const key = `${s.layer} ${s.unit} ${s.sample} ${px} ${py}`;
    if (key !== last) {
      last = key;
      const row = d.x.subarray(s.sample * d.inputDim, (s.sample + 1) * d.inputDim);
      const grid = ranges && px > 0 && py > 0 ? regionGrid(ranges[0], ranges[1], px, py) : new Float64Array(0);
      const x = new Float64Array(row.length + grid.length);
      x.set(row);
      x.set(grid, row.length);
      const id = readings.probe({ x, n: x.length / d.inputDim, layer: s.layer, unit: s.unit });
      asked.set(id, { layer: s.layer, unit: s.unit, sample: s.sample, px: grid.length > 0 ? px : 0, py });
    }
    const r = readings.reading();
    const probe = r && asked.get(r.id);
    if (!r || !probe) return null;
    for (const id of asked.keys()) if (id < r.id) asked.delete(id);
    return { reading: r, ...probe };
  };
  return {
    kind: 'network',
    inputs: inputNames(plan),
    layers: m.layers.map((l) => ({ units: l.units, activation: l.activation })),
    samples: d.n,
    sample: sampleOf(d, labels, names, t),
    plane,
    read,
  };
}
