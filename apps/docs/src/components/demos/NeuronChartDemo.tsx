import { TUTORIAL_DEFAULTS } from '@neuronlab/core';
import {
  formatFormula,
  formatNumber,
  formatRate,
  formulaSymbols,
  formulaTerms,
  learnedLine,
  truthLine,
} from '@neuronlab/lab';
import { extent } from 'd3-array';
import { useMemo, useRef, useState } from 'react';
import { useFrameLoop } from '../../hooks/use-frame-loop';
import { useRedraw } from '../../hooks/use-redraw';
import { island, useMessages } from '../../i18n/use-messages';
import { axisTitle } from '../../lib/axis-title';
import { celsiusBatch, celsiusFacts } from '../../lib/celsius-batch';
import { NeuronSession } from '../../lib/neuron-session';
import { stopOf } from '../../lib/run-stop';
import { LossCurve, lossAxisEnd } from '../charts/LossCurve';
import { RegressionChart } from '../charts/RegressionChart';
import { Legend } from '../controls/Legend';
import { LiveStatus } from '../controls/LiveStatus';
import { NumberField } from '../controls/NumberField';
import { RunControls } from '../controls/RunControls';

/** How many animation frames a whole run should take, whatever its number of epochs (about 3 s at 60 Hz). */
const FRAMES_PER_RUN = 180;
const START = { w0: 0.5, b0: 0.5 };
/** The readout shows w and b to 8 significant digits, enough to compare with the CLI by eye. */
const READOUT_DIGITS = { slope: 8, intercept: 8 };

/** The plotted ranges: the inputs as they are, the outputs with a tenth of their span above and below. */
function domains(x: Float64Array, y: Float64Array): [[number, number], [number, number]] {
  const [x0, x1] = extent(x) as [number, number];
  const [y0, y1] = extent(y) as [number, number];
  const pad = (y1 - y0) * 0.1;
  return [
    [x0, x1],
    [y0 - pad, y1 + pad],
  ];
}

/** Demo 1: the tutorial's chart, trained live in the page by @neuronlab/core. */
const NeuronChartDemo = island(NeuronChart);
export default NeuronChartDemo;

function NeuronChart() {
  const m = useMessages();
  const t = m.common;
  const d = m.demos.neuronChart;
  const batch = useMemo(celsiusBatch, []);
  // the data says what its columns are and the relation it comes from: nothing here restates them
  const facts = useMemo(celsiusFacts, []);
  const symbols = formulaSymbols(facts);
  const truth = truthLine(facts);
  const [xDomain, yDomain] = useMemo(() => domains(batch.x, batch.y), [batch]);
  const [lr, setLr] = useState(TUTORIAL_DEFAULTS.lr);
  const [epochs, setEpochs] = useState(TUTORIAL_DEFAULTS.epochs);
  const [running, setRunning] = useState(false);
  const [first] = useState(() => new NeuronSession(batch, { lr, epochs, ...START }));
  const session = useRef(first);
  const redraw = useRedraw();
  const readout = useRef<HTMLParagraphElement>(null);

  const reset = (nextLr = lr, nextEpochs = epochs) => {
    setRunning(false);
    session.current = new NeuronSession(batch, { lr: nextLr, epochs: nextEpochs, ...START });
    redraw();
  };
  const s = session.current;
  const finished = s.finished;
  const slice = Math.max(1, Math.ceil(epochs / FRAMES_PER_RUN));
  // trained on raw inputs, so the learned line is (w, b) itself; learnedLine says so in the shared vocabulary
  const learned = learnedLine(s.w, s.b, null);
  const terms = formulaTerms(learned, symbols, READOUT_DIGITS);
  const stop = stopOf(s.failure);

  useFrameLoop(
    running,
    () => {
      s.step(slice);
      redraw();
      return !s.finished;
    },
    () => setRunning(false),
  );

  return (
    <div className="nl-demo not-content" data-demo="neuron-chart">
      <div className="nl-controls">
        <RunControls
          running={running}
          finished={finished}
          onToggle={() => setRunning(!running)}
          onStep={() => {
            s.step(1);
            redraw();
          }}
          onReset={() => reset()}
        />
        <NumberField
          label={t.learningRate}
          name="lr"
          value={lr}
          min={1e-8}
          max={1}
          onChange={(v) => {
            setLr(v);
            reset(v);
          }}
        />
        <NumberField
          label={t.epochs}
          name="epochs"
          value={epochs}
          min={1}
          max={100_000}
          integer
          onChange={(v) => {
            setEpochs(v);
            reset(lr, v);
          }}
        />
      </div>
      <Legend
        items={[
          ...(truth ? [{ label: d.trueRelationIs(formatFormula(truth, symbols)), color: 'var(--nl-true)' }] : []),
          { label: t.beforeTraining, color: 'var(--nl-before)', dashed: true },
          { label: s.epoch === 0 ? d.neuronNow : d.afterEpochs(String(s.epoch)), color: 'var(--nl-after)' },
        ]}
      />
      <div className="nl-grid2">
        <RegressionChart
          xDomain={xDomain}
          yDomain={yDomain}
          xLabel={axisTitle(facts.features[0], t.columns)}
          yLabel={axisTitle(facts.targets[0], t.columns)}
          lines={[
            ...(truth ? [{ label: d.trueRelation, line: truth, color: 'var(--nl-true)' }] : []),
            // the neuron solid and wide underneath, the start dashed on top: at epoch 0 they coincide and both show
            { label: d.neuron, line: learned, color: 'var(--nl-after)', width: 5 },
            {
              label: t.beforeTraining,
              line: learnedLine(START.w0, START.b0, null),
              color: 'var(--nl-before)',
              dashed: true,
            },
          ]}
        />
        <LossCurve
          maxEpoch={lossAxisEnd(epochs, s.divergence ? s.epoch : null)}
          series={[
            {
              label: t.trainingLoss,
              color: 'var(--nl-after)',
              epochs: s.history.epochs,
              values: s.history.train,
            },
          ]}
        />
      </div>
      <LiveStatus running={running} source={readout} />
      <p className="nl-readout" ref={readout}>
        {t.epoch} <span data-testid="epoch">{s.epoch}</span> · {t.lr} {formatRate(lr)} · MSE{' '}
        <span data-testid="loss">{formatNumber(s.loss, 4)}</span>
        <br />
        {d.learned} {terms.y} ={' '}
        <span data-testid="w" data-exact={String(s.w)}>
          {terms.slope}
        </span>{' '}
        · {terms.x} {terms.sign}{' '}
        <span data-testid="b" data-exact={String(s.b)}>
          {terms.intercept}
        </span>
        {stop && (
          <strong className="nl-verdict-bad" data-testid="diverged">
            {` — ${d.stopped(stop)}`}
          </strong>
        )}
      </p>
    </div>
  );
}
