/**
 * Case 4, the dashboard's cost: the tutorial run through the built CLI with the live terminal dashboard
 * (`neuronlab train --speed max` in a pseudo-terminal) against the same run printing JSON lines (`--json`).
 * Both run under `script`, which gives the process a real pseudo-terminal, so the only difference is the renderer.
 * The dashboard stays open after training until `q`; only the time to the end of training is counted.
 *
 * The goal is about throughput: what the dashboard costs per epoch once it runs. Each command's output is read as it
 * arrives (the epoch on the dashboard's progress line, the epoch of --json's progress events), and the rate is the
 * slope of shown epoch over time in the second half of the run (progress-trace.ts). Each round runs the two commands
 * back to back and takes the ratio of their rates; the median over rounds is judged. Whole commands, start-up
 * included, are shown as measured, without a goal.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Contestant, measure, median, type Timing } from '../measure.js';
import { type CaseResult, judge, ratioRange } from '../report.js';
import { JSON_EPOCH, ProgressTrace, SCREEN_EPOCH, steadyRate } from './progress-trace.js';
import type { BenchSettings } from './settings.js';

// the built `neuronlab` binary of the workspace's @neuronlab/tui (a devDependency, so turbo builds it before `bench`)
const CLI = join(dirname(createRequire(import.meta.url).resolve('@neuronlab/tui/package.json')), 'dist/cli.js');
const TIMEOUT_MS = 60_000;

/** A CLI process in a pseudo-terminal: `done` settles when its output shows `marker`, `exited` when it is gone. */
interface TerminalRun {
  /** Settles at the marker with the milliseconds from the first byte of output to the marker. */
  readonly done: Promise<number>;
  readonly exited: Promise<void>;
}

/**
 * Starts `node cli.js <args>` inside `script` (a 120×40 pseudo-terminal). Training counts as finished when the output
 * (ANSI codes stripped) matches `marker`; then `q` is typed, which closes the dashboard and is ignored by --json.
 */
function startInTerminal(args: readonly string[], marker: RegExp, trace?: ProgressTrace): TerminalRun {
  const command = [process.execPath, CLI, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const child = spawn('script', ['-qfec', `stty cols 120 rows 40 2>/dev/null; ${command}`, '/dev/null'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '1', TERM: 'xterm-256color' },
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
  let seen = '';
  let err = '';
  let firstOutput = -1;
  const done = new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      const now = performance.now();
      if (firstOutput < 0) firstOutput = now;
      trace?.add(stripAnsi(d.toString()), now);
      // the marker is looked for in this read and the tail of the last (it may straddle two), before the tail is cut:
      // a network's done event carries every parameter, so the marker can be far from a long read's end
      const text = stripAnsi(seen + d.toString());
      seen = text.slice(-4096);
      if (marker.test(text)) {
        resolve(now - firstOutput);
        child.stdin.end('q');
      }
    });
    child.on('close', (code) =>
      reject(
        new Error(`bench: neuronlab ${args.join(' ')} exited with ${code} before finishing. ${err.slice(0, 300)}`),
      ),
    );
  });
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const exited = new Promise<void>((resolve) => {
    child.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  done.catch(() => undefined);
  return { done, exited };
}

// CSI and OSC escape sequences (ESC and BEL spelled out, since a regex literal with control characters reads badly)
const ESC = String.fromCharCode(27);
const BEL = String.fromCharCode(7);
const ANSI = new RegExp(`${ESC}\\[[0-9;?]*[ -/]*[@-~]|${ESC}\\][^${BEL}]*${BEL}`, 'g');

/** Terminal output without colour, cursor and title escape sequences. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** A contestant that times the CLI from spawn to the finished marker and lets it exit untimed. */
export function cliContestant(
  name: string,
  args: readonly string[],
  marker: RegExp,
  epochPattern?: RegExp,
): CliContestant {
  let current: TerminalRun | undefined;
  const traces: ProgressTrace[] = [];
  return {
    name,
    traces,
    async run() {
      const trace = epochPattern ? new ProgressTrace(epochPattern) : undefined;
      current = startInTerminal(args, marker, trace);
      await current.done;
      if (trace) traces.push(trace);
    },
    async teardown() {
      await current?.exited;
    },
  };
}

/** A CLI contestant and the progress it showed in each round (warm-up included), when asked to keep it. */
export interface CliContestant extends Contestant {
  readonly traces: ProgressTrace[];
}

/** What ends a run: the done event of --json, the dashboard's summary line. */
export const JSON_DONE = /"type":"done"/;
export const DASHBOARD_DONE = /finished after/;
/** The two commands compared, without the recipe. */
export const JSON_ARGS = ['train', '--speed', 'max', '--json'];
export const DASHBOARD_ARGS = ['train', '--speed', 'max'];
const WHY_THROUGHPUT =
  'Training runs on its own thread, but this machine has two cores: the drawing thread (React and Ink redrawing the 120×40 screen 20 times a second), the garbage collector and the terminal reading each frame take CPU time and memory bandwidth next to it, and that shows per epoch.';

/** Untimed rounds before each measurement (the operating system's file cache); their traces are left out too. */
export const WARMUP = 1;

const fmt = (n: number) => n.toLocaleString('en-US');
const perMillion = (epochsPerSecond: number) => 1e9 / epochsPerSecond;
const millions = (epochsPerSecond: number) => `${(epochsPerSecond * 1e-6).toFixed(2)}M epochs/s`;

/** Runs case 4, or reports why it could not. */
export async function dashboardCase(s: BenchSettings): Promise<CaseResult> {
  const n = s.dashboardThroughputEpochs;
  const rounds = s.dashboardThroughputRounds;
  const base = {
    id: 'dashboard',
    title: "4. The dashboard's cost: the tutorial through the CLI",
    setup: `neuronlab train --speed max (live dashboard in a 120×40 pseudo-terminal) against neuronlab train --speed max --json, the tutorial's neuron and data: whole commands, from starting the process to the end of training, and, at ${fmt(n)} epochs, the time per million epochs once training runs (lower is better).`,
    unit: 'ms',
    baseline: '--json',
  };
  const goalText = 'dashboard costs ≤ 5% of training throughput (time per epoch ≤ 1.05× --json)';
  const why = await unavailable();
  if (why !== null) {
    return { ...base, rows: [], goals: [{ text: goalText, status: 'not measured', detail: why }], notes: [why] };
  }
  const [json, dash] = await measure(
    [cliContestant('--json', JSON_ARGS, JSON_DONE), cliContestant('dashboard', DASHBOARD_ARGS, DASHBOARD_DONE)],
    { warmup: WARMUP, reps: s.dashboardReps },
  );
  const epochs = ['--epochs', String(n)];
  const jsonLong = cliContestant('--json', [...JSON_ARGS, ...epochs], JSON_DONE, JSON_EPOCH);
  const dashLong = cliContestant('dashboard', [...DASHBOARD_ARGS, ...epochs], DASHBOARD_DONE, SCREEN_EPOCH);
  const [jsonN, dashN] = await measure([jsonLong, dashLong], { warmup: WARMUP, reps: rounds });
  // the rounds' rates, warm-up left out; each ratio compares the two commands of one round, run back to back
  const jsonRates = jsonLong.traces.slice(WARMUP).map((t) => steadyRate(t.points, n));
  const dashRates = dashLong.traces.slice(WARMUP).map((t) => steadyRate(t.points, n));
  const ratios = dashRates.map((d, i) => jsonRates[i]! / d);
  const ratio = median(ratios);
  const whole = (t: Timing, k: number, against: Timing, note?: string) => ({
    name: `${t.name}, whole command, ${fmt(k)} epochs`,
    value: t.medianMs,
    ratio: t.medianMs / against.medianMs,
    ...(note ? { note } : {}),
  });
  const spread = `rounds ${ratioRange(ratios)}`;
  return {
    ...base,
    rows: [
      whole(json!, 10_000, json!, 'the tutorial: start-up, not training'),
      whole(dash!, 10_000, json!, 'loads React and Ink, which --json does not'),
      whole(jsonN!, n, jsonN!),
      whole(dashN!, n, jsonN!, 'start-up included'),
      {
        name: '--json, per 1,000,000 epochs once running',
        value: perMillion(median(jsonRates)),
        ratio: 1,
        note: millions(median(jsonRates)),
      },
      {
        name: 'dashboard, per 1,000,000 epochs once running',
        value: perMillion(median(dashRates)),
        ratio,
        note: `${millions(median(dashRates))}; ratio is the median of the rounds' own ratios (${spread})`,
      },
    ],
    goals: [judge(goalText, ratio, 1.05, false, WHY_THROUGHPUT)],
    notes: [
      `Throughput: each command's output is read as it arrives — the epoch on the dashboard's progress line, the epoch of --json's progress events — and its rate is the least-squares slope of epoch over time from 40% to 95% of the ${fmt(n)} epochs (the dashboard loads React and Ink during the first half second of training, which is start-up). Each of ${rounds} rounds runs the two commands back to back; the goal is judged on the median of the rounds' ratios. The dashboard trains in a worker thread and draws up to 20 frames a second on the main thread.`,
      'A whole command runs from starting the process until the run is finished: the done event for --json, the "finished" line on the dashboard, as a user sees it. The dashboard starts training before React and Ink have loaded, but still pays for its training thread and for its first frames, which the short tutorial run shows as start-up.',
    ],
  };
}
/** Why the CLI cannot be measured (not built, or a run fails), or null when it can. */
export async function unavailable(): Promise<string | null> {
  if (!existsSync(CLI)) return `the CLI is not built (${CLI} is missing); run pnpm build first`;
  try {
    const probe = startInTerminal(['train', '--speed', 'max'], DASHBOARD_DONE);
    await probe.done;
    await probe.exited;
    return null;
  } catch (error) {
    return `the CLI did not complete a run: ${error instanceof Error ? error.message : String(error)}`;
  }
}
