import onnxProto from 'onnx-proto';
import ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../io/model-file.js';
import {
  ACTIVATIONS,
  enginePredict,
  FEATURE_MIX,
  featuresFile,
  inputs,
  networkFile,
  neuronFile,
} from './models.test-util.js';
import { exportOnnx } from './onnx.js';

const N = 1000;

/** ONNX Runtime's outputs for n rows of raw inputs. */
async function runOnnx(bytes: Uint8Array, x: Float64Array, n: number, float32: boolean): Promise<Float64Array> {
  const session = await ort.InferenceSession.create(bytes);
  const d = x.length / n;
  const input = float32
    ? new ort.Tensor('float32', Float32Array.from(x), [n, d])
    : new ort.Tensor('float64', x, [n, d]);
  const { y } = await session.run({ x: input });
  return Float64Array.from(y!.data as Float64Array | Float32Array);
}

/** Largest |a − b| / max(|b|, 1): relative for outputs of magnitude above 1, absolute below. */
function worstError(a: Float64Array, b: Float64Array): number {
  let worst = 0;
  for (let i = 0; i < b.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / Math.max(Math.abs(b[i]!), 1));
  return worst;
}

const CASES: [string, ModelFile, number][] = [
  ['the neuron', neuronFile(), 1],
  ...ACTIVATIONS.map((a): [string, ModelFile, number] => [`a ${a} network`, networkFile(a), 2]),
  // raw x1, x2 in; the graph makes the squares, the product and the sines
  ['a network trained on features', featuresFile(), 2],
];

describe('exportOnnx run by ONNX Runtime', () => {
  it.each(CASES)('computes what the engine computes for %s on 1,000 raw inputs, in float64', async (_, file, d) => {
    const x = inputs(N, d);
    const expected = enginePredict(file, x, N);
    const got = await runOnnx(exportOnnx(file), x, N, false);
    expect(got.length).toBe(expected.length);
    // the same operations in float64; only MatMul's summation order, and ONNX Runtime's Sin (not detMath's, but
    // within an ulp or two of the true sine), may differ from the engine's
    expect(worstError(got, expected)).toBeLessThan(1e-12);
  });

  it.each(CASES)('stays within float32 rounding of the engine for %s with float32', async (_, file, d) => {
    const x = inputs(N, d);
    const expected = enginePredict(file, x, N);
    const got = await runOnnx(exportOnnx(file, { float32: true }), x, N, true);
    // float32 keeps ~7 digits; weights, inputs and every step round, and the target scale (up to 20) multiplies
    // the error, so 1e-4 of the output's magnitude is a few float32 roundings with room to spare
    expect(worstError(got, expected)).toBeLessThan(1e-4);
  });
});

describe('exportOnnx writes a self-describing model', () => {
  it('declares opset 13, names its input x and output y, and carries the recipe and the version in its metadata', () => {
    const file = networkFile('softmax');
    const model = onnxProto.onnx.ModelProto.decode(exportOnnx(file, { producerVersion: '0.1.0' }));
    expect(model.opsetImport.map((o) => [o.domain, Number(o.version)])).toEqual([['', 13]]);
    expect((model.graph!.input ?? []).map((v) => v.name)).toEqual(['x']);
    expect((model.graph!.output ?? []).map((v) => v.name)).toEqual(['y']);
    // float64 unless asked otherwise (11 is DOUBLE in onnx.proto)
    expect(model.graph!.input![0]!.type!.tensorType!.elemType).toBe(11);
    const meta = Object.fromEntries(model.metadataProps.map((p) => [p.key, p.value]));
    expect(JSON.parse(meta['neuronlab.recipe']!)).toEqual(file.recipe);
    expect(meta['neuronlab.version']).toBe('0.1.0');
    expect((model.graph!.node ?? []).map((n) => n.opType)).toEqual([
      'Sub',
      'Div',
      'Gemm',
      'Softmax',
      'Gemm',
      'Softmax',
      'Mul',
      'Add',
    ]);
  });

  it('makes the features from raw x1 and x2 with Gather, Mul, Sin and Concat, and names them in its metadata', () => {
    const model = onnxProto.onnx.ModelProto.decode(exportOnnx(featuresFile()));
    const nodes = model.graph!.node ?? [];
    expect(nodes.slice(0, 8).map((n) => n.opType)).toEqual([
      'Gather',
      'Sin',
      'Gather',
      'Mul',
      'Mul',
      'Sin',
      'Mul',
      'Concat',
    ]);
    expect(Number(model.graph!.input![0]!.type!.tensorType!.shape!.dim![1]!.dimValue)).toBe(2);
    const meta = Object.fromEntries(model.metadataProps.map((p) => [p.key, p.value]));
    expect(meta['neuronlab.features']).toBe(FEATURE_MIX.join(', '));
  });

  it('refuses a recipe whose features are unknown or do not match the first layer, naming recipe.features', () => {
    const file = featuresFile();
    const edited = (features: unknown) => ({ ...file, recipe: { ...file.recipe, features } });
    expect(() => exportOnnx(edited(['x1', 'x2']))).toThrow(
      /^export: recipe.features must name one feature per input of the first layer \(6\), got 2\./,
    );
    expect(() => exportOnnx(edited(['cosx1']))).toThrow(/^export: recipe.features\[0\] must be one of x1, x2/);
  });
});
