/** One recorded point: the epoch, its training loss and its test loss (NaN without a test set). */
export interface LossPoint {
  readonly epoch: number;
  readonly train: number;
  readonly test: number;
}

/**
 * Loss over epochs for charts, in bounded memory: points are kept on a stride of epochs, and past `capacity` points
 * every other one is dropped and the stride doubles, so a run of any length keeps the shape of its curve. The latest
 * point is always the last one, even off the stride, so a curve reaches the current epoch.
 */
export class LossHistory {
  private epochList: number[] = [];
  private trainList: number[] = [];
  private testList: number[] = [];
  private stride = 1;
  /** The last point is off the stride and gets replaced by the next push. */
  private tail = false;
  private sawTest = false;

  /** @param capacity Points kept on the stride before it doubles. @default 2048 */
  constructor(private readonly capacity = 2048) {
    if (!Number.isInteger(capacity) || capacity < 2) {
      throw new RangeError(`LossHistory: capacity must be an integer >= 2, got ${capacity}. Use e.g. 2048.`);
    }
  }

  /** Epochs of the kept points, ascending. */
  get epochs(): readonly number[] {
    return this.epochList;
  }

  /** Training loss at each kept epoch. */
  get train(): readonly number[] {
    return this.trainList;
  }

  /** Test loss at each kept epoch (NaN where none was given). */
  get test(): readonly number[] {
    return this.testList;
  }

  /** Number of kept points. */
  get length(): number {
    return this.epochList.length;
  }

  /** Whether any test loss was recorded. */
  get hasTest(): boolean {
    return this.sawTest;
  }

  /** The most recent point, or null before the first push. */
  get latest(): LossPoint | null {
    const i = this.epochList.length - 1;
    if (i < 0) return null;
    return { epoch: this.epochList[i]!, train: this.trainList[i]!, test: this.testList[i]! };
  }

  /** Records the losses at `epoch` (epochs ascending); off the stride the point stays only until the next push. */
  push(epoch: number, train: number, test?: number): void {
    if (this.tail) {
      this.epochList.pop();
      this.trainList.pop();
      this.testList.pop();
    }
    this.tail = this.epochList.length > 0 && epoch % this.stride !== 0;
    this.epochList.push(epoch);
    this.trainList.push(train);
    this.testList.push(test ?? Number.NaN);
    if (test !== undefined && Number.isFinite(test)) this.sawTest = true;
    if (!this.tail && this.epochList.length > this.capacity) this.halve();
  }

  /** Drops every other point, keeping the first and the latest. */
  private halve(): void {
    const last = this.epochList.length - 1;
    const keep = (_: number, i: number) => i % 2 === 0 || i === last;
    this.epochList = this.epochList.filter(keep);
    this.trainList = this.trainList.filter(keep);
    this.testList = this.testList.filter(keep);
    this.stride *= 2;
  }
}
