import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built binary (`pnpm run build` first; turbo's test task depends on build). */
export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** How a run of the binary ended: its exit code (null when killed) and everything it wrote. */
export interface CliResult {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/** Where and how `runCli` starts the binary. */
export interface CliOptions {
  /** The working directory. @default the test process's */
  readonly cwd?: string;
  /** Standard input: text written and closed, or an open file descriptor the binary reads itself. @default '' */
  readonly input?: string | number;
  /**
   * Variables added to the environment. The locale variables (LC_ALL, LC_MESSAGES, LANG) are English unless given
   * here, whatever the developer's are, since the CLI's words follow them.
   */
  readonly env?: NodeJS.ProcessEnv;
  /** Kills a run still going after this many ms, which then resolves with code null (an input that never ends). */
  readonly killAfterMs?: number;
}

/**
 * Runs the binary with `args` without blocking, so concurrent tests overlap their process start-ups; resolves with
 * its exit code and both outputs.
 */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const { cwd, input = '', env = {}, killAfterMs } = options;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...env },
      stdio: [typeof input === 'number' ? input : 'pipe', 'pipe', 'pipe'],
      ...(cwd === undefined ? {} : { cwd }),
      ...(killAfterMs === undefined ? {} : { timeout: killAfterMs, killSignal: 'SIGKILL' as const }),
    });
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => {
      out += d;
    });
    child.stderr!.on('data', (d) => {
      err += d;
    });
    child.on('close', (code, signal) => resolve({ code: signal === 'SIGKILL' ? null : code, out, err }));
    if (typeof input === 'string') child.stdin!.end(input);
  });
}
