import { render, Text, useApp, useInput } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import { networkKeyWords } from '../components/Footer.js';
import type { LogMode } from '../components/LossPanel.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { en, type Messages } from '../i18n/messages-en.js';
import { MessagesProvider, useMessages } from '../i18n/use-messages.js';
import { FIRST_SELECTION, moveSelection, selectionMoves } from '../network/selection.js';
import { chartView, networkView } from '../views.js';
import { SweepDashboard } from './SweepDashboard.js';
import type { SweepRun } from './sweep-run.js';
import { TrialDashboard, type TrialViews } from './TrialDashboard.js';
import type { TrialProbes } from './trial-probes.js';
import type { TrialState } from './trial-state.js';

/** Redraws this often while trials train: the state is read from the trials, which their threads' events update. */
const FRAME_MS = 100;

/** What the screen asks of whoever runs it. */
interface Controls {
  /** space: pause or resume every trial; null when nothing trains (a comparison of finished runs). */
  readonly togglePause: (() => void) | null;
  /** Whether the trials are paused now. */
  readonly paused: () => boolean;
  /** q or Ctrl-C: stop what trains and leave. */
  readonly quit: () => void;
  /** The title line in the screen's words: what is shown and whether it is paused. */
  readonly title: (t: Messages['sweep']) => string;
  /** The chart predictions and network readings of trial `i` (of `trials`), or null when nothing trains. */
  readonly probes: (i: number) => TrialProbes | null;
  /** The trial `i` is open on screen (null: none), so its thread answers the probes. */
  readonly open: (i: number | null) => void;
}

/** Re-renders every FRAME_MS, so the trials' progress shows; the timer is cleared with the component. */
function useFrame(): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), FRAME_MS);
    return () => clearInterval(timer);
  }, []);
}

/** The loss chart's scales in the order `l` steps through them, as on the single-run dashboard. */
const NEXT_LOG: Record<LogMode, LogMode> = { auto: 'log', log: 'linear', linear: 'auto' };

/** The opened trial's model chart and network panel, made as `train`'s dashboard makes them, answered by `probes`. */
function useTrialViews(
  trial: TrialState | undefined,
  probes: TrialProbes | null,
  words: Messages['network'],
): TrialViews {
  const plan = trial?.plan ?? null;
  return useMemo(
    () =>
      plan === null || probes === null
        ? { chart: null, network: null }
        : { chart: chartView(plan, probes), network: networkView(plan, probes, words) },
    [plan, probes, words],
  );
}

/**
 * The sweep's screen with its keys: arrows select a trial, enter opens it on the single-run dashboard (where l
 * changes the loss scale, n shows a network's inside and the arrows, brackets and i move in it as in `train`), esc
 * comes back.
 */
function SweepApp({
  trials,
  controls,
  lossName,
}: {
  trials: readonly TrialState[];
  controls: Controls;
  lossName: string;
}) {
  useFrame();
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const [selected, setSelected] = useState(0);
  const [open, setOpen] = useState(false);
  const [logMode, setLogMode] = useState<LogMode>('auto');
  const [showNetwork, setShowNetwork] = useState(false);
  const [selection, setSelection] = useState(FIRST_SELECTION);
  const messages = useMessages();
  const trial = trials[selected];
  const views = useTrialViews(trial, controls.probes(selected), messages.network);
  const net = open ? views.network : null;
  useEffect(() => controls.open(open ? selected : null), [controls, open, selected]);
  useInput((input, key) => {
    if (input === 'q' || (key.ctrl && input === 'c')) {
      controls.quit();
      exit();
    } else if (input === ' ') controls.togglePause?.();
    // keys typed fast can arrive as one string (`ll`): each l steps once
    else if (open && /^l+$/.test(input)) for (const _ of input) setLogMode((m) => NEXT_LOG[m]);
    else if (net && input === 'n') setShowNetwork((v) => !v);
    else if (!open && key.upArrow) setSelected((s) => Math.max(0, s - 1));
    else if (!open && key.downArrow) setSelected((s) => Math.min(trials.length - 1, s + 1));
    else if (key.return) {
      if (!open) setSelection(FIRST_SELECTION);
      setOpen(true);
    } else if (key.escape) setOpen(false);
    else if (net && showNetwork) {
      const shape = { units: net.layers.map((l) => l.units), samples: net.samples };
      for (const move of selectionMoves(input, key)) setSelection((s) => moveSelection(s, move, shape));
    }
  });
  const width = Math.max(40, columns - 1);
  const height = Math.max(12, rows - 2);
  const words = messages.sweep;
  const footer = footerText(words.keys, messages.keys, open, net === null ? null : showNetwork);
  return (
    <>
      {open && trial !== undefined ? (
        <TrialDashboard
          trial={trial}
          lossName={lossName}
          paused={controls.paused()}
          logMode={logMode}
          views={{ chart: views.chart, network: showNetwork ? views.network : null }}
          selection={selection}
          width={width}
          height={height}
        />
      ) : (
        <SweepDashboard
          title={controls.title(words)}
          trials={trials}
          selected={selected}
          width={width}
          height={height - 1}
        />
      )}
      <SweepFooter text={(controls.togglePause ? [words.keys.pauseAll, footer] : [footer]).join(' · ')} />
    </>
  );
}

/**
 * The keys of the screen: the table's, or an opened trial's; `network` is null for a trial without a network panel,
 * else whether the panel is shown (its selection keys, in `train`'s words, come with it).
 */
function footerText(
  k: Messages['sweep']['keys'],
  keys: Messages['keys'],
  open: boolean,
  network: boolean | null,
): string {
  if (!open) return [k.select, k.open, k.quit].join(' · ');
  const inside = network ? networkKeyWords(keys) : [];
  return [k.logScale, ...(network === null ? [] : [k.network]), ...inside, k.back, k.quit].join(' · ');
}

/** The keys, one grey line that is cut, never wrapped, on a narrow terminal. */
function SweepFooter({ text }: { text: string }) {
  return (
    <Text color="gray" wrap="truncate">
      {text}
    </Text>
  );
}

/** Draws `trials` until the user leaves, in the words of `messages`. */
async function show(
  trials: readonly TrialState[],
  controls: Controls,
  lossName: string,
  messages: Messages,
): Promise<void> {
  const app = (
    <MessagesProvider messages={messages}>
      <SweepApp trials={trials} controls={controls} lossName={lossName} />
    </MessagesProvider>
  );
  const ink = render(app, {
    exitOnCtrlC: false,
    patchConsole: false,
  });
  await ink.waitUntilExit();
  if (process.stdout.isTTY) process.stdout.write('\u001b[?25h');
}

/** The sweep's dashboard: trains the sweep while it is drawn; resolves once the user has left and every trial ended. */
export async function showSweepDashboard(run: SweepRun, messages: Messages = en): Promise<void> {
  const trials = run.trials.map((t) => t.state);
  const training = run.run();
  let finished = false;
  void training.then(() => {
    finished = true;
  });
  const title = (t: Messages['sweep']) => {
    const running = trials.filter((trial) => trial.status.kind === 'running').length;
    const state = finished ? t.finished : run.paused ? t.paused : t.running(String(running));
    return t.title(String(trials.length), state);
  };
  const lossName = trials[0]?.plan?.recipe.loss ?? 'loss';
  const controls: Controls = {
    togglePause: () => run.togglePause(),
    paused: () => run.paused,
    quit: () => run.stop(),
    title,
    probes: (i) => run.probes[i] ?? null,
    open: (i) => run.open(i),
  };
  await show(trials, controls, lossName, messages);
  await training;
}

/** `runs compare`: the same screen over finished runs. */
export async function showComparison(
  trials: readonly TrialState[],
  lossName: string,
  messages: Messages = en,
): Promise<void> {
  const title = (t: Messages['sweep']) => t.compareTitle(String(trials.length));
  const controls: Controls = {
    togglePause: null,
    paused: () => false,
    quit: () => {},
    title,
    probes: () => null,
    open: () => {},
  };
  await show(trials, controls, lossName, messages);
}
