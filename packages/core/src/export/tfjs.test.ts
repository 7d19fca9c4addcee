import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../io/model-file.js';
import { ACTIVATIONS, enginePredict, featuresFile, inputs, networkFile, neuronFile } from './models.test-util.js';
import { exportTfjs } from './tfjs.js';
import { importTfjs } from './tfjs-import.js';

const N = 1000;
const dir = mkdtempSync(join(tmpdir(), 'neuronlab-tfjs-export-'));

/** Writes the export's two files into a folder of their own and returns the folder. */
function writeExport(file: ModelFile, name: string): string {
  const out = join(dir, name.replace(/\W+/g, '-'));
  mkdirSync(out);
  const { modelJson, weights } = exportTfjs(file);
  writeFileSync(join(out, 'model.json'), modelJson);
  writeFileSync(join(out, 'weights.bin'), weights);
  return out;
}

/** An IO handler that reads model.json and the weights files it names from a folder on disk. */
function fromDisk(folder: string): tf.io.IOHandler {
  return {
    load: async () => {
      const json = JSON.parse(readFileSync(join(folder, 'model.json'), 'utf8'));
      const specs = json.weightsManifest.flatMap((g: { weights: tf.io.WeightsManifestEntry[] }) => g.weights);
      const bytes = Buffer.concat(
        json.weightsManifest.flatMap((g: { paths: string[] }) => g.paths.map((p) => readFileSync(join(folder, p)))),
      );
      const weightData = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      return { modelTopology: json.modelTopology, weightSpecs: specs, weightData, format: json.format };
    },
  };
}

/** Largest |a − b| / max(|b|, 1). */
function worstError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < b.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / Math.max(Math.abs(b[i]!), 1));
  return worst;
}

// float32 weights and arithmetic (~7 digits); the folded normalization and the target scale (up to 20) grow the
// error by a few roundings, so 1e-4 of the output's magnitude is float32 agreement with room to spare
const FLOAT32_TOLERANCE = 1e-4;

const CASES: [string, ModelFile, number][] = [
  ['the neuron', neuronFile(), 1],
  ...ACTIVATIONS.map((a): [string, ModelFile, number] => [`a ${a} network`, networkFile(a), 2]),
  // features that only pick raw inputs fold into the first layer: the export takes raw x1, x2
  ['a network trained on features x2, x1', featuresFile(['x2', 'x1']), 2],
  ['a network trained on feature x2 alone', featuresFile(['x2']), 2],
];

describe('exportTfjs loaded by tf.loadLayersModel', () => {
  it.each(CASES)('predicts what the engine predicts for %s, within float32 tolerance', async (name, file, d) => {
    const model = await tf.loadLayersModel(fromDisk(writeExport(file, name)));
    const x = inputs(N, d);
    const got = (model.predict(tf.tensor2d(Float32Array.from(x), [N, d])) as tf.Tensor).dataSync();
    const expected = enginePredict(file, x, N);
    expect(got.length).toBe(expected.length);
    expect(worstError(got, expected)).toBeLessThan(FLOAT32_TOLERANCE);
  });

  it.each(CASES)('imports back from its own export as a model file that predicts the same for %s', (name, file, d) => {
    const folder = writeExport(file, `${name}-again`);
    const imported = importTfjs(
      JSON.parse(readFileSync(join(folder, 'model.json'), 'utf8')),
      readFileSync(join(folder, 'weights.bin')),
    );
    expect(imported.normalization).toEqual({ inputs: null, targets: null });
    const x = inputs(N, d);
    expect(worstError(enginePredict(imported, x, N), enginePredict(file, x, N))).toBeLessThan(FLOAT32_TOLERANCE);
  });
});

describe('exportTfjs and features', () => {
  it('refuses a model trained on squares, products or sines with one line naming them and the formats that work', () => {
    let message = '';
    try {
      exportTfjs(featuresFile());
    } catch (error) {
      expect(error).toBeInstanceOf(TypeError);
      message = (error as Error).message;
    }
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/^tfjs export: TensorFlow.js Dense layers cannot compute/);
    expect(message).toContain('got features sinx1, x1x2, x2, x1^2, sinx2, x2^2 (sinx1, x1x2, x1^2, sinx2, x2^2 not');
    expect(message).toMatch(/ONNX or to a JS\/TS module/);
  });

  it('says in model.json what it folded', () => {
    const json = JSON.parse(exportTfjs(featuresFile(['x2'])).modelJson);
    expect(json.modelTopology.config.layers[0].config.batch_input_shape).toEqual([null, 2]);
    expect(json.userDefinedMetadata.neuronlab.folded).toMatch(/^features x2 \(picks of raw x1, x2\) folded/);
  });
});

describe('importTfjs', () => {
  /** model.json and weights of a model built and saved by TensorFlow.js itself. */
  async function saved(model: tf.LayersModel): Promise<{ json: unknown; weights: Uint8Array }> {
    let artifacts: tf.io.ModelArtifacts | undefined;
    await model.save(
      tf.io.withSaveHandler(async (a) => {
        artifacts = a;
        return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
      }),
    );
    const a = artifacts!;
    const json = {
      format: 'layers-model',
      modelTopology: a.modelTopology,
      weightsManifest: [{ paths: ['w.bin'], weights: a.weightSpecs }],
    };
    return { json, weights: new Uint8Array(a.weightData as ArrayBuffer) };
  }

  it('reads a TensorFlow.js Dense model with a LeakyReLU layer and predicts as TensorFlow.js does', async () => {
    const model = tf.sequential({
      layers: [
        tf.layers.dense({ inputShape: [3], units: 4, activation: 'linear' }),
        tf.layers.leakyReLU({ alpha: 0.01 }),
        tf.layers.dense({ units: 2, activation: 'softmax' }),
      ],
    });
    const { json, weights } = await saved(model);
    const file = importTfjs(json, weights);
    expect(file.architecture).toEqual({
      kind: 'sequential',
      inputDim: 3,
      layers: [
        { units: 4, activation: 'leaky-relu' },
        { units: 2, activation: 'softmax' },
      ],
    });
    const x = inputs(100, 3);
    const theirs = (model.predict(tf.tensor2d(Float32Array.from(x), [100, 3])) as tf.Tensor).dataSync();
    expect(worstError(enginePredict(file, x, 100), theirs)).toBeLessThan(FLOAT32_TOLERANCE);
  });

  it('refuses a Conv2D layer with one line naming the layer', async () => {
    const model = tf.sequential({
      layers: [
        tf.layers.conv2d({ inputShape: [4, 4, 1], filters: 2, kernelSize: 2, name: 'edges' }),
        tf.layers.flatten(),
        tf.layers.dense({ units: 1 }),
      ],
    });
    const { json, weights } = await saved(model);
    expect(() => importTfjs(json, weights)).toThrow(
      /^TensorFlow.js model: layer 1 "edges" \(Conv2D\) cannot be imported: neuronlab models hold Dense layers only/,
    );
  });

  it('refuses an activation neuronlab does not have', async () => {
    const model = tf.sequential({
      layers: [tf.layers.dense({ inputShape: [2], units: 1, activation: 'elu', name: 'd' })],
    });
    const { json, weights } = await saved(model);
    expect(() => importTfjs(json, weights)).toThrow('TensorFlow.js model: layer 1 "d" (Dense) has activation "elu"');
  });
});
