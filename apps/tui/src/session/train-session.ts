import type { TrainEvent } from '@neuronlab/core';
import { applyEvent, type DashboardState, initialState } from './dashboard-state.js';
import type { Speed } from './speed.js';
import { stepSpeed } from './speed.js';
import { Timing } from './timing.js';

/** Options of a session. */
export interface SessionOptions {
  /** Pace. */
  readonly speed: Speed;
  /** Shortest time between two redraws: 50 ms caps the screen at 20 frames a second. @default 50 */
  readonly frameMs?: number;
  /** Frame length at `--speed max`. @default 500 */
  readonly maxSpeedFrameMs?: number;
  /** Clock in ms. @default performance.now */
  readonly now?: () => number;
}

/**
 * Pulls trainer events at a chosen pace and keeps the dashboard state. The trainer is pull-based, so pausing is
 * just not pulling. Listeners are told at most once per frame; the React hook subscribes to this.
 */
export class TrainSession {
  readonly state: DashboardState = initialState();
  readonly timing = new Timing();
  speed: Speed;
  paused = false;
  private readonly frameMs: number;
  private readonly maxSpeedFrameMs: number;
  private readonly now: () => number;
  private readonly listeners = new Set<() => void>();
  private wake: (() => void) | null = null;
  private steps = 0;
  private lastNotify = Number.NEGATIVE_INFINITY;
  private stopped = false;
  // Pace is kept against the clock from this origin, so time spent drawing does not slow the run down
  private origin = { time: 0, epoch: 0 };

  constructor(
    private readonly events: AsyncIterator<TrainEvent>,
    options: SessionOptions,
  ) {
    this.speed = options.speed;
    this.frameMs = options.frameMs ?? 50;
    this.maxSpeedFrameMs = options.maxSpeedFrameMs ?? 500;
    this.now = options.now ?? (() => performance.now());
  }

  /** Calls `fn` (at most once per frame) when the state changes; returns the unsubscribe function. */
  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Whether training has ended (done or error). */
  get finished(): boolean {
    return this.state.done !== null || this.state.error !== null;
  }

  /** Runs until the trainer finishes; resolves with the final state. */
  async run(): Promise<DashboardState> {
    this.timing.begin(this.now());
    this.resetOrigin();
    while (!this.finished && !this.stopped) {
      if (this.paused && this.steps === 0) await new Promise<void>((r) => (this.wake = r));
      else if (this.paused) await this.stepOne();
      else await this.frame();
    }
    this.timing.update(this.state.epoch, this.now());
    this.timing.end(this.now());
    this.notify(true);
    return this.state;
  }

  private async pull(): Promise<boolean> {
    const r = await this.events.next();
    if (r.done) {
      this.stopped = true;
      return false;
    }
    applyEvent(this.state, r.value);
    return true;
  }

  private async stepOne(): Promise<void> {
    this.steps--;
    const from = this.state.epoch;
    while (!this.finished && this.state.epoch === from && (await this.pull()));
    this.notify(true);
  }

  private async frame(): Promise<void> {
    const begin = this.now();
    const target =
      this.speed === 'max'
        ? Number.POSITIVE_INFINITY
        : this.origin.epoch + (this.speed * (begin - this.origin.time + this.frameMs)) / 1000;
    const work = this.workBudget();
    while (!this.finished && this.state.epoch < target && this.now() - begin < work) {
      if (!(await this.pull())) break;
    }
    this.timing.update(this.state.epoch, this.now());
    this.notify(false);
    const rest = this.speed === 'max' ? 0 : Math.max(0, this.frameMs - (this.now() - begin));
    await new Promise<void>((r) => (rest > 0 ? setTimeout(r, rest) : setImmediate(r)));
  }

  /**
   * How long one frame may pull events. Paced runs keep it short so keys stay responsive. At full speed a frame
   * lasts `maxSpeedFrameMs`: a redraw costs 10–20 ms, so drawing twice a second keeps it near 5% of the time.
   */
  private workBudget(): number {
    return this.speed === 'max' ? this.maxSpeedFrameMs : this.frameMs * 0.6;
  }

  private resetOrigin(): void {
    this.origin = { time: this.now(), epoch: this.state.epoch };
  }

  /** Tells listeners about a change; unless forced, at most once per frame. */
  notify(force: boolean): void {
    const t = this.now();
    if (!force && t - this.lastNotify < this.frameMs) return;
    this.lastNotify = t;
    for (const fn of this.listeners) fn();
  }

  private resume(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  /** Pauses or resumes pulling. */
  togglePause(): void {
    if (this.finished) return;
    this.paused = !this.paused;
    if (this.paused) this.timing.pause(this.now());
    else this.timing.resume(this.now(), this.state.epoch);
    this.resetOrigin();
    this.resume();
    this.notify(true);
  }

  /** While paused, takes one more reported step. */
  step(): void {
    if (!this.paused || this.finished) return;
    this.steps++;
    this.resume();
  }

  /** Changes pace by one step (`+1` faster, `-1` slower). */
  changeSpeed(direction: 1 | -1): void {
    this.speed = stepSpeed(this.speed, direction);
    this.resetOrigin();
    this.notify(true);
  }

  /** Stops pulling for good (after an abort the trainer still sends its done event, which `run` waits for). */
  stop(): void {
    this.paused = false;
    this.steps = 0;
    this.speed = 'max';
    this.resume();
  }
}
