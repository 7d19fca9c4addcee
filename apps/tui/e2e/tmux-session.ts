import { execFileSync } from 'node:child_process';

/**
 * One real terminal for a test: a tmux server on its own socket (so it never touches a user's tmux), a window of a
 * fixed size, and a pane that stays around after its command exits so the exit status can be read.
 */
export class TmuxSession {
  private readonly socket = `neuronlab-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

  constructor(
    readonly width = 120,
    readonly height = 40,
  ) {}

  /** Runs tmux with this session's socket; throws (failing the test) when tmux is missing. */
  tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  }

  /** Starts `command` (a shell command line) in a fresh pane of the given size. */
  start(command: string, cwd: string): void {
    this.tmux('new-session', '-d', '-s', 'e2e', '-x', String(this.width), '-y', String(this.height), '-c', cwd, 'sleep 600');
    this.tmux('set-option', '-t', 'e2e', 'remain-on-exit', 'on');
    this.tmux('respawn-pane', '-k', '-t', 'e2e', '-c', cwd, command);
  }

  /** The visible screen as text. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', 'e2e');
  }

  /** Sends keys (tmux key names such as `q`, `Space`, `C-c`). */
  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', 'e2e', ...keys);
  }

  /** The exit status once the pane's command has ended, or null while it runs. */
  exitStatus(): number | null {
    const [dead, status] = this.tmux('display-message', '-p', '-t', 'e2e', '#{pane_dead} #{pane_dead_status}')
      .trim()
      .split(' ');
    return dead === '1' ? Number(status) : null;
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

  /** Polls until the command exits and returns its status. */
  async waitForExit(timeoutMs = 10_000): Promise<number> {
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
