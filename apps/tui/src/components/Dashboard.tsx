import { Box } from 'ink';
import { formatFormula, rawLine } from '../format.js';
import { computeLayout } from '../layout.js';
import type { DashboardState } from '../session/dashboard-state.js';
import { scalarParam } from '../session/dashboard-state.js';
import type { ClassificationFit } from './DecisionPanel.js';
import { DecisionPanel } from './DecisionPanel.js';
import type { RegressionFit } from './FitPanel.js';
import { FitPanel } from './FitPanel.js';
import { Footer } from './Footer.js';
import type { RunInfo } from './Header.js';
import { Header } from './Header.js';
import type { LogMode } from './LossPanel.js';
import { LossPanel } from './LossPanel.js';
import type { NeuronTargets } from './ParamsPanel.js';
import { ParamsPanel, paramsPanelRows } from './ParamsPanel.js';
import type { ProgressInfo } from './ProgressLine.js';
import { ProgressLine } from './ProgressLine.js';
import { SUMMARY_ROWS, Summary } from './Summary.js';

/** Everything one frame of the dashboard shows. */
export interface DashboardView {
  readonly state: DashboardState;
  readonly info: RunInfo;
  readonly lossName: string;
  readonly fit: RegressionFit | ClassificationFit | null;
  readonly neuron: NeuronTargets | null;
  readonly progress: ProgressInfo;
  readonly status: string;
  readonly logMode: LogMode;
  readonly message?: string | undefined;
  readonly saved?: string | undefined;
  readonly width: number;
  readonly height: number;
}

/** The learned result in one line: the formula for the neuron, else nothing. */
export function learnedLine(view: Pick<DashboardView, 'state' | 'neuron'>): string | null {
  const w = scalarParam(view.state.params, 'w');
  const b = scalarParam(view.state.params, 'b');
  if (!view.neuron || !w || !b) return null;
  const [rw, rb] = rawLine(w.value, b.value, view.neuron.scaling ?? null);
  return `learned ${formatFormula(rw, rb, view.neuron.xSymbol, view.neuron.ySymbol)}`;
}

/** The live training dashboard: header, progress, loss and fit charts, parameters, summary and key legend. */
export function Dashboard({ view }: { readonly view: DashboardView }) {
  const s = view.state;
  const finished = s.done !== null || s.error !== null;
  const summaryRows = finished ? SUMMARY_ROWS : 0;
  const pRows = paramsPanelRows(s.params, view.neuron);
  const l = computeLayout(view.width, view.height, pRows, summaryRows);
  const fit = view.fit && l.showFit ? view.fit : null;
  const fitPanel = fit ? (
    fit.kind === 'regression' ? (
      <FitPanel fit={fit} width={l.chartWidth} height={l.chartHeight} />
    ) : (
      <DecisionPanel fit={fit} width={l.chartWidth} height={l.chartHeight} />
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
        {fitPanel}
      </Box>
      {l.showParams ? <ParamsPanel params={s.params} neuron={view.neuron} width={view.width} /> : null}
      {finished ? (
        <Summary
          done={s.done}
          error={s.error}
          learned={learnedLine(view)}
          elapsedMs={view.progress.elapsedMs}
          saved={view.saved}
        />
      ) : null}
      <Footer message={view.message} finished={finished} />
    </Box>
  );
}
