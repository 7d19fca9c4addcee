/**
 * Learning-rate schedules shaped for the trainer's `schedule` option: `(epoch, baseLr, epochs) => lr`, where epoch
 * is 1-based (the epoch about to run). Each registry entry makes a schedule from a few numeric settings.
 */
import { detMath } from '../math/det-math.js';
import { fraction, nonNegative } from './regularization.js';

/** A learning-rate schedule: the rate for `epoch` (1-based, the epoch about to run) of `epochs`, from `baseLr`. */
export type LrSchedule = (epoch: number, baseLr: number, epochs: number) => number;

/** Settings a schedule factory may read; unknown keys are ignored. */
export type ScheduleSettings = Readonly<Record<string, number>>;

/** One schedule: a line for people and a factory. */
interface ScheduleEntry {
  readonly description: string;
  readonly create: (settings?: ScheduleSettings) => LrSchedule;
}

function positiveInt(key: string, v: number): number {
  if (!Number.isInteger(v) || v < 1) {
    throw new RangeError(`schedule: ${key} must be a whole number >= 1, got ${String(v)}. Pass a value such as 100.`);
  }
  return v;
}

/** Schedules by name. */
const schedules = {
  constant: { description: 'the base rate every epoch', create: () => (_epoch, baseLr) => baseLr },
  step: {
    description: 'multiply by `factor` (default 0.5) every `every` epochs (default 100)',
    create: (s = {}) => {
      const every = positiveInt('every', s.every ?? 100);
      const factor = nonNegative('schedule', 'factor', s.factor ?? 0.5);
      return (epoch, baseLr) => baseLr * detMath.pow(factor, Math.floor((epoch - 1) / every));
    },
  },
  exponential: {
    description: 'multiply by `decay` (default 0.99) each epoch',
    create: (s = {}) => {
      const decay = nonNegative('schedule', 'decay', s.decay ?? 0.99);
      return (epoch, baseLr) => baseLr * detMath.pow(decay, epoch - 1);
    },
  },
  cosine: {
    description: 'half a cosine from the base rate down to `minFactor`·base (default 0) at the last epoch',
    create: (s = {}) => {
      const minFactor = fraction('schedule', 'minFactor', s.minFactor ?? 0);
      return (epoch, baseLr, epochs) => {
        // progress runs 0 → 1 from the first to the last epoch
        const progress = epochs <= 1 ? 0 : (epoch - 1) / (epochs - 1);
        return baseLr * (minFactor + (1 - minFactor) * 0.5 * (1 + detMath.cos(Math.PI * progress)));
      };
    },
  },
} as const satisfies Readonly<Record<string, ScheduleEntry>>;

/** A registered schedule name. */
export type ScheduleName = keyof typeof schedules;

/** The registered schedule names, in registry order. */
export function scheduleNames(): ScheduleName[] {
  return Object.keys(schedules) as ScheduleName[];
}

/** Makes a registered schedule; a TypeError lists the known names when the name is unknown. */
export function createSchedule(name: string, settings?: ScheduleSettings): LrSchedule {
  if (!Object.hasOwn(schedules, name)) {
    throw new TypeError(`createSchedule: unknown schedule, got '${name}'. Use one of: ${scheduleNames().join(', ')}.`);
  }
  return schedules[name as ScheduleName].create(settings);
}
