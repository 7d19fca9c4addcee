/**
 * Case 7, the sweep's thread pool: an 8-trial sweep (`neuronlab sweep --seed 1..8`, one small network on moons per
 * trial, each about a second of training alone) through the built CLI with one trial per core at once (`--jobs` = the
 * cores) against the same command with `--jobs 1`, which trains the same trials one after another through the same
 * code. Both are whole commands, process start-up, every trial's log directory and the --json stream included, run
 * back to back in each round; the median of the rounds' ratios is judged. The --json stream goes to /dev/null, as to
 * a file: read by this process, its tens of megabytes would be parsed on the very cores being measured.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Contestant, measure, median } from '../measure.js';
import { type CaseResult, judge, ratioRange } from '../report.js';
import type { BenchSettings } from './settings.js';
import { ceilingContestant } from './thread-ceiling.js';

// the built `neuronlab` binary of the workspace's @neuronlab/tui (a devDependency, so turbo builds it before `bench`)
const CLI = join(dirname(createRequire(import.meta.url).resolve('@neuronlab/tui/package.json')), 'dist/cli.js');

/** Trials of the sweep: a grid of eight seeds. */
const TRIALS = 8;

/** A contestant that runs `neuronlab sweep` with `jobs` threads into a fresh log directory, removed untimed. */
function sweepContestant(name: string, jobs: number, epochs: number, times: number[]): Contestant {
  let dir = '';
  return {
    name,
    setup() {
      dir = mkdtempSync(join(tmpdir(), 'neuronlab-bench-sweep-'));
    },
    run() {
      const args = [CLI, 'sweep', '--json', '--dataset', 'moons', '--seed', `1..${TRIALS}`];
      args.push('--epochs', String(epochs), '--jobs', String(jobs), '--log-dir', dir);
      const t0 = performance.now();
      return new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
        });
        child.on('error', reject);
        child.on('close', (code) => {
          times.push(performance.now() - t0);
          if (code !== 0) reject(new Error(`bench: neuronlab sweep failed (exit ${code}): ${stderr.slice(0, 300)}`));
          else resolve();
        });
      });
    },
    teardown() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs case 7, or reports why it could not. */
export async function sweepCase(s: BenchSettings): Promise<CaseResult> {
  const cores = availableParallelism();
  const epochs = s.sweepEpochs;
  const base = {
    id: 'sweep',
    title: '7. A sweep on a thread pool against its trials one after another',
    setup: `neuronlab sweep --dataset moons --seed 1..${TRIALS} --epochs ${epochs} --json (8 trials, each logged as a run), with --jobs ${cores} (the cores) against --jobs 1: whole commands, start-up included (lower is better).`,
    unit: 'ms',
    baseline: 'one after another',
  };
  const goalText = `the sweep on ${cores} cores finishes ≥ 1.8× faster than its trials one after another`;
  if (!existsSync(CLI)) {
    const why = `the CLI is not built (${CLI} is missing); run pnpm build first`;
    return { ...base, rows: [], goals: [{ text: goalText, status: 'not measured', detail: why }], notes: [why] };
  }
  const oneTimes: number[] = [];
  const poolTimes: number[] = [];
  // the machine's own ceiling in the same rounds, so a busy spell slows both alike
  const [one, pool, ceilingOne, ceilingPool] = await measure(
    [
      sweepContestant('one after another', 1, epochs, oneTimes),
      sweepContestant(`pool of ${cores}`, cores, epochs, poolTimes),
      ceilingContestant('arithmetic, one after another', 1, TRIALS, s.ceilingSteps),
      ceilingContestant(`arithmetic, pool of ${cores}`, cores, TRIALS, s.ceilingSteps),
    ],
    { warmup: 1, reps: s.sweepReps },
  );
  // rounds run the two commands back to back: compare within a round, warm-up left out
  const ratios = poolTimes.slice(1).map((p, i) => oneTimes[i + 1]! / p);
  const ratio = median(ratios);
  const ceilings = ceilingPool!.samplesMs.map((p, i) => ceilingOne!.samplesMs[i]! / p);
  const ceiling = median(ceilings);
  return {
    ...base,
    rows: [
      { name: one!.name, value: one!.medianMs, ratio: 1 },
      {
        name: pool!.name,
        value: pool!.medianMs,
        ratio: pool!.medianMs / one!.medianMs,
        note: `speed-up ${ratio.toFixed(2)}× (median of the rounds' ratios, ${ratioRange(ratios)})`,
      },
    ],
    goals: [
      judge(
        goalText,
        ratio,
        1.8,
        true,
        `Work outside the trials competes with them for the cores: each pool thread compiles the engine’s hot code for itself (V8’s optimizing compiler works per thread, in the background), the main thread writes every trial’s log, and the garbage collector runs beside them. One after another, all of that runs on the otherwise idle second core. Both commands also pay the same process start-up.${ceiling < cores - 0.05 ? ` And the cores themselves give less than ${cores}×: in the same rounds, arithmetic alone on ${cores} threads ran ${ceiling.toFixed(2)}× faster than one after another.` : ''}`,
      ),
    ],
    notes: [
      'Trials are independent runs, so the pool can use every core; the ideal ratio is the number of cores, less the start-up both commands share and the main thread that receives and logs every event.',
      `This machine’s ceiling, measured in the same rounds: ${TRIALS} equal tasks of arithmetic alone (no allocation, one small loop, threads started before the clock) on ${cores} worker threads finished ${ceiling.toFixed(2)}× faster than on one (median of the rounds’ ratios, ${ratioRange(ceilings)}). No pool on this machine gains more.${ceiling > 1.05 && ratio > 1 ? ` The sweep’s ${ratio.toFixed(2)}× is ${((100 * (ratio - 1)) / (ceiling - 1)).toFixed(0)}% of the gain the cores allow.` : ''}`,
    ],
  };
}
