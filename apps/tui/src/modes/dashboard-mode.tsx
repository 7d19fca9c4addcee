import { train } from '@neuronlab/core';
import type { PreparedRun } from '@neuronlab/lab';
import { render } from 'ink';
import type { RunControl } from '../commands/run-control.js';
import type { AppControls } from '../components/App.js';
import { App } from '../components/App.js';
import type { Speed } from '../session/speed.js';
import { TrainSession } from '../session/train-session.js';
import { fitView, neuronTargets, runInfo } from '../views.js';

/** The interactive dashboard; resolves with the exit code once the user leaves (or a signal stops the run). */
export async function runDashboard(run: PreparedRun, control: RunControl, speed: Speed, reportEvery: number) {
  const data = run.test ? { train: run.train, test: run.test } : { train: run.train };
  const events = train(run.model, data, { ...run.trainOptions, reportEvery, signal: control.abort.signal });
  const session = new TrainSession(events, { speed });
  let leave: () => void = () => {};
  const left = new Promise<void>((r) => (leave = r));
  const controls: AppControls = {
    save: () => {
      try {
        const path = control.save(control.savedTo ?? undefined) ?? control.save('neuronlab-model.json');
        return `saved to ${path}`;
      } catch (error) {
        return `could not save: ${(error as Error).message}`;
      }
    },
    quit: () => {
      if (session.finished) leave();
      else control.request('quit');
      session.stop();
    },
    interrupt: () => {
      control.request('interrupt');
      session.stop();
    },
    saved: () => control.savedTo ?? undefined,
  };
  const view = { info: runInfo(run), lossName: run.recipe.loss, fit: fitView(run), neuron: neuronTargets(run) };
  const ink = render(<App session={session} run={view} controls={controls} />, {
    exitOnCtrlC: false,
    patchConsole: false,
  });
  const onStop = () => session.stop();
  control.abort.signal.addEventListener('abort', onStop);
  const state = await session.run();
  if (state.done) control.save();
  session.notify(true);
  // A finished run stays on screen until q; a stopped one leaves at once
  if (control.stop === 'none' && state.done?.reason !== 'aborted') await left;
  await new Promise((r) => setTimeout(r, 30));
  ink.unmount();
  // Never hang on the way out: Ink settles its last write within a frame, so half a second is plenty
  await Promise.race([ink.waitUntilExit(), new Promise((r) => setTimeout(r, 500))]);
  // Show the cursor again whatever path we leave by (Ink hides it while drawing); after its last throttled write
  await new Promise((r) => setTimeout(r, 80));
  if (process.stdout.isTTY) process.stdout.write('\u001b[?25h');
  if (state.error) return 1;
  return control.exitCode();
}
