/**
 * Cuts streamed CSV text at row ends, so the parser only ever receives whole rows and never carries the start of a
 * row from one chunk to the next (which would make it scan a long row again for every chunk). A row ends at a line
 * break outside quotes; a quote opens a quoted cell only at the start of a cell, as in RFC 4180. Each chunk is
 * scanned once, with indexOf jumps from quote to quote and one lastIndexOf per row end.
 */
export class RowGate {
  /** The row in progress: text after the last row end. */
  private held = '';
  /** Whether `held` ends inside a quoted cell. */
  private inside = false;
  /** Whether `held` ends with a `\r` outside quotes, which may be the first half of `\r\n`. */
  private heldCr = false;

  constructor(
    private readonly delimiter: string,
    private readonly maxRow: number,
    /** Called (and must throw) when the row in progress grows past `maxRow` characters; gets its start. */
    private readonly tooLong: (start: string) => never,
  ) {}

  /** Adds a chunk; returns the whole rows it completes (possibly ''), always ending at a row end. */
  push(text: string): string {
    if (text.length === 0) return '';
    const toggles = this.quoteToggles(text);
    let cut = this.lastRowEnd(text, toggles);
    if (cut < 0 && this.heldCr && text.charCodeAt(0) !== 0x0a) cut = 0; // the held \r was a whole line break
    const insideAtEnd = this.inside !== (toggles.length % 2 === 1);
    let out = '';
    if (cut < 0) this.held += text;
    else {
      out = this.held + text.slice(0, cut);
      this.held = text.slice(cut);
    }
    this.inside = insideAtEnd;
    this.heldCr = !insideAtEnd && text.charCodeAt(text.length - 1) === 0x0d;
    if (this.held.length > this.maxRow) this.tooLong(this.held.slice(0, 200));
    return out;
  }

  /** The text still held when the input ends (the last row, if it has no line break). */
  end(): string {
    const rest = this.held;
    this.held = '';
    return rest;
  }

  /** Positions in `text` of the quotes that open or close a quoted cell (a `""` escape counts twice). */
  private quoteToggles(text: string): number[] {
    const toggles: number[] = [];
    let inside = this.inside;
    for (let q = text.indexOf('"'); q >= 0; q = text.indexOf('"', q + 1)) {
      const before = q > 0 ? text[q - 1] : this.held.length > 0 ? this.held[this.held.length - 1] : undefined;
      // outside quotes, a quote opens a cell at a cell start, or reopens one right after a closing quote ("")
      const opens =
        before === undefined ||
        before === this.delimiter ||
        before === '\n' ||
        before === '\r' ||
        before === '"' ||
        before === '\ufeff';
      if (inside || opens) {
        toggles.push(q);
        inside = !inside;
      }
    }
    return toggles;
  }

  /** Index just after the last line break in `text` outside quotes (a final \r excluded), or -1. */
  private lastRowEnd(text: string, toggles: readonly number[]): number {
    let end = text.length;
    let t = toggles.length;
    for (;;) {
      const b = lastBreak(text, end);
      if (b < 0) return -1;
      while (t > 0 && toggles[t - 1]! > b) t--;
      if (this.inside === (t % 2 === 0)) {
        // inside a quoted cell at b: look before the quote that opened it
        if (t === 0) return -1;
        end = toggles[t - 1]!;
        continue;
      }
      return b + 1;
    }
  }
}

/** Index of the last \n or \r before `end` in `text`, not counting a \r that is the very last character. */
function lastBreak(text: string, end: number): number {
  const n = end > 0 ? text.lastIndexOf('\n', end - 1) : -1;
  const rEnd = Math.min(end - 1, text.length - 2);
  const r = rEnd >= 0 ? text.lastIndexOf('\r', rEnd) : -1;
  return Math.max(n, r);
}
