import { Neuron, neuronToModelFile, parseModelFile, serializeModelFile } from '@neuronlab/core';
import { exportJsModule, exportOnnx, exportTfjs, importTfjs, ONNX_OPSET } from '@neuronlab/core/export';
import { describe, expect, it } from 'vitest';

describe('@neuronlab/core/export, through its public name only', () => {
  const file = parseModelFile(serializeModelFile(neuronToModelFile(new Neuron(1.8, 32))));

  it('writes every format from a parsed model file and reads its own TensorFlow.js export back', () => {
    expect(ONNX_OPSET).toBeGreaterThanOrEqual(13);
    expect(exportOnnx(file).length).toBeGreaterThan(100);
    expect(exportJsModule(file)).toContain('export function predict(x)');
    const tfjs = exportTfjs(file);
    const back = importTfjs(JSON.parse(tfjs.modelJson), tfjs.weights);
    // 1.8 and 32 in float32, read back as float64
    expect(back.parameters.map((p) => p.values[0])).toEqual([Math.fround(1.8), Math.fround(32)]);
  });

  it('refuses a file that is not a model file, naming the field', () => {
    expect(() => exportOnnx({ format: 'something else' })).toThrow(/format/);
  });
});
