import type { Cell } from './cells.js';

// Bit of each dot in a braille cell, indexed [dy][dx] (2 dots wide, 4 tall): Unicode's braille layout.
const DOT_BITS = [
  [0x01, 0x08],
  [0x02, 0x10],
  [0x04, 0x20],
  [0x40, 0x80],
] as const;

/** A drawing surface of `cols × rows` terminal cells with 2×4 braille dots per cell; dot (0,0) is top left. */
export class BrailleCanvas {
  readonly width: number;
  readonly height: number;
  private readonly bits: Uint8Array;
  private readonly colors: (string | undefined)[];

  constructor(
    readonly cols: number,
    readonly rows: number,
  ) {
    this.width = cols * 2;
    this.height = rows * 4;
    this.bits = new Uint8Array(cols * rows);
    this.colors = new Array(cols * rows).fill(undefined);
  }

  /** Sets one dot; the cell takes the colour of the last dot drawn in it. Dots outside are ignored. */
  set(x: number, y: number, color?: string): void {
    const xi = Math.round(x);
    const yi = Math.round(y);
    if (xi < 0 || yi < 0 || xi >= this.width || yi >= this.height) return;
    const cell = (yi >> 2) * this.cols + (xi >> 1);
    this.bits[cell] = (this.bits[cell] ?? 0) | (DOT_BITS[yi & 3]?.[xi & 1] ?? 0);
    this.colors[cell] = color;
  }

  /**
   * Draws a straight line between two dots; `dash` leaves gaps (on 3 dots, off 2) like a dashed plot line. A line of
   * many short segments stays dashed when each segment starts at the `phase` the one before returned (a segment of
   * a dense series is often a single dot long, shorter than one dash).
   */
  line(x0: number, y0: number, x1: number, y1: number, color?: string, dash = false, phase = 0): number {
    if (![x0, y0, x1, y1].every(Number.isFinite)) return phase;
    const steps = Math.max(1, Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0))));
    // Long off-screen lines are clipped to a sane number of steps
    const n = Math.min(steps, 4 * (this.width + this.height));
    for (let i = 0; i <= n; i++) {
      if (dash && (phase + i) % 5 >= 3) continue;
      const t = i / n;
      this.set(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, color);
    }
    // the last dot is the next segment's first
    return phase + n;
  }

  /** The canvas as rows of cells. */
  toCells(): Cell[][] {
    const out: Cell[][] = [];
    for (let r = 0; r < this.rows; r++) {
      const row: Cell[] = [];
      for (let c = 0; c < this.cols; c++) {
        const i = r * this.cols + c;
        const b = this.bits[i] ?? 0;
        row.push(b === 0 ? { ch: ' ' } : { ch: String.fromCharCode(0x2800 + b), fg: this.colors[i] });
      }
      out.push(row);
    }
    return out;
  }
}
