import { render } from 'ink';
import type { RunControl } from '../commands/run-control.js';
import type { AppControls, RunView } from '../components/App.js';
import { App } from '../components/App.js';
import type { TrainSession } from '../session/train-session.js';

/**
 * Draws the session with Ink until the user leaves; resolves with the exit code. Loaded only for the dashboard,
 * since React and Ink take about half a second to load. A failure of the training thread unmounts the screen and
 * rejects, so the caller prints one line.
 */
export async function showDashboard(view: RunView, control: RunControl, session: TrainSession): Promise<number> {
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
  const ink = render(<App session={session} run={view} controls={controls} />, {
    exitOnCtrlC: false,
    patchConsole: false,
  });
  try {
    const state = await session.run();
    if (state.done) control.save();
    session.notify(true);
    // A finished run stays on screen until q; a stopped one leaves at once
    if (control.stop === 'none' && state.done?.reason !== 'aborted') await left;
    await new Promise((r) => setTimeout(r, 30));
    return state.error ? 1 : control.exitCode();
  } finally {
    ink.unmount();
    // Never hang on the way out: Ink settles its last write within a frame, so half a second is plenty
    await Promise.race([ink.waitUntilExit(), new Promise((r) => setTimeout(r, 500))]);
    // Show the cursor again whatever path we leave by (Ink hides it while drawing); after its last throttled write
    await new Promise((r) => setTimeout(r, 80));
    if (process.stdout.isTTY) process.stdout.write('\u001b[?25h');
  }
}
