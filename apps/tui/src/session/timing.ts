/** Wall-clock speed and a smoothed ETA, fed with (epoch, time) samples; `now` is injected so tests need no clock. */
export class Timing {
  private startedAt = Number.NaN;
  private lastAt = Number.NaN;
  private lastEpoch = 0;
  private rate = Number.NaN;
  private pausedFor = 0;
  private pausedAt = Number.NaN;
  private ended = false;

  /** Marks the start of training. */
  begin(now: number): void {
    this.startedAt = now;
    this.lastAt = now;
  }

  /** Records progress; the rate is an exponential moving average so the ETA does not jump around. */
  update(epoch: number, now: number): void {
    const dt = (now - this.lastAt) / 1000;
    if (!(dt >= 0.1) || epoch <= this.lastEpoch) return;
    const r = (epoch - this.lastEpoch) / dt;
    this.rate = Number.isNaN(this.rate) ? r : 0.7 * this.rate + 0.3 * r;
    this.lastAt = now;
    this.lastEpoch = epoch;
  }

  /**
   * Stops the clock for good at the end of training, at `epoch`. A run too short for a measured rate (it ended within
   * one sampling interval) gets its average over the whole run instead of none.
   */
  end(now: number, epoch: number): void {
    this.pause(now);
    this.ended = true;
    const seconds = this.elapsed(now) / 1000;
    if (Number.isNaN(this.rate) && epoch > 0 && seconds > 0) this.rate = epoch / seconds;
  }

  /** Pauses the clock (paused time counts neither toward elapsed time nor the rate). */
  pause(now: number): void {
    if (Number.isNaN(this.pausedAt)) this.pausedAt = now;
  }

  /** Restarts the clock after a pause. */
  resume(now: number, epoch: number): void {
    if (Number.isNaN(this.pausedAt)) return;
    this.pausedFor += now - this.pausedAt;
    this.pausedAt = Number.NaN;
    this.lastAt = now;
    this.lastEpoch = epoch;
  }

  /** Milliseconds of training so far, pauses excluded; NaN for a clock never started (a run read back from its log). */
  elapsed(now: number): number {
    const end = Number.isNaN(this.pausedAt) ? now : this.pausedAt;
    return end - this.startedAt - this.pausedFor;
  }

  /** Smoothed epochs per second, NaN until known. */
  epochsPerSecond(): number {
    return this.rate;
  }

  /**
   * Milliseconds left for `remaining` epochs at the smoothed rate, NaN until known and once training has ended: a
   * run that stopped or diverged before its last epoch has nothing left to wait for.
   */
  eta(remaining: number): number {
    return !this.ended && this.rate > 0 ? (remaining / this.rate) * 1000 : Number.NaN;
  }
}
