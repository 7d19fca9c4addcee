import { describe, expect, it } from 'vitest';
import { datasetNames, generateDataset } from './registry.js';

/** FNV-1a over the raw float64 bytes: any change in any bit of any value changes it. */
function fingerprint(values: Float64Array): string {
  let h = 0x811c9dc5;
  for (const b of new Uint8Array(values.buffer, values.byteOffset, values.byteLength)) h = Math.imul(h ^ b, 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

// Recorded once from this implementation (seed 42, default options). Saved recipes (model files, shared links,
// benchmark data) rely on these streams staying put: if this test fails, a change altered what a recipe means —
// either undo it, or treat it as a breaking change and update the values deliberately.
const GOLDEN: Readonly<Record<string, string>> = {
  celsius: '1a7815b4/2b0e939a',
  linear: '9092d2ad/0c7b8cc1',
  polynomial: 'bc3026ad/a3311eb2',
  sine: 'e616db77/4ee66b4d',
  plane: '27d95b53/64810c1b',
  'gaussian-bump': '191643f5/14208d75',
  xor: 'ca0b48f7/ea6d29c5',
  circles: '80ca3679/ea6d29c5',
  gauss: 'd57ebe24/ea6d29c5',
  spiral: '784f08d9/ea6d29c5',
  moons: 'c8e55bd7/ea6d29c5',
  blobs: 'd368acea/ad279985',
};

describe('generator streams', () => {
  it('covers every registered generator', () => {
    expect(Object.keys(GOLDEN)).toEqual([...datasetNames]);
  });

  it.each(datasetNames)('keeps %s bit-identical to the recorded default dataset', (name) => {
    const d = generateDataset(name);
    expect(`${fingerprint(d.x)}/${fingerprint(d.y)}`).toBe(GOLDEN[name]);
  });
});
