import * as fs from 'node:fs';

/**
 * A log file written as it goes: created new (never over something already there) and appended with synchronous
 * writes, each handed to the operating system at once, so a run killed at any moment leaves every line written before
 * it on disk, whole, and at most the line being written cut short.
 */
export class AppendFile {
  private fd: number;

  constructor(readonly path: string) {
    // 'wx': the run's directory is new, so anything already at this path was planted there
    this.fd = fs.openSync(path, 'wx', 0o644);
  }

  /** Appends `bytes` (or text), all of it. */
  write(data: string | Uint8Array): void {
    if (this.fd < 0) return;
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    let offset = 0;
    while (offset < bytes.length) offset += fs.writeSync(this.fd, bytes, offset, bytes.length - offset);
  }

  /** Closes the file; later writes are dropped. Safe to call more than once. */
  close(): void {
    if (this.fd < 0) return;
    fs.closeSync(this.fd);
    this.fd = -1;
  }
}
