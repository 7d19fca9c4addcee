import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { materializeRun, planRun, recipeFromFlags } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';
import { RunControl, SaveRefused, whyNotSaveable } from './run-control.js';

const tutorialRun = () => materializeRun(planRun(recipeFromFlags({ epochs: '10' })));

describe('whether a model may be saved', () => {
  it('allows a finite model of a run that did not fail', () => {
    expect(whyNotSaveable(tutorialRun().model, null)).toBeNull();
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('refuses a model holding %s', (bad) => {
    const run = tutorialRun();
    run.model.params()[1]!.value[0] = bad;
    expect(whyNotSaveable(run.model, null)).toBe(`parameter b[0] is ${bad}`);
  });

  it('refuses a finite model of a run that failed (diverged)', () => {
    expect(whyNotSaveable(tutorialRun().model, 'train: the loss diverged')).toMatch(/the run failed/);
  });
});

describe('RunControl.save', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'neuronlab-control-'));

  it('writes no file for a failed run, from the --save path or any other', () => {
    const d = dir();
    const control = new RunControl(tutorialRun(), join(d, 'm.json'));
    control.fail('train: the loss diverged at epoch 21');
    expect(() => control.save()).toThrow(SaveRefused);
    expect(() => control.save(join(d, 'neuronlab-model.json'))).toThrow(SaveRefused);
    expect(readdirSync(d)).toEqual([]);
    expect(control.savedTo).toBeNull();
  });

  it('writes no file for a model with a NaN parameter', () => {
    const d = dir();
    const run = tutorialRun();
    run.model.params()[0]!.value[0] = Number.NaN;
    expect(() => new RunControl(run, join(d, 'm.json')).save()).toThrow(/parameter w\[0\] is NaN/);
    expect(readdirSync(d)).toEqual([]);
  });

  it('saves a finite model and remembers where', () => {
    const d = dir();
    const control = new RunControl(tutorialRun(), join(d, 'm.json'));
    expect(control.save()).toBe(join(d, 'm.json'));
    expect(existsSync(join(d, 'm.json'))).toBe(true);
    expect(control.savedTo).toBe(join(d, 'm.json'));
  });

  it('exits with 128 + the number of the signal that interrupted the run, an interrupt winning over a quit', () => {
    const control = new RunControl(tutorialRun(), null);
    expect(control.exitCode()).toBe(0);
    control.request('quit');
    expect(control.exitCode()).toBe(0);
    control.request('interrupt', 'SIGTERM');
    expect(control.exitCode()).toBe(143);
    control.request('interrupt', 'SIGINT');
    expect(control.exitCode()).toBe(143);
    expect(control.abort.signal.aborted).toBe(true);
  });
});
