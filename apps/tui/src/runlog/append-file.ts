import * as fs from 'node:fs';

/** Longest a written record waits in memory before it reaches the file: what a killed run can lose at most. */
export const FLUSH_MS = 100;

/** Bytes gathered before they are written whatever the time: a fast run's log reaches disk in few large writes. */
const FLUSH_BYTES = 1 << 16;

/** The files open now, flushed on the way out of the process (`process.exit` included, which is how a signal ends it). */
const open = new Set<AppendFile>();
let exitHookInstalled = false;

/**
 * A log file written as it goes: created new (never over something already there) and appended in whole records. A
 * record is kept in memory for at most FLUSH_MS (or until FLUSH_BYTES gather), then handed to the operating system
 * with the others in one synchronous write, so logging costs little per record and a run killed at any moment leaves
 * every record written up to a fraction of a second before, whole, and at most the record being written cut short.
 */
export class AppendFile {
  private fd: number;
  private pending: Array<string | Uint8Array> = [];
  private pendingBytes = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(readonly path: string) {
    // 'wx': the run's directory is new, so anything already at this path was planted there
    this.fd = fs.openSync(path, 'wx', 0o644);
    open.add(this);
    if (!exitHookInstalled) {
      exitHookInstalled = true;
      process.on('exit', () => {
        for (const file of open) file.flush();
      });
    }
  }

  /** Appends `data` (text or bytes) after everything written before; it reaches the file within FLUSH_MS. */
  write(data: string | Uint8Array): void {
    if (this.fd < 0) return;
    this.pending.push(data);
    // a string's length undercounts its UTF-8 bytes for non-ASCII text, which only delays a size flush a little
    this.pendingBytes += data.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
    else if (this.timer === null) {
      this.timer = setTimeout(() => this.flush(), FLUSH_MS);
      // a pending flush never keeps the process alive: close() and the exit hook write what is left
      this.timer.unref();
    }
  }

  /** Writes everything appended so far to the file now. */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.fd < 0 || this.pending.length === 0) return;
    const bytes = Buffer.concat(this.pending.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
    this.pending = [];
    this.pendingBytes = 0;
    let offset = 0;
    while (offset < bytes.length) offset += fs.writeSync(this.fd, bytes, offset, bytes.length - offset);
  }

  /** Writes what is pending and closes the file; later writes are dropped. Safe to call more than once. */
  close(): void {
    if (this.fd < 0) return;
    this.flush();
    fs.closeSync(this.fd);
    this.fd = -1;
    open.delete(this);
  }
}
