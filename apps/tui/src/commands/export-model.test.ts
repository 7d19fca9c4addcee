import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ModelFile } from '@neuronlab/core';
import { Neuron, neuronToModelFile, Rng, sequentialToModelFile, serializeModelFile } from '@neuronlab/core';
import { createSequential } from '@neuronlab/core/nn';
import ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-util/run-cli.test-util.js';

// These run the built binary (`pnpm run build` first; turbo's test task depends on build)
const dir = mkdtempSync(join(tmpdir(), 'neuronlab-export-'));

const run = (args: string[], input = '') => runCli(args, { cwd: dir, input });

/** Every test starts the real binary, several at once: far longer than a unit test's 10 s on a busy machine. */
const SPAWNS = { timeout: 60_000 };
const N = 1000;

function save(name: string, file: ModelFile): string {
  writeFileSync(join(dir, name), serializeModelFile(file));
  return name;
}

/** A plain file, where a directory cannot be made. */
const PLAIN = 'plain.txt';
writeFileSync(join(dir, PLAIN), 'not a directory\n');

/** The neuron, with standardized inputs and min-max targets. */
const NEURON = save(
  'neuron.json',
  neuronToModelFile(new Neuron(0.98712345, 0.41234567), {
    normalization: {
      inputs: { kind: 'standardize', mean: [12.5], std: [17.25] },
      targets: { kind: 'minmax', min: [-40], max: [212] },
    },
  }),
);

/** One network with every activation: relu, leaky-relu, tanh, sigmoid, then softmax (and linear in the neuron). */
const EVERY = save(
  'every.json',
  sequentialToModelFile(
    createSequential({
      inputDim: 2,
      layers: [
        { units: 4, activation: 'relu' },
        { units: 4, activation: 'leaky-relu' },
        { units: 4, activation: 'tanh' },
        { units: 4, activation: 'sigmoid' },
        { units: 3, activation: 'softmax' },
      ],
      seed: 3,
      biasInit: 'glorot',
    }),
    { normalization: { inputs: { kind: 'minmax', min: [-10, -5], max: [10, 5] }, targets: null } },
  ),
);

/** The features FEATURES is trained on: both sines and the product, in a mixed order. */
const FEATURE_NAMES = ['sinx1', 'x1x2', 'x2', 'x1^2', 'sinx2'];

/**
 * A 5 → 6 tanh → 2 network whose recipe names FEATURE_NAMES, as `train --features` saves it: predict and every export
 * take raw x1, x2 and make the features from them.
 */
const FEATURES = save(
  'features.json',
  sequentialToModelFile(
    createSequential({
      inputDim: FEATURE_NAMES.length,
      layers: [
        { units: 6, activation: 'tanh' },
        { units: 2, activation: 'linear' },
      ],
      seed: 4,
      biasInit: 'glorot',
    }),
    {
      normalization: {
        inputs: { kind: 'standardize', mean: [0.1, -2, 0.5, 30, -0.2], std: [0.7, 25, 5.5, 28, 0.6] },
        targets: { kind: 'minmax', min: [-3, 0], max: [5, 40] },
      },
      recipe: { dataset: 'spiral', features: FEATURE_NAMES },
    },
  ),
);

/** n rows of `d` inputs in [-10, 10), as predict's stdin lines and as numbers. */
function rows(n: number, d: number): { text: string; x: Float64Array } {
  const rng = new Rng(9);
  const x = Float64Array.from({ length: n * d }, () => rng.uniform(-10, 10));
  const lines = Array.from({ length: n }, (_, i) => Array.from(x.subarray(i * d, (i + 1) * d)).join(','));
  return { text: `${lines.join('\n')}\n`, x };
}

/** The model files here that end in softmax: predict gives their classes unless asked for the probabilities. */
const CLASSIFIERS = new Set([EVERY, 'back.json']);

/** `neuronlab predict`'s numbers for the rows: a classifier's probabilities, which is what the exports give too. */
async function cliPredict(model: string, text: string): Promise<Float64Array> {
  const r = await run(['predict', '--model', model, ...(CLASSIFIERS.has(model) ? ['--probabilities'] : [])], text);
  expect(r.err).toBe('');
  return Float64Array.from(
    r.out
      .trim()
      .split('\n')
      .flatMap((l) => l.split(',').map(Number)),
  );
}

async function onnxPredict(path: string, x: Float64Array, d: number, float32: boolean): Promise<Float64Array> {
  const session = await ort.InferenceSession.create(join(dir, path));
  const n = x.length / d;
  const input = float32
    ? new ort.Tensor('float32', Float32Array.from(x), [n, d])
    : new ort.Tensor('float64', x, [n, d]);
  const { y } = await session.run({ x: input });
  return Float64Array.from(y!.data as Float64Array);
}

/** Largest |a − b| / max(|b|, 1): relative for outputs above 1 in magnitude, absolute below. */
function worstError(a: Float64Array, b: Float64Array): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < b.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / Math.max(Math.abs(b[i]!), 1));
  return worst;
}

describe.concurrent('neuronlab export --format onnx, run by ONNX Runtime', SPAWNS, () => {
  it.each([
    [NEURON, 1],
    [EVERY, 2],
    [FEATURES, 2],
  ])('agrees with neuronlab predict on 1,000 raw inputs for %s, within 1e-12 in float64', async (model, d) => {
    const { text, x } = rows(N, d);
    const out = `${model}.onnx`;
    expect((await run(['export', model, '--format', 'onnx', '--out', out])).code).toBe(0);
    // the same float64 operations; only the order of the sums inside a matrix product, and ONNX Runtime's Sin (not
    // neuronlab's deterministic sin, but within an ulp or two of the true sine) may differ
    expect(worstError(await onnxPredict(out, x, d, false), await cliPredict(model, text))).toBeLessThan(1e-12);
  });

  // float32 keeps ~7 digits: the target range (252) multiplies the neuron's error, so 1e-5 relative is a few
  // roundings; the features model's products and squares reach 100 before float32 rounds them and its targets span
  // 40, which makes a few roundings up to 1e-4
  it.each([
    [NEURON, 1, 1e-5],
    [EVERY, 2, 1e-5],
    [FEATURES, 2, 1e-4],
  ])('agrees with neuronlab predict for %s within float32 rounding with --float32', async (model, d, tolerance) => {
    const { text, x } = rows(N, d);
    const out = `${model}.f32.onnx`;
    expect((await run(['export', model, '--format', 'onnx', '--float32', '--out', out])).code).toBe(0);
    expect(worstError(await onnxPredict(out, x, d, true), await cliPredict(model, text))).toBeLessThan(tolerance);
  });
});

describe.concurrent('neuronlab export without --format', SPAWNS, () => {
  it('takes the format from the --out file’s ending: the same bytes as with --format', async () => {
    const cases = [
      ['named.onnx', 'onnx'],
      ['named.mjs', 'js'],
      ['named.ts', 'ts'],
    ] as const;
    for (const [out, format] of cases) {
      const [named, given] = await Promise.all([
        run(['export', EVERY, '--out', out]),
        run(['export', EVERY, '--format', format, '--out', `given-${out}`]),
      ]);
      expect([named.code, given.code]).toEqual([0, 0]);
      expect(named.err).toContain(`(${format})`);
      expect(readFileSync(join(dir, out))).toEqual(readFileSync(join(dir, `given-${out}`)));
    }
  });
});

describe.concurrent('neuronlab export --format js', SPAWNS, () => {
  /** The module's predict for each row, run in a fresh Node process, as exact numbers. */
  async function modulePredict(path: string, text: string): Promise<Float64Array> {
    const script = `
      import { readFileSync } from 'node:fs';
      const { predict } = await import(${JSON.stringify(join(dir, path))});
      const lines = readFileSync(0, 'utf8').trim().split('\\n');
      const out = new Float64Array(lines.flatMap((l) => predict(l.split(',').map(Number))));
      process.stdout.write(Buffer.from(out.buffer).toString('base64'));`;
    const b64 = await new Promise<string>((resolve) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script]);
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
      });
      child.on('close', () => resolve(out));
      child.stdin.end(text);
    });
    const bytes = Buffer.from(b64, 'base64');
    return new Float64Array(bytes.buffer, bytes.byteOffset, bytes.length / 8);
  }

  it('predicts bit-identically to neuronlab predict for the neuron on 1,000 inputs', async () => {
    const { text } = rows(N, 1);
    expect((await run(['export', NEURON, '--format', 'js', '--out', 'neuron.mjs'])).code).toBe(0);
    expect(Array.from(await modulePredict('neuron.mjs', text))).toEqual(Array.from(await cliPredict(NEURON, text)));
  });

  it('predicts bit-identically to neuronlab predict given one input, for a network with every activation', async () => {
    expect((await run(['export', EVERY, '--format', 'js', '--out', 'every.mjs'])).code).toBe(0);
    // one input per predict run: for a batch, the engine's matrix kernel switches to block sums past 4,096
    // multiply-adds, and the module (one sample at a time) follows the engine's one-sample arithmetic
    const { text } = rows(6, 2);
    const lines = text.trim().split('\n');
    const cliRows = await Promise.all(lines.map((l) => cliPredict(EVERY, `${l}\n`)));
    const expected = cliRows.flatMap((r) => Array.from(r));
    expect(Array.from(await modulePredict('every.mjs', text))).toEqual(expected);
  });

  it('predicts bit-identically to neuronlab predict from raw x1, x2 for a model trained on features', async () => {
    expect((await run(['export', FEATURES, '--format', 'js', '--out', 'features.mjs'])).code).toBe(0);
    // one input per predict run, as above; the module makes the same features with the same deterministic sin
    const { text } = rows(6, 2);
    const lines = text.trim().split('\n');
    const cliRows = await Promise.all(lines.map((l) => cliPredict(FEATURES, `${l}\n`)));
    const expected = cliRows.flatMap((r) => Array.from(r));
    expect(Array.from(await modulePredict('features.mjs', text))).toEqual(expected);
  });
});

describe.concurrent('neuronlab export --format tfjs and neuronlab import', SPAWNS, () => {
  it('writes model.json and weights.bin into a new directory and imports them back to a model that predicts the same', async () => {
    expect((await run(['export', EVERY, '--format', 'tfjs', '--out', 'web'])).code).toBe(0);
    expect(readdirSync(join(dir, 'web')).sort()).toEqual(['model.json', 'weights.bin']);
    const back = await run(['import', 'web/model.json', '--out', 'back.json']);
    expect(back.code).toBe(0);
    const { text } = rows(200, 2);
    // the export holds float32 weights with the input normalization folded in: float32 agreement
    expect(worstError(await cliPredict('back.json', text), await cliPredict(EVERY, text))).toBeLessThan(1e-5);
  });

  it('trains an imported model on the data named, its run recording the widths and activations it has', async () => {
    expect((await run(['export', EVERY, '--format', 'tfjs', '--out', 'web2'])).code).toBe(0);
    expect((await run(['import', 'web2/model.json', '--out', 'imported.json'])).code).toBe(0);
    // an imported model records no data of its own
    const alone = await run(['train', '--json', '--init', 'imported.json']);
    expect(alone.code).toBe(2);
    expect(alone.err).toMatch(/It records no data it was trained on: name its data with --dataset or --data\.\n$/);
    const args = ['--init', 'imported.json', '--dataset', 'blobs', '--epochs', '2', '--log-dir', 'imported-runs'];
    const on = await run(['train', '--json', ...args, '--run-name', 'blobs']);
    expect(on.code).toBe(0);
    const record = JSON.parse(readFileSync(join(dir, 'imported-runs', 'blobs', 'recipe.json'), 'utf8'));
    expect(record.recipe.model).toMatchObject({
      kind: 'mlp',
      hidden: [4, 4, 4, 4],
      activation: 'relu,leaky-relu,tanh,sigmoid',
    });
  });
});

describe.concurrent(
  'neuronlab export and import refuse bad input with one line, exit 2 and nothing written',
  SPAWNS,
  () => {
    const conv = join(dir, 'conv');
    mkdirSync(conv);
    writeFileSync(
      join(conv, 'model.json'),
      JSON.stringify({
        format: 'layers-model',
        modelTopology: {
          class_name: 'Sequential',
          config: { layers: [{ class_name: 'Conv2D', config: { name: 'edges', filters: 2, kernel_size: [2, 2] } }] },
        },
        weightsManifest: [{ paths: ['w.bin'], weights: [] }],
      }),
    );
    writeFileSync(join(conv, 'w.bin'), '');
    writeFileSync(join(dir, 'broken.json'), '{"format": "neuronlab-model", "version": 1}');

    it.each([
      [
        'a model file that does not validate',
        ['export', 'broken.json', '--format', 'onnx', '--out', 'b.onnx'],
        'b.onnx',
        /is not a valid model file/,
      ],
      [
        'no --format, and an --out whose name says none',
        ['export', NEURON, '--out', 'model.bin'],
        'model.bin',
        /--format is required unless --out ends with \.onnx, \.js, \.mjs, \.ts, \.mts: one of onnx, tfjs, js, ts\./,
      ],
      [
        'an unknown format',
        ['export', NEURON, '--format', 'pmml', '--out', 'u.pmml'],
        'u.pmml',
        /--format must be one of onnx, tfjs, js, ts, got "pmml"/,
      ],
      [
        'an unwritable --out',
        ['export', NEURON, '--format', 'js', '--out', 'missing-dir/p.js'],
        'missing-dir',
        /--out needs an existing directory/,
      ],
      [
        'a tfjs --out directory inside a plain file',
        ['export', EVERY, '--format', 'tfjs', '--out', `${PLAIN}/web`],
        `${PLAIN}/web`,
        /--out needs an existing directory/,
      ],
      [
        'a model trained on sines and products, for TensorFlow.js',
        ['export', FEATURES, '--format', 'tfjs', '--out', 'features-web'],
        'features-web',
        /tfjs export: TensorFlow.js Dense layers cannot compute .* got features sinx1, x1x2, x2, x1\^2, sinx2 .*ONNX or to a JS\/TS module/,
      ],
      [
        'a TensorFlow.js model with a Conv2D layer',
        ['import', 'conv/model.json', '--out', 'c.json'],
        'c.json',
        /layer 1 "edges" \(Conv2D\) cannot be imported/,
      ],
    ])('%s', async (_, args, written, message) => {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(message);
      expect(existsSync(join(dir, written))).toBe(false);
    });
  },
);
