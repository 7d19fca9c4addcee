import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ModelFileError } from '../errors.js';
import type { ModelFile } from './model-file.js';
import { parseModelFile } from './parse.js';
import { serializeModelFile } from './serialize.js';

const base: ModelFile = {
  format: 'neuronlab-model',
  version: 1,
  architecture: { kind: 'sequential', inputDim: 2, layers: [{ units: 2, activation: 'tanh' }] },
  parameters: [
    { name: 'layers.0.weight', shape: [2, 2], values: [0.5, -1, 2, 0] },
    { name: 'layers.0.bias', shape: [2], values: [0, 1] },
  ],
  normalization: { inputs: { kind: 'standardize', mean: [0, 1], std: [1, 2] }, targets: null },
  recipe: { seed: 1, options: { lr: 0.01 } },
  createdBy: 'fuzz',
};

/** Parses, and fails the property unless the outcome is a valid file or a ModelFileError. */
function parseSafely(text: string): void {
  try {
    const file = parseModelFile(text);
    // whatever it accepts it can write again and read back identically
    expect(parseModelFile(serializeModelFile(file))).toEqual(file);
  } catch (error) {
    if (!(error instanceof ModelFileError)) throw error;
    expect(typeof error.field).toBe('string');
  }
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
}

// a JSON value, sometimes an object carrying a __proto__ key as JSON.parse would produce it
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}')),
  fc.constantFrom(1e308, -0, 5e-324, '', [], {}, 'neuron', 'sequential', 'standardize', 'minmax'),
);

/** Replaces (or deletes) the value at a path picked by `picks` inside a deep copy of the base file. */
function mutate(picks: number[], replacement: unknown, remove: boolean): string {
  const root = JSON.parse(serializeModelFile(base));
  let node: Record<string, unknown> = root;
  for (const [depth, pick] of picks.entries()) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[pick % keys.length]!;
    const child = node[key];
    const last = depth === picks.length - 1 || typeof child !== 'object' || child === null;
    if (last) {
      if (remove) delete node[key];
      else
        Object.defineProperty(node, key, { value: replacement, enumerable: true, configurable: true, writable: true });
      break;
    }
    node = child as Record<string, unknown>;
  }
  return JSON.stringify(root);
}

describe('model file loader under fuzzing', () => {
  it('only ever returns a valid file or throws ModelFileError on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), parseSafely), { numRuns: 300 });
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), parseSafely), { numRuns: 300 });
  });

  it('only ever returns a valid file or throws ModelFileError on mutated model files', () => {
    const picks = fc.array(fc.nat(20), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(picks, hostileValue, fc.boolean(), (p, v, remove) => parseSafely(mutate(p, v, remove))),
      { numRuns: 1000 },
    );
  });

  it('throws only ModelFileError on truncated and spliced files', () => {
    const text = serializeModelFile(base);
    fc.assert(
      fc.property(fc.nat(text.length), fc.string({ maxLength: 5 }), (cut, insert) => {
        parseSafely(text.slice(0, cut));
        parseSafely(text.slice(0, cut) + insert + text.slice(cut));
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips any finite float64 bit for bit', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.array(finite, { minLength: 6, maxLength: 6 }), (v) => {
        const file: ModelFile = {
          ...base,
          parameters: [
            { ...base.parameters[0]!, values: v.slice(0, 4) },
            { ...base.parameters[1]!, values: v.slice(4) },
          ],
        };
        const back = parseModelFile(serializeModelFile(file)).parameters.flatMap((p) => p.values);
        // Object.is separates -0 from 0, which toEqual on numbers would too, but says so explicitly
        for (const [i, x] of back.entries()) expect(Object.is(x, v[i])).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
