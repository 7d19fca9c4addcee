import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Trainable } from '@neuronlab/core';
import { parseModelFile } from '@neuronlab/core';
import { materializeRun, planRun, recipeFromFlags } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';
import { modelMessage } from '../session/model-message.js';
import type { ModelOwner } from '../session/worker-events.js';
import { RunControl, SaveRefused, whyNotSaveable } from './run-control.js';

const tutorialRun = () => materializeRun(planRun(recipeFromFlags({ epochs: '10' })));

/** The owner of `model` as the training thread answers for it, here in this thread; `asked` counts the saves. */
function owner(model: Trainable = tutorialRun().model): ModelOwner & { asked: number } {
  const plan = planRun(recipeFromFlags({ epochs: '10' }));
  const o = {
    asked: 0,
    modelFile: async () => {
      o.asked++;
      return modelMessage(model, plan, 3);
    },
  };
  return o;
}

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

  it('writes no file for a failed run, from the --save path or any other, and does not ask for the model', async () => {
    const d = dir();
    const control = new RunControl(join(d, 'm.json'));
    const model = owner();
    control.fail('train: the loss diverged at epoch 21');
    await expect(control.save(model)).rejects.toThrow(SaveRefused);
    await expect(control.save(model, join(d, 'neuronlab-model.json'))).rejects.toThrow(SaveRefused);
    expect(readdirSync(d)).toEqual([]);
    expect(control.savedTo).toBeNull();
    expect(model.asked).toBe(0);
  });

  it('writes no file for a model with a NaN parameter, as its owner reports', async () => {
    const d = dir();
    const run = tutorialRun();
    run.model.params()[0]!.value[0] = Number.NaN;
    await expect(new RunControl(join(d, 'm.json')).save(owner(run.model))).rejects.toThrow(/parameter w\[0\] is NaN/);
    expect(readdirSync(d)).toEqual([]);
  });

  it('saves the owner’s model file and remembers where', async () => {
    const d = dir();
    const control = new RunControl(join(d, 'm.json'));
    const run = tutorialRun();
    expect(await control.save(owner(run.model))).toBe(join(d, 'm.json'));
    const saved = parseModelFile(readFileSync(join(d, 'm.json'), 'utf8'));
    expect(saved.parameters.map((p) => [...p.values])).toEqual(run.model.params().map((p) => [...p.value]));
    expect(existsSync(join(d, 'm.json'))).toBe(true);
    expect(control.savedTo).toBe(join(d, 'm.json'));
  });

  it('saves nothing and asks nothing without a path', async () => {
    const model = owner();
    expect(await new RunControl(null).save(model)).toBeNull();
    expect(model.asked).toBe(0);
  });

  it('exits with 128 + the number of the signal that interrupted the run, an interrupt winning over a quit', () => {
    const control = new RunControl(null);
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
