/** Loss over epochs, kept small: past `capacity` points every other point is dropped and the stride doubles. */
export class LossHistory {
  epochs: number[] = [];
  train: number[] = [];
  test: number[] = [];
  private stride = 1;

  constructor(private readonly capacity = 2048) {}

  /** Records the loss at `epoch`, keeping it only when it falls on the current stride. */
  push(epoch: number, train: number, test?: number): void {
    if (epoch % this.stride !== 0 && this.epochs.length > 0) return;
    this.epochs.push(epoch);
    this.train.push(train);
    this.test.push(test ?? Number.NaN);
    if (this.epochs.length > this.capacity) this.halve();
  }

  private halve(): void {
    const keep = (_: number, i: number) => i % 2 === 0;
    this.epochs = this.epochs.filter(keep);
    this.train = this.train.filter(keep);
    this.test = this.test.filter(keep);
    this.stride *= 2;
  }

  /** Whether any test loss was recorded. */
  get hasTest(): boolean {
    return this.test.some(Number.isFinite);
  }
}
