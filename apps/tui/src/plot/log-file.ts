import { closeSync, fstatSync, readSync, statSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { en } from '../i18n/messages-en.js';
import { openInputFile } from '../io/input-file.js';
import { CsvLogParser } from './csv-log.js';
import { parseEventLine } from './events-jsonl.js';
import { formatByName, type LogFormat, sniffFormat } from './log-format.js';
import { type ParsedRecord, ScalarColumns } from './log-point.js';
import { parseEventRecord } from './tf-event.js';
import { TfRecordSplitter } from './tfrecord.js';

/** Bytes read at a time: a log of any size is read in pieces of this size, never whole. */
const CHUNK = 1 << 16;
/** Bytes looked at to tell a file's format. */
const SNIFF = 4096;
/** Bytes before the read position kept to tell a file rewritten in place from one appended to. */
const TAIL = 64;

/** A file that is no training log neuronlab can read: one line, exit 2. */
export class NotALogError extends UsageError {
  override name = 'NotALogError';
}

/** What one read of a log file brought. */
export interface LogRead {
  readonly scalars: ScalarColumns;
  /** The file shrank or was replaced since the last read: the points read from it before no longer stand. */
  readonly reset: boolean;
  /** Bytes are left to read (more than one read's worth had arrived). */
  readonly more: boolean;
}

/** A format's parser fed with bytes in any pieces; it hands each whole line or record to `parse`. */
interface Framing {
  push(bytes: Buffer, parse: (r: ParsedRecord) => void): void;
  /** At the end of a log that is no longer written: the last line without its newline, or a cut-off record. */
  end(parse: (r: ParsedRecord) => void): void;
}

const NEWLINE = 0x0a;

/**
 * Lines of UTF-8 text fed in any pieces. Each piece's whole lines are decoded in one go, straight from its bytes, and
 * cut at their newlines; only the bytes after the last newline are carried over (copied: the read buffer is reused).
 * A newline byte never occurs inside a multi-byte character, so cutting at it never splits one, and no piece's text
 * is kept alive past its push (a line cut from it would hold all of it).
 */
function lineFraming(parseLine: (line: string) => ParsedRecord): Framing {
  /** The bytes of the line begun but not ended yet, a copy per piece (joined once its newline arrives). */
  let carry: Buffer[] = [];
  const takeLine = (head: Buffer) => {
    const line = carry.length === 0 ? head : Buffer.concat([...carry, head]);
    carry = [];
    return line.toString('utf8');
  };
  return {
    push(piece, parse) {
      const first = piece.indexOf(NEWLINE);
      if (first < 0) {
        carry.push(Buffer.from(piece));
        return;
      }
      parse(parseLine(takeLine(piece.subarray(0, first))));
      const last = piece.lastIndexOf(NEWLINE);
      const text = piece.toString('utf8', first + 1, last);
      let start = 0;
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
        parse(parseLine(text.slice(start, end)));
        start = end + 1;
      }
      if (last > first) parse(parseLine(text.slice(start)));
      if (last + 1 < piece.length) carry.push(Buffer.from(piece.subarray(last + 1)));
    },
    end(parse) {
      const rest = takeLine(Buffer.alloc(0));
      if (rest !== '') parse(parseLine(rest));
    },
  };
}

function recordFraming(): Framing {
  const splitter = new TfRecordSplitter();
  return {
    push(bytes, parse) {
      const batch = splitter.push(bytes);
      for (let i = 0; i < batch.corrupt; i++) parse('corrupt');
      for (const record of batch.records) parse(parseEventRecord(record));
    },
    end(parse) {
      if (splitter.pending > 0) parse('corrupt');
    },
  };
}

function framingFor(format: LogFormat): Framing {
  if (format === 'tfevents') return recordFraming();
  if (format === 'events-jsonl') return lineFraming(parseEventLine);
  const csv = new CsvLogParser();
  return lineFraming((line) => csv.line(line));
}

/**
 * One training log file, read in pieces as it grows. Its format comes from its name (events.out.tfevents.*, *.jsonl,
 * *.csv) and its first bytes must agree; a name that says nothing leaves the bytes to decide. Opened through the
 * input-file checks, so a FIFO or a device is refused. A file that shrinks or is replaced is read again from the start.
 */
export class LogFile {
  /** Lines or records skipped as corrupt so far. */
  corrupt = 0;
  /** The format, once the first bytes told it. */
  format: LogFormat | null = null;
  private fd: number | null = null;
  private ino = -1;
  private offset = 0;
  /** Where the end of the log was last handled (see read's `final`), so it is handled once. */
  private endedAt = -1;
  private framing: Framing | null = null;
  private readonly buffer = Buffer.allocUnsafe(CHUNK);
  /** A copy of the last bytes read (up to TAIL), which an append leaves where they were. */
  private tail = Buffer.alloc(0);

  constructor(
    readonly path: string,
    readonly run: string,
    /** Named on the command line rather than found in a directory. @default true */
    readonly explicit = true,
  ) {}

  /** Bytes read so far and the file's size at the last read. */
  get progress(): { readonly read: number; readonly size: number } {
    return { read: this.offset, size: this.size };
  }
  private size = 0;

  /**
   * Reads up to `maxBytes` of what is new since the last read. With `final` (the log is read once, not followed), a
   * last line without its newline is parsed and a cut-off record counted as corrupt. Throws NotALogError when the
   * first bytes are no log, UsageError for a FIFO or device, and Node's error (ENOENT) for a file that is gone.
   */
  read(maxBytes = CHUNK, final = false): LogRead {
    const reset = this.checkReplaced();
    const fd = this.open();
    this.size = fstatSync(fd).size;
    const scalars = new ScalarColumns();
    if (this.framing === null && !this.detect(fd, final)) return { scalars, reset, more: false };
    const framing = this.framing!;
    const parse = (r: ParsedRecord) => {
      if (r === 'corrupt') this.corrupt++;
      else scalars.add(r);
    };
    let budget = maxBytes;
    while (budget > 0 && this.offset < this.size) {
      const n = readSync(fd, this.buffer, 0, Math.min(CHUNK, budget), this.offset);
      if (n === 0) break;
      this.offset += n;
      budget -= n;
      const piece = this.buffer.subarray(0, n);
      this.keepTail(piece);
      framing.push(piece, parse);
    }
    const more = this.offset < this.size;
    if (final && !more && this.endedAt !== this.offset) {
      framing.end(parse);
      this.endedAt = this.offset;
    }
    return { scalars, reset, more };
  }

  /** Closes the file; a later read opens it again from where it was. */
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private open(): number {
    if (this.fd === null) {
      this.fd = openInputFile('log', this.path);
      this.ino = fstatSync(this.fd).ino;
    }
    return this.fd;
  }

  private keepTail(piece: Buffer): void {
    const last = piece.length >= TAIL ? piece.subarray(-TAIL) : Buffer.concat([this.tail, piece]).subarray(-TAIL);
    // a copy: the read buffer is reused
    this.tail = Buffer.from(last);
  }

  /** Whether the bytes before the read position are still those read there: false once the file was rewritten. */
  private tailUnchanged(fd: number): boolean {
    const now = Buffer.alloc(this.tail.length);
    return readSync(fd, now, 0, now.length, this.offset - now.length) === now.length && now.equals(this.tail);
  }

  /**
   * Starts over when the path now names another file (log rotation, a rewrite by rename), the file shrank, or it was
   * rewritten in place: Lightning's CSVLogger writes metrics.csv anew under a wider header when a metric first appears,
   * and the file comes back longer, so only its bytes tell.
   */
  private checkReplaced(): boolean {
    if (this.fd === null) return false;
    let replaced = false;
    try {
      replaced = statSync(this.path).ino !== this.ino;
    } catch {
      // gone: keep reading what the open descriptor still holds
    }
    if (replaced) this.close();
    else if (fstatSync(this.fd).size >= this.offset && this.tailUnchanged(this.fd)) return false;
    const had = this.offset > 0;
    this.offset = 0;
    this.tail = Buffer.alloc(0);
    this.endedAt = -1;
    this.framing = null;
    this.format = null;
    this.corrupt = 0;
    return had;
  }

  /** Tells the format from the name and the first bytes; false while too few bytes have arrived to tell. */
  private detect(fd: number, final: boolean): boolean {
    const n = readSync(fd, this.buffer, 0, Math.min(SNIFF, this.size), 0);
    const head = this.buffer.subarray(0, n);
    const sniffed = sniffFormat(head, final || n >= SNIFF);
    if (sniffed === 'wait') return false;
    const quoted = JSON.stringify(this.path);
    if (n === 0) throw new NotALogError(en.errors.logEmpty(quoted), (t) => t.logEmpty(quoted));
    const named = formatByName(this.path);
    const format = named ?? sniffed;
    if (format === null || sniffed !== format) {
      // what the name promised, or any log when the name says nothing
      const kind = named ?? 'any';
      throw new NotALogError(en.errors.notALog(quoted, en.errors.logFormats[kind]), (t) =>
        t.notALog(quoted, t.logFormats[kind]),
      );
    }
    this.format = format;
    this.framing = framingFor(format);
    return true;
  }
}
