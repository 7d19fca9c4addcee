import type { RunPlan } from '@neuronlab/lab';
import { prepareTrain } from '../commands/prepare-train.js';
import type { TrainCliOptions } from '../config.js';
import { defaultReportEvery } from '../config.js';
import { usageError } from '../errors.js';
import { gridOf, type SweepAxis, sweepAxes, varyingAxes } from './grid.js';

/** One trial as planned: its number, name, the swept settings it got, and the run plan train would make for it. */
export interface PlannedTrial {
  readonly trial: number;
  readonly name: string;
  readonly settings: Readonly<Record<string, string>>;
  readonly plan: RunPlan;
  readonly reportEvery: number;
  /** The --init model file, or null. */
  readonly init: string | null;
}

/** A value as part of a directory name: `1e-4`; a list of widths `16x16`, of names `relu+tanh`, `x1+x2+x1_2`. */
function namePart(value: string): string {
  const joiner = /^[\d,]+$/.test(value) ? 'x' : '+';
  return value.replaceAll(',', joiner).replace(/[^\w.+-]/g, '_');
}

/**
 * `trial-03-lr1e-4-seed2`, `trial-2-optimizer-adam`: the trial's number, then its swept settings, a hyphen between a
 * setting and a value that begins with a letter (`optimizeradam` reads as one word).
 */
function trialName(trial: number, total: number, settings: Readonly<Record<string, string>>): string {
  const number = String(trial).padStart(String(total).length, '0');
  const setting = (k: string, v: string) => {
    const part = namePart(v);
    return /^[a-z]/i.test(part) ? `${k}-${part}` : `${k}${part}`;
  };
  return [`trial-${number}`, ...Object.entries(settings).map(([k, v]) => setting(k, v))].join('-');
}

/**
 * Plans every trial of the grid the flags describe, each exactly as `neuronlab train` would with that trial's values:
 * every value is checked by the recipe table's rules, so a bad one is one line (naming its flag), before any training.
 */
export async function planSweep(o: TrainCliOptions): Promise<{ axes: SweepAxis[]; trials: PlannedTrial[] }> {
  const { logDir, runName, save, json, ...rest } = o;
  if (save !== undefined) throw usageError('sweepSave');
  if (runName !== undefined) throw usageError('sweepRunName');
  const axes = sweepAxes(rest);
  const grid = gridOf(axes);
  const varying = varyingAxes(axes);
  const trials: PlannedTrial[] = [];
  for (const [i, point] of grid.entries()) {
    const { cfg, plan } = await prepareTrain({ ...rest, ...point });
    const settings = Object.fromEntries(varying.map((a) => [a.key, point[a.key]!]));
    trials.push({
      trial: i + 1,
      name: trialName(i + 1, grid.length, settings),
      settings,
      plan,
      reportEvery: cfg.reportEvery ?? defaultReportEvery(plan.recipe, false),
      init: cfg.init,
    });
  }
  return { axes, trials };
}
