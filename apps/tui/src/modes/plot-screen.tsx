import { render } from 'ink';
import { PlotScreen } from '../components/PlotScreen.js';
import type { Messages } from '../i18n/messages-en.js';
import { MessagesProvider } from '../i18n/use-messages.js';
import type { PlotModel } from '../plot/plot-model.js';

/** What the screen needs of the command's stop switch: q stops it, Ctrl-C interrupts it. */
interface StopSwitch {
  readonly signal: AbortSignal;
  abort(): void;
  interrupt(): void;
}

/**
 * Draws `plot`'s charts with Ink, in the words of `messages`, while the logs are read (`done` settles when that ends).
 * Following, the screen stays until q (or a signal) aborts `stop`; reading once, it stays on a terminal until q, and
 * leaves with the last frame drawn when stdout is no terminal. A failed read unmounts the screen first, so its one
 * line is not drawn over.
 */
export async function showPlot(
  model: PlotModel,
  status: () => string,
  reading: () => boolean,
  stop: StopSwitch,
  done: Promise<void>,
  once: boolean,
  messages: Messages,
): Promise<void> {
  const quit = () => stop.abort();
  const interrupt = () => stop.interrupt();
  const screen = () => (
    <MessagesProvider messages={messages}>
      <PlotScreen model={model} status={status} reading={reading} quit={quit} interrupt={interrupt} />
    </MessagesProvider>
  );
  const ink = render(screen(), {
    exitOnCtrlC: false,
    patchConsole: false,
  });
  const exited = ink.waitUntilExit();
  const stopped = new Promise<void>((resolve) => stop.signal.addEventListener('abort', () => resolve()));
  try {
    await done;
    if (!once || process.stdout.isTTY) await stopped;
  } finally {
    // one last frame with everything read, then leave
    ink.rerender(screen());
    await new Promise<void>((r) => setImmediate(r));
    ink.unmount();
    await exited;
    if (process.stdout.isTTY) process.stdout.write('\u001b[?25h');
  }
}
