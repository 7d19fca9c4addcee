import { useInput } from 'ink';
import { useState } from 'react';
import { useSession } from '../hooks/use-session.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { useMessages } from '../i18n/use-messages.js';
import type { SelectionMove } from '../network/selection.js';
import { FIRST_SELECTION, moveSelection, selectionMoves } from '../network/selection.js';
import { formatSpeed } from '../session/speed.js';
import type { TrainSession } from '../session/train-session.js';
import type { DashboardView } from './Dashboard.js';
import { Dashboard } from './Dashboard.js';
import type { RunStatus } from './Header.js';
import type { LogMode } from './LossPanel.js';

/** What the app asks of whoever runs it: the actions behind the keys. */
export interface AppControls {
  /** `s`: save the model of the shown epoch; resolves with the line to show. */
  save(): Promise<string>;
  /** `q`: stop (if still training) and leave. */
  quit(): void;
  /** Ctrl-C: stop, save if asked to, leave with 130. */
  interrupt(): void;
  /** The path the run saves to, once it has. */
  saved(): string | undefined;
}

/** The static parts of the view, fixed for a run. */
export type RunView = Pick<DashboardView, 'info' | 'lossName' | 'chart' | 'neuron' | 'network' | 'advice'>;

const NEXT_LOG: Record<LogMode, LogMode> = { auto: 'log', log: 'linear', linear: 'auto' };

function status(session: TrainSession, stopping: boolean): RunStatus {
  const s = session.state;
  if (s.error) return 'failed';
  if (s.done) return s.done.reason === 'aborted' ? 'stopped' : 'done';
  if (stopping) return 'stopping';
  // 'paused' once the chunk that was in training is on screen: from then on nothing moves until a key
  if (session.paused) return session.still ? 'paused' : 'pausing';
  return 'training';
}

/** The interactive dashboard: subscribes to the session, handles keys and lays the view out for the terminal. */
export function App({ session, run, controls }: { session: TrainSession; run: RunView; controls: AppControls }) {
  useSession(session);
  const t = useMessages().actions;
  const { columns, rows } = useTerminalSize();
  const [logMode, setLogMode] = useState<LogMode>('auto');
  const [message, setMessage] = useState<string | undefined>();
  const [stopping, setStopping] = useState(false);
  const [selection, setSelection] = useState(FIRST_SELECTION);
  const net = run.network ?? null;
  const select = (move: SelectionMove) => {
    if (net)
      setSelection((s) => moveSelection(s, move, { units: net.layers.map((l) => l.units), samples: net.samples }));
  };
  useInput((input, key) => {
    if (key.ctrl && input === 'c') {
      setStopping(true);
      controls.interrupt();
    } else if (input === 'q') {
      setStopping(true);
      controls.quit();
    } else if (input === ' ') session.togglePause();
    else if (input === 'n') session.step();
    else if (input === '+' || input === '=') session.changeSpeed(1);
    else if (input === '-' || input === '_') session.changeSpeed(-1);
    else if (input === 'l') setLogMode((m) => NEXT_LOG[m]);
    else if (input === 's') {
      setMessage(t.saving);
      void controls.save().then(setMessage);
    } else for (const move of selectionMoves(input, key)) select(move);
  });
  const s = session.state;
  const now = performance.now();
  const view: DashboardView = {
    ...run,
    state: s,
    progress: {
      epoch: s.epoch,
      total: s.totalEpochs,
      rate: session.timing.epochsPerSecond(),
      elapsedMs: session.timing.elapsed(now),
      etaMs: session.timing.eta(s.totalEpochs - s.epoch),
      pace: formatSpeed(session.speed),
    },
    status: status(session, stopping),
    logMode,
    selection,
    message,
    saved: controls.saved(),
    width: Math.max(20, columns - 1),
    height: Math.max(8, rows - 1),
  };
  return <Dashboard view={view} />;
}
