/**
 * Detects a run that is blowing up, so training stops with a useful message instead of producing NaN.
 *
 * A run has diverged when its loss is NaN or ±Infinity, or when the loss has risen for `window` epochs in a row
 * and is more than `factor` times the starting loss: ordinary noise does not rise that long, and a run that has
 * climbed a hundredfold above where it started is not coming back on its own.
 */
export class DivergenceDetector {
  private startLoss: number;
  private previous: number;
  private rising = 0;

  constructor(
    startLoss: number,
    /** Consecutive rising epochs required. @default 20 */
    readonly window = 20,
    /** How many times the starting loss the loss must exceed. @default 100 */
    readonly factor = 100,
  ) {
    this.startLoss = startLoss;
    this.previous = startLoss;
  }

  /** Starts over from a new starting loss (the trainer makes its detector once and resets it when the run begins). */
  reset(startLoss: number): void {
    this.startLoss = startLoss;
    this.previous = startLoss;
    this.rising = 0;
  }

  /** Feeds one epoch's loss; true when the run has diverged. */
  update(loss: number): boolean {
    if (!Number.isFinite(loss)) return true;
    this.rising = loss > this.previous ? this.rising + 1 : 0;
    this.previous = loss;
    return this.rising >= this.window && loss > this.factor * this.startLoss;
  }
}

/** The person-readable divergence message: epoch, learning rate and, when known, the stable limit. */
export function divergenceMessage(epoch: number, lr: number, loss: number, stableLimit: number | null): string {
  const what = `train: the loss diverged at epoch ${epoch} (loss ${short(loss)}) with learning rate ${lr}`;
  if (stableLimit === null)
    return `${what}. Lower the learning rate (try ${short(lr / 10)}) or standardize the inputs.`;
  const limit = `the largest stable learning rate for full-batch gradient descent on this data is ${short(stableLimit)}`;
  if (lr >= stableLimit) return `${what}; ${limit}. Use a learning rate below ${short(stableLimit)}.`;
  // below the full-batch limit it can still diverge: minibatch noise or a schedule that raised the rate earlier
  return `${what}; ${limit}, so the minibatches are too noisy for it. Lower the learning rate or use larger batches.`;
}

function short(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(3))) : String(v);
}
