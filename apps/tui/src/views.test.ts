import { parseCsv } from '@neuronlab/data/csv';
import { planRun, recipeFromFlags } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';
import type { DecisionChart } from './components/DecisionPanel.js';
import type { RegressionChart } from './components/RegressionPanel.js';
import { ja } from './i18n/messages-ja.js';
import { FIRST_SELECTION } from './network/selection.js';
import type { NetworkReadings, Predictions } from './session/worker-events.js';
import type { NetworkProbe, NetworkReading, Prediction } from './session/worker-protocol.js';
import { chartInputs, chartView, networkView, neuronTargets, runInfo } from './views.js';

/** Predictions as a test hands them out: `asked` records every set of inputs, `shown` is what the feed has taken. */
function fakePredictions() {
  const asked: { x: Float64Array; n: number }[] = [];
  const p = {
    asked,
    shown: null as Prediction | null,
    initial: null as Prediction | null,
    predictAt(x: Float64Array, n: number) {
      asked.push({ x, n });
      return asked.length;
    },
    prediction: () => p.shown,
  };
  return p satisfies Predictions;
}

describe('views ask the dataset and the plan', () => {
  it('labels the tutorial chart in °C and °F and draws the exact relation as a line', () => {
    const chart = chartView(planRun(recipeFromFlags({})), fakePredictions());
    expect(chart).toMatchObject({ kind: 'regression', xName: '°C', yName: '°F', exact: true });
  });

  it('labels data without units by its column names and draws noisy samples as dots', () => {
    const chart = chartView(planRun(recipeFromFlags({ dataset: 'sine', model: 'mlp' })), fakePredictions());
    expect(chart).toMatchObject({ kind: 'regression', xName: 'x', yName: 'y', exact: false });
  });

  it('draws the line the training thread predicted at the sorted xs, before training and at the shown epoch', () => {
    const plan = planRun(recipeFromFlags({}));
    const inputs = chartInputs(plan)!;
    const p = fakePredictions();
    const chart = chartView(plan, p) as RegressionChart;
    expect(inputs.n).toBe(plan.dataset.n);
    expect([...inputs.x]).toEqual([...chart.xs]);
    expect([...chart.xs]).toEqual([...chart.xs].sort((a, b) => a - b));
    expect(chart.current()).toBeNull();
    p.initial = { id: 1, epoch: 0, values: Float64Array.of(1) };
    p.shown = { id: 1, epoch: 7, values: Float64Array.of(2) };
    expect(chart.before()).toBe(p.initial.values);
    expect(chart.current()).toBe(p.shown.values);
  });

  it('asks the training thread for the decision regions at the panel’s grid, again only when its size changes', () => {
    const plan = planRun(recipeFromFlags({ dataset: 'xor' }));
    expect(chartInputs(plan)).toBeUndefined();
    const p = fakePredictions();
    const chart = chartView(plan, p) as DecisionChart;
    expect(chart.regions(4, 2)).toBeNull();
    expect(chart.regions(4, 2)).toBeNull();
    expect(p.asked.map((a) => a.n)).toEqual([8]);
    p.shown = { id: 1, epoch: 3, values: new Float64Array(8) };
    expect(chart.regions(4, 2)).toEqual({ values: p.shown.values, px: 4, py: 2 });
    // resized: the new grid is asked for, and the old map is drawn at its own size until the new one comes
    expect(chart.regions(6, 4)).toEqual({ values: p.shown.values, px: 4, py: 2 });
    expect(p.asked.map((a) => a.n)).toEqual([8, 24]);
  });

  it('gives the neuron the celsius truth and symbols, and a network no neuron targets', () => {
    const t = neuronTargets(planRun(recipeFromFlags({})));
    expect(t?.truth).toEqual({ slope: 1.8, intercept: 32 });
    expect(t?.symbols).toEqual({ x: 'C', y: 'F' });
    expect(neuronTargets(planRun(recipeFromFlags({ dataset: 'xor' })))).toBeNull();
  });

  it('knows a linear dataset’s coefficients and passes the input normalization on for the formula', () => {
    const plan = planRun(recipeFromFlags({ dataset: 'linear', model: 'neuron', normalize: 'standardize' }));
    const t = neuronTargets(plan);
    expect(t?.truth).toEqual({ slope: 2, intercept: 1 });
    expect(t?.symbols).toEqual({ x: 'x', y: 'y' });
    expect(t?.normalization).toBe(plan.normalization);
    expect(runInfo(plan).model).toBe('neuron out = w·x + b');
  });

  it('names the model kind and the layers the plan built: an mlp, and the follow-up preset', () => {
    expect(runInfo(planRun(recipeFromFlags({ dataset: 'xor', hidden: '8' }))).model).toBe('mlp 2-8-1 tanh');
    expect(runInfo(planRun(recipeFromFlags({ model: 'follow-up' }))).model).toBe('follow-up 1-2-1 linear');
  });

  it('describes the run in Japanese with the Japanese table, names and numbers as they are', () => {
    const plan = planRun(recipeFromFlags({ dataset: 'moons', hidden: '8', testSplit: '0.3' }));
    const info = runInfo(plan, ja.header);
    expect(info.task).toBe(`二値分類 · moons (訓練データ ${plan.train.n} / テストデータ ${plan.test?.n})`);
    expect(runInfo(planRun(recipeFromFlags({})), ja.header)).toMatchObject({
      task: '回帰 · celsius (100 サンプル)',
      model: 'ニューロン out = w·x + b',
    });
  });
});

describe('the network view', () => {
  /** Readings that record each probe and answer the latest with `reading()` once `answer` is called. */
  function readings() {
    const probes: NetworkProbe[] = [];
    let current: NetworkReading | null = null;
    const r: NetworkReadings = {
      probe: (p) => probes.push({ id: probes.length + 1, ...p }),
      reading: () => current,
    };
    const answer = () => {
      const p = probes.at(-1)!;
      current = { id: p.id, epoch: 7, input: p.x, layers: [], neuron: null };
    };
    return { r, probes, answer };
  }

  it('is there for a network and not for the neuron', () => {
    expect(networkView(planRun(recipeFromFlags({})), readings().r)).toBeNull();
    const net = networkView(planRun(recipeFromFlags({ dataset: 'xor', hidden: '5,3' })), readings().r);
    expect(net).toMatchObject({ inputs: ['x1', 'x2'], plane: true, samples: 200 });
    expect(net?.layers).toEqual([
      { units: 5, activation: 'tanh' },
      { units: 3, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ]);
  });

  it('names the model’s inputs: the run’s features over the plane, or a CSV’s headers', () => {
    const plan = planRun(recipeFromFlags({ dataset: 'spiral', features: 'x1,x2,x1^2,sinx1' }));
    const net = networkView(plan, readings().r)!;
    expect(net.inputs).toEqual(['x₁', 'x₂', 'x₁²', 'sin x₁']);
    // the heatmaps still span the raw plane, which the features are made from
    expect(net.plane).toBe(true);
    const houses = parseCsv('rooms,area_m2,price\n2,60,100\n3,80,150\n4,95,190\n');
    const recipe = recipeFromFlags({ data: 'houses.csv', model: 'mlp' });
    const csv = networkView(planRun(recipe, { dataset: houses }), readings().r)!;
    expect(csv.inputs).toEqual(['rooms', 'area_m2']);
  });

  it('asks for the selected training sample in its own units and the heatmap grid, again only when either changes', () => {
    const plan = planRun(recipeFromFlags({ dataset: 'xor', normalize: 'standardize' }));
    const { r, probes, answer } = readings();
    const net = networkView(plan, r)!;
    const s = { ...FIRST_SELECTION, sample: 3, layer: 1, unit: 2 };
    expect(net.read(s, 4, 2)).toBeNull();
    expect(probes).toHaveLength(1);
    const p = probes[0]!;
    expect(p).toMatchObject({ n: 1 + 4 * 2, layer: 1, unit: 2 });
    // the raw row: the training thread normalizes it as training does
    expect([...p.x.subarray(0, 2)]).toEqual([...plan.rawTrain.x.subarray(6, 8)]);
    answer();
    expect(net.read(s, 4, 2)).toMatchObject({ layer: 1, unit: 2, sample: 3, px: 4, py: 2, reading: { epoch: 7 } });
    expect(probes).toHaveLength(1);
    // a new selection asks again; until its answer comes, the old reading still says what it was made for
    expect(net.read({ ...s, unit: 0 }, 4, 2)).toMatchObject({ unit: 2 });
    expect(probes).toHaveLength(2);
    expect(net.read({ ...s, unit: 0 }, 0, 0)).toMatchObject({ unit: 2 });
    expect(probes.at(-1)).toMatchObject({ n: 1 });
    expect(net.sample(3)).toEqual({
      x: [...plan.rawTrain.x.subarray(6, 8)],
      target: expect.stringMatching(/^class [01]$/),
    });
  });

  it('names a sample’s class by its label, with the word class only before a bare number', () => {
    const blobs = networkView(planRun(recipeFromFlags({ dataset: 'blobs', option: ['classes=4'] })), readings().r)!;
    expect(blobs.sample(0).target).toMatch(/^class[0-3]$/);
    const xor = networkView(planRun(recipeFromFlags({ dataset: 'xor' })), readings().r, ja.network)!;
    expect(xor.sample(0).target).toMatch(/^クラス [01]$/);
  });
});
