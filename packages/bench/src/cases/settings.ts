/** Sizes of every case in a full run and in the quick (CI smoke) run. */

/** How big each case is. */
export interface BenchSettings {
  readonly mode: 'full' | 'quick';
  /** Untimed and timed rounds per case. */
  readonly warmup: number;
  readonly reps: number;
  /**
   * Warm-up and timed rounds of case 1, whose runs take milliseconds. The trainer needs ~10 fresh instances before V8
   * stops re-optimizing it (field types settle), and more timed rounds steady the median.
   */
  readonly tutorialWarmup: number;
  readonly tutorialReps: number;
  readonly tutorialSteps: number;
  /**
   * Fresh Node processes that each time the engine rows of case 1. How well V8 compiles a loop of 100 multiply-adds
   * varies from process to process (the case prints the spread), for the hand-written loop as much as for the engine,
   * so one process cannot judge a 2× goal: the case reports the median over processes of each process's own ratio.
   */
  readonly tutorialProcesses: number;
  readonly smallNetEpochs: number;
  /** Epochs for TensorFlow.js and brain.js in case 2 (fewer in the quick run: they are 10–20× slower). */
  readonly smallNetPeerEpochs: number;
  /** Timed rounds of case 2 (few: TensorFlow.js is the slow contestant; see its row in the results). */
  readonly smallNetReps: number;
  /** Timed rounds of case 3 (few: TensorFlow.js cpu is the slow contestant; see its row in the results). */
  readonly wideReps: number;
  readonly wideSamples: number;
  readonly memorySteps: number;
  readonly memoryCheckpoints: number;
  readonly dashboardReps: number;
  /**
   * Epochs of case 4's throughput runs: enough that the dashboard shows a few dozen frames after start-up.
   * 10,000,000 is the most `--epochs` allows.
   */
  readonly dashboardThroughputEpochs: number;
  /**
   * Rounds of case 4's throughput runs. How fast V8 compiles the tutorial's tiny epoch, and what else the machine runs, moves
   * a process's rate by several percent now and then, so a 5% goal needs many rounds.
   */
  readonly dashboardThroughputRounds: number;
  /** Size of case 6's metrics.csv, in MB. */
  readonly plotFollowMegabytes: number;
  /** Epochs of case 4b's runs (an mlp on xor): long enough that the dashboard shows dozens of frames after start-up. */
  readonly dashboardMlpEpochs: number;
  /** Rounds of case 4b: each runs both commands for some seconds, so fewer than case 4's. */
  readonly dashboardMlpRounds: number;
  /** Epochs of each of case 7's eight trials (a small network on moons): about a second of training each. */
  readonly sweepEpochs: number;
  /** Timed rounds of case 7: each pairs the two commands back to back, and on a shared machine one pair's ratio
   * can be off by a quarter, so the median takes several. */
  readonly sweepReps: number;
  /** Steps of arithmetic in each of the eight tasks that measure case 7's machine ceiling: about a third of a second. */
  readonly ceilingSteps: number;
}

/** The sizes of a published run. */
export const FULL: BenchSettings = {
  mode: 'full',
  warmup: 1,
  reps: 5,
  tutorialWarmup: 10,
  tutorialReps: 15,
  tutorialSteps: 10_000,
  tutorialProcesses: 7,
  smallNetEpochs: 200,
  smallNetPeerEpochs: 200,
  smallNetReps: 3,
  wideReps: 3,
  wideSamples: 6_400,
  memorySteps: 100_000,
  memoryCheckpoints: 10,
  dashboardReps: 5,
  dashboardThroughputEpochs: 10_000_000,
  dashboardThroughputRounds: 21,
  plotFollowMegabytes: 100,
  dashboardMlpEpochs: 10_000,
  dashboardMlpRounds: 7,
  sweepEpochs: 3_000,
  sweepReps: 7,
  ceilingSteps: 16_000_000,
};

/** A smoke run that exercises every code path in seconds; its ratios are noisy and not published. */
export const QUICK: BenchSettings = {
  mode: 'quick',
  warmup: 1,
  reps: 1,
  tutorialWarmup: 1,
  tutorialReps: 1,
  tutorialSteps: 500,
  tutorialProcesses: 1,
  smallNetEpochs: 3,
  smallNetPeerEpochs: 2,
  smallNetReps: 1,
  wideReps: 1,
  wideSamples: 640,
  memorySteps: 2_000,
  memoryCheckpoints: 4,
  dashboardReps: 1,
  dashboardThroughputEpochs: 2_000_000,
  dashboardThroughputRounds: 1,
  plotFollowMegabytes: 5,
  dashboardMlpEpochs: 3_000,
  dashboardMlpRounds: 1,
  sweepEpochs: 10,
  sweepReps: 1,
  ceilingSteps: 10_000,
};
