import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../io/model-file.js';
import { sequentialToModelFile } from '../nn/model-file.js';
import { createSequential } from '../nn/sequential.js';
import { exportJsModule } from './js-module.js';
import { ACTIVATIONS, enginePredict, featuresFile, inputs, networkFile, neuronFile } from './models.test-util.js';

const N = 1000;
const dir = mkdtempSync(join(tmpdir(), 'neuronlab-js-export-'));

/** Imports the module in a fresh Node process and returns predict(row) for every row, as exact bit patterns. */
function runModule(source: string, name: string, x: Float64Array, d: number): Float64Array {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, source);
  const rows = Array.from({ length: x.length / d }, (_, i) => Array.from(x.subarray(i * d, (i + 1) * d)));
  writeFileSync(`${file}.json`, JSON.stringify(rows));
  const script = `
    import { readFileSync } from 'node:fs';
    const { predict } = await import(${JSON.stringify(file)});
    const rows = JSON.parse(readFileSync(${JSON.stringify(`${file}.json`)}, 'utf8'));
    const out = new Float64Array(rows.flatMap((r) => predict(r)));
    process.stdout.write(Buffer.from(out.buffer).toString('base64'));`;
  const b64 = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  const bytes = Buffer.from(b64, 'base64');
  return new Float64Array(bytes.buffer, bytes.byteOffset, bytes.length / 8);
}

/** A 300 → 20 tanh → 1 network: its first layer has 6,000 weights, past the direct loop of the matrix kernel. */
function wideFile(): ModelFile {
  const net = createSequential({
    inputDim: 300,
    layers: [
      { units: 20, activation: 'tanh' },
      { units: 1, activation: 'linear' },
    ],
    seed: 11,
  });
  return sequentialToModelFile(net);
}

const CASES: [string, ModelFile, number, number][] = [
  ['the neuron', neuronFile(), 1, N],
  ...ACTIVATIONS.map((a): [string, ModelFile, number, number] => [`a ${a} network`, networkFile(a), 2, N]),
  ['a network with a layer of 6,000 weights', wideFile(), 300, 50],
  ['a network trained on features (squares, product, sines)', featuresFile(), 2, N],
  ['a network trained on x2 alone', featuresFile(['x2']), 2, 100],
];

describe('exportJsModule', () => {
  it.each(CASES)('predicts bit-identically to the engine for %s, in a fresh Node process', (name, file, d, n) => {
    const x = inputs(n, d);
    const got = runModule(exportJsModule(file), name.replace(/\W+/g, '-'), x, d);
    // the module promises the engine's operations in the engine's order: equal bits, not a tolerance
    expect(Array.from(got)).toEqual(Array.from(enginePredict(file, x, n)));
  });

  it('writes a module with no imports whose predict refuses a sample of the wrong length', () => {
    const source = exportJsModule(networkFile('tanh'));
    expect(source).not.toMatch(/^\s*import\b/m);
    expect(source).toContain('export function predict(x) {');
    const file = join(dir, 'length.mjs');
    writeFileSync(file, source);
    const script = `const { predict } = await import(${JSON.stringify(file)}); try { predict([1]); } catch (e) { console.log(e.message); }`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(out.trim()).toBe('predict: x must hold 2 number(s), got 1.');
  });

  it('writes TypeScript with a typed predict that strict tsc accepts, with and without features', () => {
    const source = exportJsModule(networkFile('softmax'), { typescript: true });
    expect(source).toContain('export function predict(x: readonly number[]): number[] {');
    const file = join(dir, 'typed.ts');
    writeFileSync(file, source);
    const withFeatures = join(dir, 'typed-features.ts');
    writeFileSync(withFeatures, exportJsModule(featuresFile(), { typescript: true }));
    const tsc = join(import.meta.dirname, '../../node_modules/typescript/bin/tsc');
    const args = ['--noEmit', '--strict', '--noUncheckedIndexedAccess', '--lib', 'es2022', '--target', 'es2022'];
    // throws (and fails the test) with tsc's messages when the generated code does not type-check
    const result = spawnSync(process.execPath, [tsc, ...args, '--module', 'es2022', file, withFeatures], {
      encoding: 'utf8',
      // in the temporary folder, where no node_modules/@types is found: the module must need nothing but the language
      cwd: dir,
    });
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);

  it('writes the features out as expressions of raw x1 and x2', () => {
    const source = exportJsModule(featuresFile());
    expect(source).toContain('return [detMath.sin(x1), x1 * x2, x2, x1 * x1, detMath.sin(x2), x2 * x2];');
    expect(source).toContain('const h0 = normalizeInputs(features(x));');
    expect(source).toContain('trained on the features sinx1, x1x2, x2, x1^2, sinx2, x2^2');
  });
});
