import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TUTORIAL_RECIPE } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';
import { metricColumns } from './metrics-row.js';
import { checkRunName, createRunDir, logDirFrom, runNameFor } from './run-dir.js';

describe('run directories', () => {
  it('names a run after what trained and when, so names sort in time order', () => {
    expect(runNameFor(TUTORIAL_RECIPE, new Date(2026, 11, 6, 10, 7, 5))).toBe(
      'celsius-neuron-sgd-lr1e-4-20261206-100705',
    );
    // a CSV run is named after its file, in characters that keep the name one plain path component
    const csv = (file: string) => ({ ...TUTORIAL_RECIPE, dataset: { name: 'csv', options: { file } } });
    const at = new Date(2026, 11, 6, 10, 7, 5);
    expect(runNameFor(csv('data/temps.csv'), at)).toBe('temps-neuron-sgd-lr1e-4-20261206-100705');
    expect(runNameFor(csv('../Météo relevés (2026).CSV'), at)).toBe(
      'Météo-relevés-2026-neuron-sgd-lr1e-4-20261206-100705',
    );
    expect(runNameFor(csv('...'), at)).toBe('csv-neuron-sgd-lr1e-4-20261206-100705');
  });

  it('gives a made-up name a number when it is taken, and refuses a taken --run-name', () => {
    const root = mkdtempSync(join(tmpdir(), 'neuronlab-runs-'));
    createRunDir(root, 'a', false);
    createRunDir(root, 'a', false);
    expect(readdirSync(root).sort()).toEqual(['a', 'a-2']);
    expect(() => createRunDir(root, 'a', true)).toThrow(/already exists.*never overwritten/);
  });

  it.each(['', '..', 'a/b', 'tab\there'])('refuses the run name %j, which could leave its log directory', (name) => {
    expect(() => checkRunName(name)).toThrow(/--run-name must be a plain name/);
  });

  it('takes NEURONLAB_LOG_DIR only when --log-dir is left out', () => {
    expect(logDirFrom(undefined, { NEURONLAB_LOG_DIR: 'env' })).toEqual({ path: 'env', from: 'NEURONLAB_LOG_DIR' });
    expect(logDirFrom('flag', { NEURONLAB_LOG_DIR: 'env' })).toEqual({ path: 'flag', from: '--log-dir' });
    expect(logDirFrom(undefined, {})).toBeNull();
  });

  it('writes the Keras CSVLogger columns that apply to the task and the split', () => {
    expect(metricColumns('regression', false)).toEqual(['epoch', 'loss']);
    expect(metricColumns('binary', true)).toEqual(['epoch', 'loss', 'val_loss', 'accuracy', 'val_accuracy']);
  });
});
