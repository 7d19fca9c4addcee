import { formatInt, formatNumber, type LossHistory } from '@neuronlab/lab';
import { Text } from 'ink';
import type { Series } from '../chart/plot.js';
import { plot } from '../chart/plot.js';
import { extent, spansDecades } from '../chart/scale.js';
import { monochrome } from '../color.js';
import { useSteadyFit } from '../hooks/use-steady-fit.js';
import { useMessages } from '../i18n/use-messages.js';
import { displayWidth } from '../text-width.js';
import { CellRows } from './CellRows.js';
import { Panel } from './Panel.js';

/** Whether the loss axis is logarithmic: chosen from the data (`auto`) or forced with the `l` key. */
export type LogMode = 'auto' | 'log' | 'linear';

const SHORT_NAMES: Readonly<Record<string, string>> = {
  'binary-cross-entropy': 'BCE',
  'softmax-cross-entropy': 'CE',
};

/** Whether to draw the loss on a log axis: as forced, or when the losses span decades. */
function isLogScale(mode: LogMode, history: LossHistory): boolean {
  if (mode !== 'auto') return mode === 'log';
  return spansDecades(extent([history.train, history.test], true));
}

interface Props {
  readonly history: LossHistory;
  readonly loss: number;
  readonly best: number;
  readonly bestEpoch: number;
  readonly lossName: string;
  readonly logMode: LogMode;
  readonly width: number;
  readonly height: number;
}

/**
 * The title's numbers, longest first: the loss now, the best and its epoch; then without the epoch; then the loss
 * now alone; then none, rather than a word cut in half. None before the first event (the training thread is
 * starting): nothing to show, not NaN.
 */
function titleValues(p: Props, t: ReturnType<typeof useMessages>['loss']): string[] {
  if (!Number.isFinite(p.loss)) return [''];
  const now = `  ${t.now} ${formatNumber(p.loss)}`;
  const best = `${now} · ${t.best} ${formatNumber(p.best)}`;
  return [`${best} @ ${formatInt(p.bestEpoch)}`, best, now, ''];
}

/** The loss over epochs (train, and test when there is a test split), with the current and best values. */
export function LossPanel(p: Props) {
  const t = useMessages().loss;
  const log = isLogScale(p.logMode, p.history);
  const hasTest = p.history.hasTest; // a scan of the whole history: once per frame, not twice
  const name = `${t.title} (${SHORT_NAMES[p.lossName] ?? p.lossName}${log ? `, ${t.log}` : ''})`;
  // without colour the test line is dashed, and its legend says so
  const mono = monochrome();
  const testSwatch = mono ? '╌' : '━';
  const legend = ` ━ ${t.train}${hasTest ? ` ${testSwatch} ${t.test}` : ''}`;
  // the frame and its padding take four columns
  const values = useSteadyFit(titleValues(p, t), p.width - 4 - displayWidth(name + legend));
  const series: Series[] = [{ xs: p.history.epochs, ys: p.history.train, color: 'cyan' }];
  if (hasTest) series.push({ xs: p.history.epochs, ys: p.history.test, color: 'magenta', dash: mono });
  const rows = plot(series, { width: p.width - 4, height: p.height - 4, logY: log, formatX: formatInt });
  return (
    <Panel
      width={p.width}
      title={
        <Text>
          {name} <Text color="cyan">━ {t.train}</Text>
          {hasTest ? (
            <Text color="magenta">
              {' '}
              {testSwatch} {t.test}
            </Text>
          ) : null}
          {values === '' ? null : <Text color="gray">{values}</Text>}
        </Text>
      }
    >
      <CellRows rows={rows} />
    </Panel>
  );
}
