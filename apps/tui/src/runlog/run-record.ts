import type { Recipe } from '@neuronlab/lab';

/** The file names inside a run's directory. */
export const RUN_FILES = {
  recipe: 'recipe.json',
  events: 'events.jsonl',
  metrics: 'metrics.csv',
  model: 'model.json',
} as const;

/** Where a trial of a sweep sits in its grid: its number and the settings that set it apart. */
export interface TrialTag {
  /** 1-based trial number. */
  readonly trial: number;
  /** The flags this trial was given from the sweep's lists (`{ lr: '1e-4', seed: '2' }`). */
  readonly settings: Readonly<Record<string, string>>;
}

/** recipe.json: everything `neuronlab train` needs to repeat the run, and the command that does. */
export interface RunRecord {
  readonly format: 'neuronlab-run';
  readonly version: 1;
  readonly name: string;
  /** ISO time the run started (for reading only: nothing the run computes depends on it). */
  readonly started: string;
  readonly recipe: Recipe;
  /** Epochs per progress event: the events the run logged depend on it. */
  readonly reportEvery: number;
  /** The --init model file the run started from, or null. */
  readonly init: string | null;
  /** `neuronlab train` flags that repeat the run (recipe, --report-every and --init). */
  readonly args: readonly string[];
  /** The same as one shell command. */
  readonly command: string;
  /** Set when the run was a trial of a sweep. */
  readonly trial?: TrialTag;
}
