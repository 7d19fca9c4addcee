import { applyEvent, type DashboardState, initialState } from './dashboard-state.js';
import type { EventFeed } from './event-feed.js';
import type { Speed } from './speed.js';
import { chunkEpochs, stepSpeed } from './speed.js';
import { Timing } from './timing.js';

/** Options of a session. */
export interface SessionOptions {
  /** Pace. */
  readonly speed: Speed;
  /** Shortest time between two redraws: 50 ms caps the screen at 20 frames a second. @default 50 */
  readonly frameMs?: number;
  /** Clock in ms. @default performance.now */
  readonly now?: () => number;
  /** Epochs the run plans, shown while the thread starts (before the start event). @default 0 */
  readonly epochs?: number;
}

/**
 * Takes trainer events at a chosen pace and keeps the dashboard state. The feed is pull-based, so pausing is just
 * not taking. Events come in chunks: the ones already there are applied without waiting, and the session awaits
 * only when it has used up what arrived. Listeners are told at most once per frame; the React hook subscribes.
 */
export class TrainSession {
  readonly state: DashboardState;
  readonly timing = new Timing();
  speed: Speed;
  paused = false;
  private readonly frameMs: number;
  private readonly now: () => number;
  private readonly listeners = new Set<() => void>();
  private wake: (() => void) | null = null;
  private steps = 0;
  private lastNotify = Number.NEGATIVE_INFINITY;
  private trailing: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private running: Promise<DashboardState> | null = null;
  // whether what training did before the current pause took effect has been taken (see catchUp)
  private caughtUp = true;
  private stillNow = false;
  private readonly stillWaiters: Array<() => void> = [];
  // Pace is kept against the clock from this origin, so time spent drawing does not slow the run down
  private origin = { time: 0, epoch: 0 };

  constructor(
    private readonly feed: EventFeed,
    options: SessionOptions,
  ) {
    this.state = initialState(options.epochs ?? 0);
    this.speed = options.speed;
    this.frameMs = options.frameMs ?? 50;
    this.now = options.now ?? (() => performance.now());
    this.feed.setPace(chunkEpochs(this.speed, this.frameMs));
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

  /** Runs until the trainer finishes and resolves with the final state; later calls return the same promise. */
  run(): Promise<DashboardState> {
    this.running ??= this.loop();
    return this.running;
  }

  private async loop(): Promise<DashboardState> {
    this.timing.begin(this.now());
    this.resetOrigin();
    while (!this.finished && !this.stopped) {
      if (this.paused && !this.caughtUp) await this.catchUp();
      else if (this.paused && this.steps === 0) await this.waitPaused();
      else if (this.paused) await this.stepOne();
      else await this.frame();
    }
    this.timing.update(this.state.epoch, this.now());
    this.timing.end(this.now(), this.state.epoch);
    this.notify(true);
    this.wakeStill();
    return this.state;
  }

  /** Waits, paused and caught up, for a key; meanwhile the trainer's model is the one of the epoch on screen. */
  private async waitPaused(): Promise<void> {
    this.stillNow = true;
    this.wakeStill();
    this.notify(true);
    await new Promise<void>((r) => (this.wake = r));
    this.stillNow = false;
  }

  /** True while paused with everything training did taken and shown, and no step asked for (see holdStill). */
  get still(): boolean {
    return this.stillNow;
  }

  private wakeStill(): void {
    for (const resolve of this.stillWaiters.splice(0)) resolve();
  }

  /**
   * Pauses (when training) and settles once everything training did is taken and on screen and no step is asked
   * for, or once the run has ended: the trainer's model is then the one of the epoch shown, as a save must be.
   * Resolves with whether this call paused, so the caller can resume.
   */
  async holdStill(): Promise<boolean> {
    if (this.running === null || this.finished || this.stopped) return false;
    const pausedHere = !this.paused;
    if (pausedHere) this.togglePause();
    if (!this.still) await new Promise<void>((resolve) => this.stillWaiters.push(resolve));
    return pausedHere;
  }

  /** Applies the next event, waiting for one if none is ready; false once the feed has ended. */
  private async pull(): Promise<boolean> {
    for (;;) {
      if (this.takeReady()) return true;
      if (this.feed.ended) {
        this.stopped = true;
        return false;
      }
      await this.feed.ready();
    }
  }

  /** Applies the next event if one is ready, without waiting. */
  private takeReady(): boolean {
    const e = this.feed.take();
    if (e === undefined) return false;
    applyEvent(this.state, e);
    return true;
  }

  /**
   * A pause stops training after the chunk in progress, which may end a little past the shown epoch (a frame's worth
   * at a pace; at max, 20 ms of training, or up to a slow frame's time, see worker-events.ts). Those epochs are taken
   * and shown, so the screen holds where training really stopped, and a quit or save while paused ends at the epoch
   * on screen.
   */
  private async catchUp(): Promise<void> {
    await this.feed.settle();
    this.caughtUp = true;
    while (this.paused && !this.finished && this.takeReady());
    this.notify(true);
  }

  private async stepOne(): Promise<void> {
    this.steps--;
    const from = this.state.epoch;
    while (!this.finished && this.state.epoch === from && (await this.pull()));
    this.notify(true);
  }

  /**
   * One frame: at a pace, the epochs its clock calls for; at max, every event that has arrived (waiting for the
   * next chunk only when none has). Event application is bounded so keys stay responsive either way.
   */
  private async frame(): Promise<void> {
    const max = this.speed === 'max';
    if (max && !(await this.pull())) return;
    const begin = this.now();
    const target = max
      ? Number.POSITIVE_INFINITY
      : this.origin.epoch + ((this.speed as number) * (begin - this.origin.time + this.frameMs)) / 1000;
    const work = this.frameMs * 0.6;
    while (!this.finished && !this.paused && this.state.epoch < target && this.now() - begin < work) {
      if (max ? !this.takeReady() : !(await this.pull())) break;
    }
    this.timing.update(this.state.epoch, this.now());
    this.notify(false);
    const rest = max ? 0 : Math.max(0, this.frameMs - (this.now() - begin));
    await new Promise<void>((r) => (rest > 0 ? setTimeout(r, rest) : setImmediate(r)));
  }

  private resetOrigin(): void {
    this.origin = { time: this.now(), epoch: this.state.epoch };
  }

  /**
   * Tells listeners about a change; unless forced, at most once per frame. A change that falls inside a frame is
   * told when that frame ends, so the screen never stays behind the state (the next chunk may be far off).
   */
  notify(force: boolean): void {
    const t = this.now();
    const wait = this.lastNotify + this.frameMs - t;
    if (!force && wait > 0) {
      if (this.trailing === null) {
        this.trailing = setTimeout(() => this.notify(true), wait);
        this.trailing.unref?.();
      }
      return;
    }
    if (this.trailing !== null) clearTimeout(this.trailing);
    this.trailing = null;
    this.lastNotify = t;
    for (const fn of this.listeners) fn();
  }

  private resume(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  /** Pauses or resumes taking events. */
  togglePause(): void {
    if (this.finished) return;
    this.paused = !this.paused;
    if (this.paused) {
      this.caughtUp = false;
      this.timing.pause(this.now());
    } else this.timing.resume(this.now(), this.state.epoch);
    this.setSpeed(this.speed);
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
    this.setSpeed(stepSpeed(this.speed, direction));
    this.notify(true);
  }

  /** Sets the pace, tells the feed how far to train ahead (nothing while paused), and restarts the pace's clock. */
  private setSpeed(speed: Speed): void {
    this.speed = speed;
    this.feed.setPace(this.paused ? 0 : chunkEpochs(speed, this.frameMs));
    this.resetOrigin();
  }

  /** Stops pacing for good (after an abort the trainer still sends its done event, which `run` waits for). */
  stop(): void {
    this.paused = false;
    this.steps = 0;
    this.setSpeed('max');
    this.resume();
  }
}
