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
import { type Contestant, measure } from '../measure.js';
import type { CaseResult } from '../report.js';
import type { BenchSettings } from './settings.js';

// the built `neuronlab` binary of the workspace's @neuronlab/tui (a devDependency, so turbo builds it before `bench`)
const CLI = join(dirname(createRequire(import.meta.url).resolve('@neuronlab/tui/package.json')), 'dist/cli.js');
const TIMEOUT_MS = 120_000;

/** A CLI process in a pseudo-terminal: `done` settles when its output shows `marker`, `exited` when it is gone. */
interface TerminalRun {
  readonly done: Promise<void>;
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
  const done = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      // keep a tail long enough for the marker to straddle two chunks
      seen = (seen + d.toString()).replace(ANSI, '').slice(-4096);
      if (marker.test(seen)) {
        resolve();
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

/** A contestant that times the CLI from spawn to the finished marker and lets it exit untimed. */
function cliContestant(name: string, args: readonly string[], marker: RegExp): Contestant {
  let current: TerminalRun | undefined;
  return {
    name,
    async run() {
      current = startInTerminal(args, marker);
      await current.done;
    },
    async teardown() {
      await current?.exited;
    },
  };
}

const JSON_DONE = /"type":"done"/;
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
  const json = cliContestant('--json', ['train', '--speed', 'max', '--json'], JSON_DONE);
  const dash = cliContestant('dashboard', ['train', '--speed', 'max'], DASHBOARD_DONE);
  const timings = await measure([json, dash], { warmup: 1, reps: s.dashboardReps });
  const ratio = timings[1]!.medianMs / timings[0]!.medianMs;
  return {
    ...base,
    rows: timings.map((t) => ({ name: t.name, value: t.medianMs, ratio: t.medianMs / timings[0]!.medianMs })),
    goals: [
      {
        text: 'dashboard ≤ 1.05× --json',
        status: ratio <= 1.05 ? 'met' : 'MISSED',
        detail: `${ratio.toFixed(3)}×`,
      },
    ],
    notes: [
      'Each time runs from starting the process until the run is finished: the done event for --json, the "finished" line on the dashboard. Both include starting Node and loading the CLI, as a user would see them.',
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
