/**
 * Case 4, the dashboard's cost: the tutorial run through the built CLI with the live terminal dashboard
 * (`neuronlab train --speed max` in a pseudo-terminal) against the same run printing JSON lines (`--json`).
 * Both run under `script`, which gives the process a real pseudo-terminal, so the only difference is the renderer.
 * The dashboard stays open after training until `q`; only the time to the end of training is counted.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Contestant, measure, median } from '../measure.js';
import { type CaseResult, judge } from '../report.js';
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
function startInTerminal(args: readonly string[], marker: RegExp): TerminalRun {
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
      if (firstOutput < 0) firstOutput = performance.now();
      // keep a tail long enough for the marker to straddle two chunks
      seen = stripAnsi(seen + d.toString()).slice(-4096);
      if (marker.test(seen)) {
        resolve(performance.now() - firstOutput);
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

/**
 * A contestant that times the CLI from spawn to the finished marker and lets it exit untimed; `inRunMs` collects,
 * per run, the part after the first output (module loading and start-up excluded).
 */
function cliContestant(name: string, args: readonly string[], marker: RegExp, inRunMs: number[]): Contestant {
  let current: TerminalRun | undefined;
  return {
    name,
    async run() {
      current = startInTerminal(args, marker);
      inRunMs.push(await current.done);
    },
    async teardown() {
      await current?.exited;
    },
  };
}

const JSON_DONE = /"type":"done"/;
const WHY_DASHBOARD =
  'The dashboard trains and draws on the same thread: between frames it pulls the progress events one at a time, updates its charts and redraws the 120×40 screen, and before the first frame it loads React and Ink. The tutorial trains in a fraction of a second, so these fixed costs are large next to the training itself.';
const DASHBOARD_DONE = /finished after/;

/** Runs case 4, or reports why it could not. */
export async function dashboardCase(s: BenchSettings): Promise<CaseResult> {
  const base = {
    id: 'dashboard',
    title: "4. The dashboard's cost: the tutorial through the CLI",
    setup:
      'neuronlab train --speed max (live dashboard in a 120×40 pseudo-terminal) against neuronlab train --speed max --json: time from starting the command to the end of training (lower is better).',
    unit: 'ms',
    baseline: '--json',
  };
  const why = await unavailable();
  if (why !== null) {
    return {
      ...base,
      rows: [],
      goals: [{ text: 'dashboard ≤ 1.05× --json', status: 'not measured', detail: why }],
      notes: [why],
    };
  }
  const inRun: [number[], number[]] = [[], []];
  const json = cliContestant('--json', ['train', '--speed', 'max', '--json'], JSON_DONE, inRun[0]);
  const dash = cliContestant('dashboard', ['train', '--speed', 'max'], DASHBOARD_DONE, inRun[1]);
  const timings = await measure([json, dash], { warmup: 1, reps: s.dashboardReps });
  // the first round is warm-up, as in measure()
  const [jsonRun, dashRun] = inRun.map((runs) => median(runs.slice(1))) as [number, number];
  const total = timings[1]!.medianMs / timings[0]!.medianMs;
  return {
    ...base,
    rows: [
      ...timings.map((t) => ({
        name: `${t.name}, whole command`,
        value: t.medianMs,
        ratio: t.medianMs / timings[0]!.medianMs,
      })),
      { name: '--json, first output to done', value: jsonRun, ratio: 1, note: 'baseline of the pair below' },
      { name: 'dashboard, first frame to finished', value: dashRun, ratio: dashRun / jsonRun },
    ],
    goals: [
      judge('dashboard ≤ 1.05× --json (whole command)', total, 1.05, false, WHY_DASHBOARD),
      judge(
        'dashboard ≤ 1.05× --json (while training, start-up excluded)',
        dashRun / jsonRun,
        1.05,
        false,
        WHY_DASHBOARD,
      ),
    ],
    notes: [
      'The whole command runs from starting the process until the run is finished: the done event for --json, the "finished" line on the dashboard, so it includes starting Node and loading the CLI, as a user sees it. The second pair starts at the first byte each prints, which leaves out loading modules (React and Ink for the dashboard).',
    ],
  };
}

async function unavailable(): Promise<string | null> {
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
