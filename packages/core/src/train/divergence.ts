/**
 * Detects a run that is blowing up or thrashing, so training stops with a useful message instead of producing NaN
 * or "completing" a run that never learned. A run has diverged when its epoch loss
 * - is NaN or ±Infinity;
 * - is above GROWTH_LIMIT times the starting loss and above GROWTH_FLOOR, however it got there: a network that blew
 *   up within a few steps and then froze at a huge finite loss (every ReLU dead) never keeps rising;
 * - has averaged more than `factor` times the starting loss, and more than THRASH_FLOOR, over the last `window`
 *   epochs: a run that climbs steadily gets there, and so does a step so large that every update overshoots
 *   (Adam at lr 10 on the spiral jumps between ten and fifty times its start without ever rising for long).
 * The trainer also ends a run as diverged when a reported parameter is not finite.
 */
export class DivergenceDetector {
  private startLoss: number;
  // the last `window` epoch losses (a ring) and their sum
  private readonly recent: Float64Array;
  private seen = 0;
  // the ring slot the next loss goes into: counted round instead of `seen % window`, a division every epoch
  private slot = 0;
  private recentSum = 0;

  constructor(
    startLoss: number,
    /** Epochs the mean loss is taken over. @default 20 */
    readonly window = 20,
    /** How many times the starting loss that mean must exceed: no stretch of a run that learns averages that high. @default 10 */
    readonly factor = 10,
  ) {
    this.startLoss = startLoss;
    this.recent = new Float64Array(window);
  }

  /** Starts over from a new starting loss (the trainer makes its detector once and resets it when the run begins). */
  reset(startLoss: number): void {
    this.startLoss = startLoss;
    this.seen = 0;
    this.slot = 0;
    this.recentSum = 0;
  }

  /** Feeds one epoch's loss; true when the run has diverged. */
  update(loss: number): boolean {
    if (!Number.isFinite(loss)) return true;
    const start = this.startLoss;
    if (loss > GROWTH_LIMIT * start && loss > GROWTH_FLOOR) return true;
    const slot = this.slot;
    this.recentSum += loss - (this.seen >= this.window ? this.recent[slot]! : 0);
    this.recent[slot] = loss;
    this.slot = slot + 1 === this.window ? 0 : slot + 1;
    this.seen++;
    if (this.seen < this.window) return false;
    const mean = this.recentSum / this.window;
    return mean > this.factor * start && mean > THRASH_FLOOR;
  }
}

/**
 * A loss a million times its start has left any useful region: no schedule, minibatch noise or momentum overshoot
 * of a run that can still recover moves it that far, while a blown-up network passes 1e100 within a few steps.
 */
const GROWTH_LIMIT = 1e6;
/**
 * The blown-up loss must also exceed this absolute value, so a run that starts almost at its optimum (a loss of
 * 1e-12, say) is not called diverged for a harmless rise. An MSE of 1e6 on standardized targets, or a
 * cross-entropy of 1e6, means outputs wrong by about a thousand standard deviations: nothing a run comes back from.
 */
const GROWTH_FLOOR = 1e6;
/**
 * The thrashing mean must also exceed 1: below that, a run that started near its optimum may wander by a factor of
 * ten through minibatch noise. On standardized targets an MSE of 1 is no better than predicting the mean, and a
 * binary cross-entropy of 1 is worse than guessing (ln 2 ≈ 0.69).
 */
const THRASH_FLOOR = 1;

/** True when every value of every parameter block is finite (neither NaN nor ±Infinity). */
export function allFinite(params: readonly { readonly value: Float64Array }[]): boolean {
  for (const p of params) {
    const v = p.value;
    // v[i] - v[i] is 0 for a finite number and NaN for NaN and ±Infinity
    for (let i = 0; i < v.length; i++) if (v[i]! - v[i]! !== 0) return false;
  }
  return true;
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
