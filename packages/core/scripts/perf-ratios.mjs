// Measures the two speed ratios issue 8 sets for core, side by side in one process (not a test: numbers only).
//
//   pnpm exec turbo run build --filter=@neuronlab/core && node packages/core/scripts/perf-ratios.mjs [rounds] [only]
//   (only: 'tutorial' or 'small' to run one case)
//
// 1. The tutorial (100 samples, 10,000 full-batch SGD steps at lr 1e-4, progress every 100 epochs) through `train`
//    and `trainSync`: the hand-derived Neuron and its 1→1 dense-autodiff twin, against a fused Float64Array loop.
// 2. A 2-16-16-1 tanh network, sigmoid output, BCE from logits, Adam 0.01, minibatches of 32, 1,000 points,
//    200 epochs through `trainSync`, against plain hand-written JS for the same network (samples/s).
// Contestants run round-robin after warm-up rounds; each row is the median of the timed rounds.
// CORE_DIST=/path/to/other/dist/index.js measures another build of core (e.g. an older one) the same way.
const core = await import(process.env.CORE_DIST ?? new URL('../dist/index.js', import.meta.url).href);
const { createNeuronNetwork, createSequential, NetworkModel, Neuron, Rng, train, trainSync } = core;

const rounds = Number(process.argv[2] ?? 15);
const only = process.argv[3] ?? '';
const warmup = 8;

// --- data ---
const tutorial = (() => {
  const x = new Float64Array(100);
  const y = new Float64Array(100);
  for (let i = 0; i < 100; i++) {
    x[i] = i - 50;
    y[i] = (x[i] * 9) / 5 + 32;
  }
  return { x, y, n: 100 };
})();

// two interleaved noisy spiral arms, labels 0/1
function spiral(n, seed) {
  const rng = new Rng(seed);
  const x = new Float64Array(n * 2);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const label = i % 2;
    const r = (i / n) * 5;
    const angle = 1.75 * r + label * Math.PI;
    x[2 * i] = r * Math.sin(angle) + rng.uniform(-0.1, 0.1);
    x[2 * i + 1] = r * Math.cos(angle) + rng.uniform(-0.1, 0.1);
    y[i] = label;
  }
  return { x, y, n };
}
const spiralData = spiral(1000, 7);

// --- case 1: tutorial ---
function handTutorial() {
  const { x, y, n } = tutorial;
  let w = 0.5;
  let b = 0.5;
  const losses = new Float64Array(10_000);
  const reports = [];
  for (let step = 0; step < 10_000; step++) {
    let sum = 0;
    let gw = 0;
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const xi = x[i];
      const e = xi * w + b - y[i];
      sum += e * e;
      const g = (2 * e) / n;
      gw += g * xi;
      gb += g;
    }
    losses[step] = sum / n;
    w -= 1e-4 * gw;
    b -= 1e-4 * gb;
    if ((step + 1) % 100 === 0) reports.push({ epoch: step + 1, loss: sum / n, w, b });
  }
  return [w, b];
}

const tutorialOptions = { epochs: 10_000, lr: 1e-4, reportEvery: 100 };
const keep = []; // the last stream of each contestant stays alive, as an app keeps its trainer

async function viaTrain(model) {
  const stream = train(model, { train: tutorial }, tutorialOptions);
  keep.push(stream);
  for await (const e of stream) if (e.type === 'error') throw new Error(e.message);
  return model.params().map((p) => p.value[0]);
}

function viaTrainSync(model) {
  const stream = trainSync(model, { train: tutorial }, tutorialOptions);
  keep.push(stream);
  for (const e of stream) if (e.type === 'error') throw new Error(e.message);
  return model.params().map((p) => p.value[0]);
}

// --- case 2: small network ---
function glorotInit(seed) {
  const rng = new Rng(seed);
  const glorot = (a, b) => {
    const limit = Math.sqrt(6 / (a + b));
    return Float64Array.from({ length: a * b }, () => rng.uniform(-limit, limit));
  };
  return [
    glorot(2, 16),
    new Float64Array(16),
    glorot(16, 16),
    new Float64Array(16),
    glorot(16, 1),
    new Float64Array(1),
  ];
}
const init = glorotInit(3);

// Plain loops over preallocated arrays for exactly this network.
function handSmallNet(epochs) {
  const p = init.map((a) => a.slice());
  const g = init.map((a) => new Float64Array(a.length));
  const m = init.map((a) => new Float64Array(a.length));
  const v = init.map((a) => new Float64Array(a.length));
  const B = 32;
  const h1 = new Float64Array(B * 16);
  const h2 = new Float64Array(B * 16);
  const d1 = new Float64Array(B * 16);
  const d2 = new Float64Array(B * 16);
  const dz = new Float64Array(B);
  const xb = new Float64Array(B * 2);
  const yb = new Float64Array(B);
  const order = Uint32Array.from({ length: spiralData.n }, (_, i) => i);
  const rng = new Rng(11);
  let t = 0;
  let last = 0;
  for (let e = 0; e < epochs; e++) {
    rng.shuffle(order);
    let epochLoss = 0;
    for (let start = 0; start < spiralData.n; start += B) {
      const nb = Math.min(B, spiralData.n - start);
      for (let s = 0; s < nb; s++) {
        const r = order[start + s];
        xb[2 * s] = spiralData.x[2 * r];
        xb[2 * s + 1] = spiralData.x[2 * r + 1];
        yb[s] = spiralData.y[r];
      }
      forwardLayer(xb, p[0], p[1], h1, nb, 2, 16);
      forwardLayer(h1, p[2], p[3], h2, nb, 16, 16);
      let loss = 0;
      for (let s = 0; s < nb; s++) {
        let z = p[5][0];
        for (let i = 0; i < 16; i++) z += h2[s * 16 + i] * p[4][i];
        loss += Math.max(z, 0) - z * yb[s] + Math.log1p(Math.exp(-Math.abs(z)));
        dz[s] = (1 / (1 + Math.exp(-z)) - yb[s]) / nb;
      }
      epochLoss += (loss / nb) * (nb / spiralData.n);
      backLayer(h2, dz, p[4], g[4], g[5], d2, nb, 16, 1);
      for (let i = 0; i < nb * 16; i++) d2[i] *= 1 - h2[i] * h2[i];
      backLayer(h1, d2, p[2], g[2], g[3], d1, nb, 16, 16);
      for (let i = 0; i < nb * 16; i++) d1[i] *= 1 - h1[i] * h1[i];
      backLayer(xb, d1, p[0], g[0], g[1], null, nb, 2, 16);
      t++;
      const c1 = 1 - 0.9 ** t;
      const c2 = 1 - 0.999 ** t;
      for (let k = 0; k < 6; k++) {
        const pk = p[k];
        const gk = g[k];
        const mk = m[k];
        const vk = v[k];
        for (let i = 0; i < pk.length; i++) {
          mk[i] = 0.9 * mk[i] + 0.1 * gk[i];
          vk[i] = 0.999 * vk[i] + 0.001 * gk[i] * gk[i];
          pk[i] -= (0.01 * (mk[i] / c1)) / (Math.sqrt(vk[i] / c2) + 1e-8);
        }
      }
    }
    last = epochLoss;
  }
  return last;
}

function forwardLayer(x, w, b, out, nb, nin, nout) {
  for (let s = 0; s < nb; s++) {
    for (let j = 0; j < nout; j++) out[s * nout + j] = b[j];
    for (let i = 0; i < nin; i++) {
      const xi = x[s * nin + i];
      for (let j = 0; j < nout; j++) out[s * nout + j] += xi * w[i * nout + j];
    }
    for (let j = 0; j < nout; j++) out[s * nout + j] = Math.tanh(out[s * nout + j]);
  }
}

function backLayer(x, d, w, gw, gb, dx, nb, nin, nout) {
  gw.fill(0);
  gb.fill(0);
  for (let s = 0; s < nb; s++) {
    for (let j = 0; j < nout; j++) gb[j] += d[s * nout + j];
    for (let i = 0; i < nin; i++) {
      const xi = x[s * nin + i];
      let acc = 0;
      for (let j = 0; j < nout; j++) {
        gw[i * nout + j] += xi * d[s * nout + j];
        acc += d[s * nout + j] * w[i * nout + j];
      }
      if (dx) dx[s * nin + i] = acc;
    }
  }
}

function coreSmallNet(epochs) {
  const network = createSequential({
    inputDim: 2,
    layers: [
      { units: 16, activation: 'tanh' },
      { units: 16, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ],
    seed: 1,
  });
  const model = new NetworkModel(network, 'binary-cross-entropy');
  model.params().forEach((p, i) => {
    p.value.set(init[i]);
  });
  const options = { epochs, lr: 0.01, optimizer: 'adam', batchSize: 32, seed: 11, metricsEvery: 0 };
  let last = 0;
  for (const e of trainSync(model, { train: spiralData }, options)) {
    if (e.type === 'progress') last = e.loss;
    if (e.type === 'error') throw new Error(e.message);
  }
  return last;
}

// --- harness ---
const contestants = [
  ['tutorial: hand loop', () => handTutorial()],
  ['tutorial: neuron, train', () => viaTrain(new Neuron(0.5, 0.5))],
  ['tutorial: neuron, trainSync', () => viaTrainSync(new Neuron(0.5, 0.5))],
  ['tutorial: twin, train', () => viaTrain(createNeuronNetwork(0.5, 0.5))],
  ['tutorial: twin, trainSync', () => viaTrainSync(createNeuronNetwork(0.5, 0.5))],
  ['small net: hand JS', () => handSmallNet(200)],
  ['small net: core trainSync', () => coreSmallNet(200)],
];

const chosen = contestants.filter(([name]) => name.startsWith(only));
contestants.length = 0;
contestants.push(...chosen);
// Wall time and process CPU time (user + system): on a loaded machine CPU time excludes the time other processes
// hold the cores, so its ratios are steadier; both are printed.
const samples = contestants.map(() => []);
const cpuSamples = contestants.map(() => []);
const results = new Map();
for (let round = 0; round < warmup + rounds; round++) {
  for (const [i, [name, run]] of contestants.entries()) {
    if (keep.length > 8) keep.splice(0, keep.length - 8);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = await run();
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    results.set(name, r);
    if (round >= warmup) {
      samples[i].push(ms);
      cpuSamples[i].push((c.user + c.system) / 1000);
    }
  }
}

const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const wall = new Map(contestants.map(([name], i) => [name, median(samples[i])]));
const cpu = new Map(contestants.map(([name], i) => [name, median(cpuSamples[i])]));
const ratio = (m, name) =>
  name.startsWith('tutorial')
    ? `${(m.get(name) / m.get('tutorial: hand loop')).toFixed(2)}× hand`
    : `${(m.get('small net: hand JS') / m.get(name)).toFixed(2)}× hand speed`;
console.log(
  `${'contestant'.padEnd(30)} ${'wall ms'.padStart(9)}  ${'ratio'.padEnd(18)} ${'cpu ms'.padStart(9)}  ${'ratio'.padEnd(18)} result`,
);
for (const [name] of contestants) {
  const result = results.get(name);
  const shown = Array.isArray(result) ? result.map((v) => v.toFixed(9)).join(' ') : result.toFixed(9);
  const w = `${wall.get(name).toFixed(2).padStart(9)}  ${ratio(wall, name).padEnd(18)}`;
  const c = `${cpu.get(name).toFixed(2).padStart(9)}  ${ratio(cpu, name).padEnd(18)}`;
  console.log(`${name.padEnd(30)} ${w} ${c} ${shown}`);
}
