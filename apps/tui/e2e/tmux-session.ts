import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/**
 * The environment of a person's terminal: this process's, minus the variables that mark a CI job. Ink draws only
 * the last frame when it believes it runs in CI (CI, CONTINUOUS_INTEGRATION or any CI_* variable), and the pane is
 * a real terminal even when the test suite itself runs under CI. The locale is an English one with UTF-8 whatever
 * the developer's is (the dashboard speaks the locale's language); a test that wants another sets it on its
 * command line.
 */
function terminalEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('CI_')) continue;
    if (key === 'LC_ALL' || key === 'LC_MESSAGES') continue;
    env[key] = value;
  }
  env.LANG = 'C.UTF-8';
  return env;
}

/**
 * One real terminal for a test: a tmux server on its own socket (so it never touches a user's tmux), a window of a
 * fixed size, and a shell in the pane that runs the command and writes its exit status to a file (tmux itself can
 * be slow to notice a pane's command has ended on a busy machine).
 */
export class TmuxSession {
  private readonly socket = `neuronlab-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly statusFile = join(mkdtempSync(join(tmpdir(), 'neuronlab-tmux-')), 'status');

  constructor(
    readonly width = 120,
    readonly height = 40,
  ) {}

  /**
   * Runs tmux with this session's socket; throws (failing the test) when tmux is missing. `-u`: the pane is UTF-8
   * (wide characters take two columns) even when the machine has no UTF-8 locale installed.
   */
  tmux(...args: string[]): string {
    return execFileSync('tmux', ['-u', '-L', this.socket, '-f', '/dev/null', ...args], {
      encoding: 'utf8',
      env: terminalEnv(),
    });
  }

  /**
   * Starts `command` (a shell command line) in a fresh pane of the given size. Its exit status is written beside the
   * status file and renamed onto it, so the file never exists empty: read between the shell's creating it and writing
   * to it, an empty file read as status 0.
   */
  start(command: string, cwd: string): void {
    const script = `${command}; echo $? > ${this.statusFile}.part; mv ${this.statusFile}.part ${this.statusFile}; sleep 600`;
    this.tmux('new-session', '-d', '-s', 'e2e', '-x', String(this.width), '-y', String(this.height), '-c', cwd, script);
  }

  /** The process id of the command (the child of the pane's shell). */
  commandPid(): number {
    const shell = this.tmux('display-message', '-p', '-t', 'e2e', '#{pane_pid}').trim();
    return Number(execFileSync('pgrep', ['-P', shell], { encoding: 'utf8' }).trim().split('\n')[0]);
  }

  /** The visible screen as text. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', 'e2e');
  }

  /** Sends keys (tmux key names such as `q`, `Space`, `C-c`). */
  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', 'e2e', ...keys);
  }

  /** The exit status once the command has ended (128 + n when killed by signal n, as the shell reports), or null. */
  exitStatus(): number | null {
    return existsSync(this.statusFile) ? Number(readFileSync(this.statusFile, 'utf8').trim()) : null;
  }

  /** Polls until `test` passes on the screen; fails with the last screen after `timeoutMs`. */
  async waitFor(test: (screen: string) => boolean, what: string, timeoutMs = 15_000): Promise<string> {
    const end = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < end) {
      last = this.screen();
      if (test(last)) return last;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${what}; the screen was:\n${last}`);
  }

  /** Polls until the command exits and returns its status . */
  async waitForExit(timeoutMs = 15_000): Promise<number> {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      const s = this.exitStatus();
      if (s !== null) return s;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for the command to exit; the screen was:\n${this.screen()}`);
  }

  /** Stops the tmux server of this session. */
  close(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
  }
}

/**
 * A test file's terminals: the returned function opens one of the given size, and every terminal opened during a test
 * is closed after it, passed or failed, so no tmux server outlives its test.
 */
export function terminals(): (width?: number, height?: number) => TmuxSession {
  let open: TmuxSession[] = [];
  afterEach(() => {
    for (const session of open) session.close();
    open = [];
  });
  return (width, height) => {
    const session = new TmuxSession(width, height);
    open.push(session);
    return session;
  };
}
