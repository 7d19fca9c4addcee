import { formatFormula, learnedLine, neuronParams } from '@neuronlab/lab';
import { Box } from 'ink';
import type { Messages } from '../i18n/messages-en.js';
import { runErrorText } from '../i18n/run-error-text.js';
import { useMessages } from '../i18n/use-messages.js';
import { computeLayout } from '../layout.js';
import type { NetworkChart } from '../network/network-chart.js';
import { networkPanelRows } from '../network/panel-rows.js';
import { FIRST_SELECTION, type NetworkSelection } from '../network/selection.js';
import type { DashboardState } from '../session/dashboard-state.js';
import type { DecisionChart } from './DecisionPanel.js';
import { DecisionPanel } from './DecisionPanel.js';
import { Footer } from './Footer.js';
import type { RunInfo, RunStatus } from './Header.js';
import { Header } from './Header.js';
import type { LogMode } from './LossPanel.js';
import { LossPanel } from './LossPanel.js';
import { NetworkPanel } from './NetworkPanel.js';
import type { NeuronTargets } from './ParamsPanel.js';
import { ParamsPanel, paramsPanelRows } from './ParamsPanel.js';
import type { ProgressInfo } from './ProgressLine.js';
import { ProgressLine } from './ProgressLine.js';
import type { RegressionChart } from './RegressionPanel.js';
import { RegressionPanel } from './RegressionPanel.js';
import { errorLines, outcomeLines, outcomeParts, Summary, summaryRows } from './Summary.js';

/** Everything one frame of the dashboard shows. */
export interface DashboardView {
  readonly state: DashboardState;
  readonly info: RunInfo;
  readonly lossName: string;
  /** The model's chart beside the loss: a regression line or decision regions, or none. */
  readonly chart: RegressionChart | DecisionChart | null;
  readonly neuron: NeuronTargets | null;
  /** Inside the network (a network's run), or null for the neuron. */
  readonly network?: NetworkChart | null;
  /** The neuron and sample the network panel shows. @default FIRST_SELECTION */
  readonly selection?: NetworkSelection;
  readonly progress: ProgressInfo;
  readonly status: RunStatus;
  readonly logMode: LogMode;
  readonly message?: string | undefined;
  readonly saved?: string | undefined;
  /** Advice about how the run trains (unnormalized inputs), worded, shown under its outcome; null for none. */
  readonly advice?: string | null;
  /** Whether the key legend is shown (a sweep's trial shows the sweep's keys instead). @default true */
  readonly keys?: boolean;
  readonly width: number;
  readonly height: number;
}

/** The learned result in one line: the formula for the neuron (the view has targets only for one), else nothing. */
function learnedText(view: Pick<DashboardView, 'state' | 'neuron'>, t: Messages['summary']): string | null {
  const p = view.neuron ? neuronParams(view.state.params) : null;
  if (!view.neuron || !p) return null;
  const line = learnedLine(p.w.value, p.b.value, view.neuron.normalization ?? null);
  return `${t.learned} ${formatFormula(line, view.neuron.symbols)}`;
}

/** The live training dashboard: header, progress, the loss and model charts, parameters, summary and key legend. */
export function Dashboard({ view }: { readonly view: DashboardView }) {
  const t = useMessages();
  const s = view.state;
  const finished = s.done !== null || s.error !== null;
  const learned = finished ? learnedText(view, t.summary) : null;
  const errors = s.error ? errorLines(runErrorText(s.error, t.summary), view.width) : [];
  const pRows = paramsPanelRows(s.params, view.neuron);
  const net = view.network ?? null;
  const layoutFor = (summary: Parameters<typeof summaryRows>[0]) =>
    computeLayout(
      view.width,
      view.height,
      pRows,
      summaryRows(summary),
      net ? networkPanelRows(net) : null,
      view.chart !== null,
    );
  const base = {
    done: s.done,
    error: s.error,
    errorLines: errors,
    learned,
    saved: view.saved,
    advice: view.advice ?? null,
  };
  const parts = s.done && !s.error ? outcomeParts(s.done, view.progress.elapsedMs, t.summary) : [];
  let summary = { ...base, outcomeLines: outcomeLines(parts, view.width, 2) };
  let l = layoutFor(summary);
  if (summary.outcomeLines.length > 1) {
    // a second line of outcome must not cost a panel: then one line keeps the items that matter most
    const oneLine = { ...base, outcomeLines: outcomeLines(parts, view.width, 1) };
    const l1 = layoutFor(oneLine);
    if (l1.network !== l.network || l1.showParams !== l.showParams || l1.showChart !== l.showChart) {
      summary = oneLine;
      l = l1;
    }
  }
  const chart = view.chart && l.showChart ? view.chart : null;
  // side by side, the model's chart takes the odd column too, so its right border lines up with the panels below
  const modelWidth = l.sideBySide ? view.width - l.chartWidth : l.chartWidth;
  const chartPanel = chart ? (
    chart.kind === 'regression' ? (
      <RegressionPanel chart={chart} width={modelWidth} height={l.chartHeight} />
    ) : (
      <DecisionPanel chart={chart} width={modelWidth} height={l.chartHeight} />
    )
  ) : null;
  return (
    <Box flexDirection="column" width={view.width}>
      <Header info={view.info} status={view.status} width={view.width} />
      <ProgressLine p={view.progress} width={view.width} />
      <Box flexDirection={l.sideBySide ? 'row' : 'column'}>
        {l.showLoss ? (
          <LossPanel
            history={s.history}
            loss={s.loss}
            best={s.best}
            bestEpoch={s.bestEpoch}
            lossName={view.lossName}
            logMode={view.logMode}
            width={l.chartWidth}
            height={l.chartHeight}
          />
        ) : null}
        {chartPanel}
      </Box>
      {l.showParams ? <ParamsPanel params={s.params} neuron={view.neuron} width={view.width} /> : null}
      {net && l.network ? (
        <NetworkPanel
          net={net}
          selection={view.selection ?? FIRST_SELECTION}
          params={s.params}
          form={l.network}
          width={view.width}
          height={l.networkRows}
        />
      ) : null}
      {finished ? <Summary {...summary} /> : null}
      {view.keys === false ? null : (
        <Footer message={view.message} finished={finished} network={net !== null} width={view.width} />
      )}
    </Box>
  );
}
