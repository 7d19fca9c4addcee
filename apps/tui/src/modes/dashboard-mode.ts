import type { RunPlan } from '@neuronlab/lab';
import type { RunControl } from '../commands/run-control.js';
import type { Messages } from '../i18n/messages-en.js';
import { runErrorText } from '../i18n/run-error-text.js';
import type { Speed } from '../session/speed.js';
import { chunkEpochs } from '../session/speed.js';
import { TrainSession } from '../session/train-session.js';
import { takeEarly } from '../session/train-thread.js';
import { WorkerFeed } from '../session/worker-events.js';
import { chartInputs, chartView, networkView, neuronTargets, runInfo } from '../views.js';
import { dropCursorRestoreUnlessTty } from './output.js';

/**
 * The interactive dashboard; resolves with the exit code once the user leaves (or a signal stops the run).
 *
 * Training runs in a worker thread (spawned as the CLI starts, see train-thread.ts), which holds the only model: the
 * screen shows its events and chart predictions, and a save asks it for the model file. It starts before React and
 * Ink are loaded (about half a second of the main thread), so loading overlaps training; at max speed the session
 * starts taking events at once too. A paced run waits for the screen, so its first epochs are seen. The worker is
 * ended on every way out, and waited for. The screen speaks the language of `messages`; `advice` (worded) ends the
 * summary.
 */
export async function runDashboard(
  plan: RunPlan,
  control: RunControl,
  speed: Speed,
  reportEvery: number,
  messages: Messages,
  advice: string | null = null,
) {
  const frameMs = 50;
  const feed = new WorkerFeed(takeEarly() ?? undefined);
  feed.onEvent = control.record;
  try {
    const chart = chartInputs(plan);
    const epochsPerChunk = chunkEpochs(speed, frameMs);
    const signal = control.abort.signal;
    feed.start(plan, { reportEvery, epochsPerChunk, signal, frames: true, ...(chart ? { chart } : {}) });
    const view = {
      info: runInfo(plan, messages.header),
      lossName: plan.recipe.loss,
      chart: chartView(plan, feed),
      neuron: neuronTargets(plan),
      network: networkView(plan, feed, messages.network),
      advice,
    };
    const session = new TrainSession(feed, { speed, frameMs, epochs: plan.recipe.epochs });
    feed.onPrediction = () => session.notify(false);
    // a stop before the screen is up (SIGTERM while loading) must still end the session's pacing
    control.abort.signal.addEventListener('abort', () => session.stop());
    // handled here so an early failure is not an unhandled rejection; the screen awaits the same promise
    if (speed === 'max') session.run().catch(() => undefined);
    // a failed run's model is never saved, not even with s: the state's error is seen before any key is
    session.subscribe(() => {
      if (session.state.error) control.fail(session.state.error.message);
    });
    dropCursorRestoreUnlessTty();
    // loaded here, not at the top: --json and plain output never load React and Ink, which also slow any training
    // in their thread by a quarter or more (measured; like any detached ArrayBuffer, see train-worker.ts)
    const { showDashboard } = await import('./dashboard-screen.js');
    const code = await showDashboard(view, control, session, feed, messages);
    // the screen may have cut the diagnosis off; once it is gone, print it whole where it stays
    if (session.state.error) process.stderr.write(`neuronlab ${runErrorText(session.state.error, messages.summary)}\n`);
    // and the advice the summary showed, so it is still there after the screen
    else if (view.advice !== null) process.stderr.write(`neuronlab train: ${view.advice}\n`);
    // and the saved file's path, which a run directory makes longer than a narrow summary shows
    if (control.lastSaved !== null) process.stdout.write(`${messages.summary.savedTo(control.lastSaved)}\n`);
    return code;
  } finally {
    await feed.close();
  }
}
