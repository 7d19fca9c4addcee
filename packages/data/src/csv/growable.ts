/** A Float64Array that grows by doubling, for tables whose length is known only at the end of a stream. */
export class GrowableFloat64 {
  private data = new Float64Array(1024);
  private size = 0;

  /** Appends one value, doubling the storage when it is full. */
  push(value: number): void {
    if (this.size === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.size++] = value;
  }

  /** Number of values pushed. */
  get length(): number {
    return this.size;
  }

  /** The values pushed so far, in an array of exactly that length. */
  toArray(): Float64Array {
    return this.data.slice(0, this.size);
  }
}
