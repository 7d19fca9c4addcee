import { render } from 'ink';
import type { RunControl } from '../commands/run-control.js';
import type { AppControls, RunView } from '../components/App.js';
import { App } from '../components/App.js';
import type { Messages } from '../i18n/messages-en.js';
import { MessagesProvider } from '../i18n/use-messages.js';
import type { TrainSession } from '../session/train-session.js';
import type { ModelOwner } from '../session/worker-events.js';

/**
 * Draws the session with Ink until the user leaves; resolves with the exit code. Loaded only for the dashboard,
 * since React and Ink take about half a second to load. A failure of the training thread unmounts the screen and
 * rejects, so the caller prints one line. Saves ask `model` (the training thread) for the model of the shown epoch.
 */
export async function showDashboard(
  view: RunView,
  control: RunControl,
  session: TrainSession,
  model: ModelOwner,
  messages: Messages,
): Promise<number> {
  let leave: () => void = () => {};
  const left = new Promise<void>((r) => (leave = r));
  const controls: AppControls = {
    save: async () => {
      // the thread may be ahead of the screen: hold it still, so what it saves is the epoch on screen
      const resume = await session.holdStill();
      try {
        const path =
          (await control.save(model, control.savedTo ?? undefined)) ??
          (await control.save(model, 'neuronlab-model.json'));
        return messages.actions.saved(String(path));
      } catch (error) {
        return messages.actions.notSaved((error as Error).message);
      } finally {
        if (resume && session.paused) session.togglePause();
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
    saved: () => control.lastSaved ?? undefined,
  };
  const screen = (
    <MessagesProvider messages={messages}>
      <App session={session} run={view} controls={controls} />
    </MessagesProvider>
  );
  const ink = render(screen, {
    exitOnCtrlC: false,
    patchConsole: false,
  });
  // asked for before unmount: it settles once the last frame's writes have reached stdout
  const exited = ink.waitUntilExit();
  try {
    const state = await session.run();
    if (state.done) await control.save(model);
    session.notify(true);
    // A finished run stays on screen until q; a stopped one leaves at once
    if (control.stop === 'none' && state.done?.reason !== 'aborted') await left;
    return state.error ? 1 : control.exitCode();
  } finally {
    // React applies the last notify's state on a microtask; unmount then draws that frame and flushes Ink's writes
    await new Promise<void>((r) => setImmediate(r));
    ink.unmount();
    await exited;
    // Show the cursor again whatever path we leave by (Ink hides it while drawing), after Ink's last write
    if (process.stdout.isTTY) process.stdout.write('\u001b[?25h');
  }
}
