import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built binary (turbo's e2e task depends on build). */
export const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** The unprivileged user the permission cases run as: nobody on Debian and most Linux systems. */
export const NOBODY = 65534;

/** A fresh directory for one case, readable (not writable) by everyone so an unprivileged child can work in it. */
export function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'neuronlab-hostile-'));
  chmodSync(dir, 0o755);
  return dir;
}

/** A finished child: exit code (null when a signal killed it), output, and how long it ran after `t0`. */
export interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly out: string;
  readonly err: string;
}

/** Options of `start`. */
export interface StartOptions {
  readonly cwd: string;
  /** Run as this user id (through setpriv), not as the test's user. */
  readonly uid?: number;
  /** What the child's stdout is: a pipe to read (default), or a file descriptor such as one of /dev/full. */
  readonly stdout?: 'pipe' | number;
  /** Text for stdin, which is then closed; without it stdin stays open. */
  readonly input?: string;
}

/** A running CLI: the child, what it printed so far, and a promise of its end. */
export interface Running {
  readonly child: ChildProcess;
  readonly output: { out: string; err: string };
  readonly finished: Promise<Finished>;
}

const children = new Set<ChildProcess>();

/** Kills every child a test started that is still running: a failed test must not leave a training behind. */
export function killStarted(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
}

/** Starts `neuronlab <args>` as a real child process. */
export function start(args: readonly string[], o: StartOptions): Running {
  const argv = [process.execPath, cli, ...args];
  const [cmd, ...rest] =
    o.uid === undefined ? argv : ['setpriv', `--reuid=${o.uid}`, `--regid=${o.uid}`, '--clear-groups', ...argv];
  const child = spawn(cmd!, rest, { cwd: o.cwd, stdio: ['pipe', o.stdout ?? 'pipe', 'pipe'] });
  children.add(child);
  const output = { out: '', err: '' };
  child.stdout?.on('data', (d) => {
    output.out += d;
  });
  child.stderr?.on('data', (d) => {
    output.err += d;
  });
  if (o.input !== undefined) child.stdin?.end(o.input);
  const finished = new Promise<Finished>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, ...output })),
  );
  return { child, output, finished };
}

/** Runs `neuronlab <args>` to its end. */
export function run(args: readonly string[], o: StartOptions): Promise<Finished> {
  return start(args, { input: '', ...o }).finished;
}

/**
 * Fails loudly, not by skipping, when the unprivileged cases cannot run here: setpriv (util-linux) must exist, and
 * user `uid` must be able to read and run the built CLI (a checkout under a private home directory cannot be).
 */
export function requireUnprivilegedRunner(uid = NOBODY): void {
  try {
    execFileSync('setpriv', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('setpriv (util-linux) is needed to run the permission cases as an unprivileged user; install it.');
  }
  try {
    execFileSync(
      'setpriv',
      [`--reuid=${uid}`, `--regid=${uid}`, '--clear-groups', process.execPath, cli, '--version'],
      { stdio: 'pipe', cwd: tmpdir() },
    );
  } catch (error) {
    throw new Error(
      `user ${uid} cannot run ${cli} (${(error as Error).message.split('\n')[0]}). The permission cases need the checkout readable by every user.`,
    );
  }
}

/** The lines of a file that end with a newline, parsed; a cut-short last line (its writer was killed mid-write) is left. */
export function completeLines(path: string): Array<Record<string, unknown>> {
  const text = readFileSync(path, 'utf8');
  return text
    .slice(0, text.lastIndexOf('\n') + 1)
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
}
