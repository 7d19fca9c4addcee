/**
 * Case 6, following a big training log: `neuronlab plot metrics.csv --follow` on a 100 MB Lightning-style metrics.csv
 * that the case writes into a temporary directory, in a 120×40 pseudo-terminal (`script`). It times the first frame
 * with a chart (from starting the process), the end of the first read of the whole file, and, once the file is read,
 * how long a line appended to it takes to reach the screen. The peak memory (resident set) of the neuronlab process is
 * sampled from /proc throughout.
 */
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type CaseResult, judge } from '../report.js';
import { stripAnsi } from './dashboard.js';
import type { BenchSettings } from './settings.js';

const CLI = join(dirname(createRequire(import.meta.url).resolve('@neuronlab/tui/package.json')), 'dist/cli.js');
const MB = 1024 * 1024;
const TIMEOUT_MS = 120_000;

/**
 * Writes about `bytes` of a metrics.csv as Lightning's CSVLogger writes it: a training loss every step, a validation
 * loss every 100 steps in rows of its own (the other cells empty). Returns the last step.
 */
function writeMetrics(path: string, bytes: number): number {
  const fd = openSync(path, 'w');
  let written = 0;
  let step = 0;
  try {
    writeSync(fd, 'epoch,step,train_loss,val_loss\n');
    while (written < bytes) {
      let chunk = '';
      for (let i = 0; i < 10_000; i++, step++) {
        const epoch = Math.floor(step / 1000);
        chunk += `${epoch},${step},${((2 / Math.sqrt(step + 1)) * (1 + 0.1 * Math.sin(step))).toPrecision(8)},\n`;
        if (step % 100 === 99) chunk += `${epoch},${step},,${(2.2 / Math.sqrt(step + 1)).toPrecision(8)}\n`;
      }
      written += writeSync(fd, chunk);
    }
  } finally {
    closeSync(fd);
  }
  return step - 1;
}

/** The process ids under `root` (its children, theirs, …), from /proc. */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    for (const [child, p] of parent) {
      if (p !== pid) continue;
      out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

/** Resident memory of the node processes under `root`, in MB (the largest, which is neuronlab). */
function nodeRss(root: number): number {
  let most = 0;
  for (const pid of descendants(root)) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('cli.js')) continue;
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) most = Math.max(most, Number(m[1]) / 1024);
    } catch {
      // gone meanwhile
    }
  }
  return most;
}

/** Runs case 6, or reports why it could not. */
export async function plotFollowCase(s: BenchSettings): Promise<CaseResult> {
  const size = s.plotFollowMegabytes;
  const base = {
    id: 'plot-follow',
    title: '6. Following a big training log: plot --follow',
    setup: `neuronlab plot metrics.csv --follow on a ${size} MB Lightning-style metrics.csv (a training loss every step, a validation loss every 100 steps) in a 120×40 pseudo-terminal; times from starting the process, memory as the peak resident set of the neuronlab process.`,
    unit: 'ms',
    baseline: 'first frame',
  };
  if (!existsSync(CLI)) {
    const why = `the CLI is not built (${CLI} is missing); run pnpm build first`;
    return { ...base, rows: [], goals: [{ text: 'plot --follow', status: 'not measured', detail: why }], notes: [why] };
  }
  const dir = mkdtempSync(join(tmpdir(), 'neuronlab-bench-plot-'));
  const path = join(dir, 'metrics.csv');
  try {
    const lastStep = writeMetrics(path, size * MB);
    const m = await follow(path, lastStep);
    return {
      ...base,
      rows: [
        { name: 'first frame', value: m.firstFrame, ratio: 1, note: 'a chart drawn from the first slice read' },
        { name: 'whole file read', value: m.caughtUp, ratio: m.caughtUp / m.firstFrame, note: '"following" shown' },
        { name: 'appended line on screen', value: m.appended, ratio: m.appended / m.firstFrame },
        { name: 'peak resident memory (MB)', value: m.peakMb, ratio: null },
      ],
      goals: [
        judge('first frame within 2 s (ratio to 2,000 ms)', m.firstFrame / 2000, 1),
        judge('at most 200 MB of memory (ratio to 200 MB)', m.peakMb / 200, 1),
        judge('an appended line on screen within 0.5 s (ratio to 500 ms)', m.appended / 500, 1),
      ],
      notes: [
        'The log is read in slices of 64 KB and the screen draws between them, so the first frame shows the start of the run while the rest is read; a slice hands its points on in columns (no object per point), and each series keeps a bounded number of points (the lowest and highest of each bucket), so memory does not grow with the file. Most of the peak is the fixed cost of a Node process with Ink, React and Yoga loaded (about 120 MB with a tiny log).',
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface FollowTimes {
  firstFrame: number;
  caughtUp: number;
  appended: number;
  peakMb: number;
}

/** Starts plot --follow in a pseudo-terminal and times what the screen shows. */
function follow(path: string, lastStep: number): Promise<FollowTimes> {
  const command = [process.execPath, CLI, 'plot', path, '--follow'].map((a) => `'${a}'`).join(' ');
  const start = performance.now();
  const child = spawn('script', ['-qfec', `stty cols 120 rows 40 2>/dev/null; ${command}`, '/dev/null'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '1', TERM: 'xterm-256color' },
  });
  let seen = '';
  let err = '';
  let peakMb = 0;
  const sampler = setInterval(() => {
    peakMb = Math.max(peakMb, nodeRss(child.pid ?? -1));
  }, 100);
  const waiters: { test: RegExp; resolve: (ms: number) => void }[] = [];
  child.stdout.on('data', (d: Buffer) => {
    const now = performance.now();
    seen = stripAnsi(seen + d.toString()).slice(-16_384);
    for (const w of [...waiters]) {
      if (!w.test.test(seen)) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(now);
    }
  });
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const waitFor = (test: RegExp) => new Promise<number>((resolve) => waiters.push({ test, resolve }));
  const closed = new Promise<never>((_, reject) =>
    child.on('close', (code) => reject(new Error(`bench: plot --follow exited with ${code}. ${err.slice(0, 300)}`))),
  );
  const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
  const run = async (): Promise<FollowTimes> => {
    // the loss chart's title (train_loss and val_loss share it): the metric, ` (log)` when its axis is logarithmic,
    // then the latest value of each
    const firstFrame = (await waitFor(/│ loss[^│]* now /)) - start;
    const caughtUp = (await waitFor(/following 1 file/)) - start;
    peakMb = Math.max(peakMb, nodeRss(child.pid ?? -1));
    seen = '';
    const step = lastStep + 1;
    const shown = waitFor(new RegExp(`│ loss[^│]* now 0\\.0123 @ ${step.toLocaleString('en-US')}`));
    const appendAt = performance.now();
    appendFileSync(path, `${Math.floor(step / 1000)},${step},0.0123,\n`);
    const appended = (await shown) - appendAt;
    peakMb = Math.max(peakMb, nodeRss(child.pid ?? -1));
    return { firstFrame, caughtUp, appended, peakMb };
  };
  return Promise.race([run(), closed]).finally(() => {
    clearInterval(sampler);
    clearTimeout(timer);
    child.stdin.end('q');
  });
}
