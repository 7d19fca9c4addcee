import { leastSquaresOptimum, neuronHessianEigenvalues, stableLearningRate, TUTORIAL_DEFAULTS } from '@neuronlab/core';
import { formatNumber, formatRate } from '@neuronlab/lab';
import { useMemo, useRef, useState } from 'react';
import { useFrameLoop } from '../../hooks/use-frame-loop';
import { useRedraw } from '../../hooks/use-redraw';
import { island, useMessages } from '../../i18n/use-messages';
import { celsiusBatch } from '../../lib/celsius-batch';
import { lossGrid, type ParamBox, rateVerdict, standardizeBatch, thinPath } from '../../lib/landscape';
import { NeuronSession } from '../../lib/neuron-session';
import { LandscapeChart } from '../charts/LandscapeChart';
import { LossCurve, lossAxisEnd } from '../charts/LossCurve';
import { LiveStatus } from '../controls/LiveStatus';
import { RangeField } from '../controls/RangeField';
import { RunControls } from '../controls/RunControls';
import { SelectField } from '../controls/SelectField';

/** The tutorial's number of epochs: the verdict and the loss curve's axis assume a run of this length. */
const MAX_EPOCHS = TUTORIAL_DEFAULTS.epochs;
const EPOCHS_PER_FRAME = 50;
/** Stop once the line fits to about 1e-6 °F: the rest of the path would sit on the optimum. */
const TARGET_LOSS = 1e-12;

/** The two views: raw Celsius inputs, or inputs standardized to mean 0 and variance 1. */
const VIEWS = {
  raw: { box: { w: [-3, 6.6], b: [-20, 80] } as ParamBox, logLr: [-5, -2.6], defaultLr: TUTORIAL_DEFAULTS.lr },
  standardized: { box: { w: [-20, 80], b: [-20, 80] } as ParamBox, logLr: [-3, 0.3], defaultLr: 0.05 },
} as const;

/** Adam's step is about lr in every direction whatever the curvature, so its useful rates are the same in both views. */
const ADAM = { logLr: [-3, 0.5], defaultLr: 0.3 } as const;

type OptimizerChoice = 'sgd' | 'adam';

/** Demo 3: the MSE over (w, b), the path gradient descent takes, and what the learning rate does to it. */
const LossLandscapeDemo = island(LossLandscape);
export default LossLandscapeDemo;

function LossLandscape() {
  const m = useMessages();
  const t = m.common;
  const d = m.demos.landscape;
  const raw = useMemo(celsiusBatch, []);
  const scaled = useMemo(() => standardizeBatch(raw).batch, [raw]);
  const [standardized, setStandardized] = useState(false);
  const [optimizer, setOptimizer] = useState<OptimizerChoice>('sgd');
  const view = VIEWS[standardized ? 'standardized' : 'raw'];
  const rates = optimizer === 'adam' ? ADAM : view;
  const batch = standardized ? scaled : raw;
  const [lr, setLr] = useState<number>(VIEWS.raw.defaultLr);
  const [start, setStart] = useState<[number, number]>([0.5, 0.5]);
  const [running, setRunning] = useState(false);
  const [first] = useState(
    () => new NeuronSession(raw, { lr, w0: 0.5, b0: 0.5, epochs: MAX_EPOCHS, targetLoss: TARGET_LOSS }),
  );
  const session = useRef(first);
  const redraw = useRedraw();
  const readout = useRef<HTMLParagraphElement>(null);
  const grid = useMemo(() => lossGrid(batch, view.box, 72, 72), [batch, view.box]);
  const optimum = useMemo(() => leastSquaresOptimum(batch), [batch]);
  const limit = useMemo(() => stableLearningRate(batch), [batch]);

  const restart = (next: {
    lr?: number;
    start?: [number, number];
    standardized?: boolean;
    optimizer?: OptimizerChoice;
  }) => {
    const isStd = next.standardized ?? standardized;
    const st = next.start ?? start;
    setRunning(false);
    session.current = new NeuronSession(isStd ? scaled : raw, {
      lr: next.lr ?? lr,
      w0: st[0],
      b0: st[1],
      epochs: MAX_EPOCHS,
      targetLoss: TARGET_LOSS,
      optimizer: next.optimizer ?? optimizer,
    });
    redraw();
  };
  const s = session.current;
  const finished = s.finished;
  useFrameLoop(
    running,
    () => {
      s.step(EPOCHS_PER_FRAME);
      redraw();
      return !s.finished;
    },
    () => setRunning(false),
  );
  const eigenvalues = useMemo(() => neuronHessianEigenvalues(batch), [batch]);
  const verdict = rateVerdict(lr, eigenvalues, MAX_EPOCHS);
  const logLr = Math.log10(lr);
  return (
    <div className="nl-demo not-content" data-demo="loss-landscape">
      <div className="nl-controls">
        <RunControls
          running={running}
          finished={finished}
          onToggle={() => setRunning(!running)}
          onStep={() => {
            s.step(1);
            redraw();
          }}
          onReset={() => restart({})}
        />
        <RangeField
          label={t.learningRate}
          name="lr"
          min={rates.logLr[0]}
          max={rates.logLr[1]}
          step={0.05}
          value={logLr}
          display={formatRate(Number(lr.toPrecision(2)))}
          onChange={(v) => {
            const next = Number((10 ** v).toPrecision(2));
            setLr(next);
            restart({ lr: next });
          }}
        />
        <label>
          <input
            type="checkbox"
            name="standardized"
            checked={standardized}
            onChange={(e) => {
              const isStd = e.target.checked;
              const v = optimizer === 'adam' ? ADAM : VIEWS[isStd ? 'standardized' : 'raw'];
              setStandardized(isStd);
              setLr(v.defaultLr);
              setStart([0.5, 0.5]);
              restart({ standardized: isStd, lr: v.defaultLr, start: [0.5, 0.5] });
            }}
          />
          {d.standardizedInputs}
        </label>
        <SelectField
          label={d.optimizer}
          name="optimizer"
          value={optimizer}
          options={[
            { value: 'sgd', label: d.gradientDescentSgd },
            { value: 'adam', label: d.adam },
          ]}
          onChange={(o) => {
            const v = o === 'adam' ? ADAM : view;
            setOptimizer(o);
            setLr(v.defaultLr);
            restart({ optimizer: o, lr: v.defaultLr });
          }}
        />
      </div>
      {optimizer === 'sgd' ? (
        <p className="nl-readout">
          {d.stableLimit} 2/λ<sub>max</sub> = {formatNumber(limit, 3)} · {d.thisRate}{' '}
          <strong
            className={
              verdict === 'diverges' ? 'nl-verdict-bad' : verdict === 'crawls' ? 'nl-verdict-warn' : 'nl-verdict-ok'
            }
            data-testid="verdict"
          >
            {verdict === 'crawls' ? d.crawlsSlowly : t.verdict[verdict]}
          </strong>
        </p>
      ) : (
        <p className="nl-readout">{d.adamNote}</p>
      )}
      <div className="nl-grid2">
        <LandscapeChart
          box={view.box}
          grid={grid}
          optimum={[optimum.w, optimum.b]}
          start={start}
          onStartChange={(w, b) => {
            const st: [number, number] = [w, b];
            setStart(st);
            restart({ start: st });
          }}
          paths={[
            {
              label: d.pathOf(optimizer === 'adam' ? d.adam : d.gradientDescent),
              color: 'var(--nl-path)',
              points: thinPath(s.path, 1500),
            },
          ]}
          wLabel={standardized ? d.weightStandardized : t.weightW}
          bLabel={standardized ? d.biasStandardized : t.biasB}
        />
        <LossCurve
          maxEpoch={lossAxisEnd(MAX_EPOCHS, s.diverged ? s.epoch : null)}
          series={[
            {
              label: t.trainingLoss,
              color: 'var(--nl-path)',
              epochs: s.history.epochs,
              values: s.history.train,
            },
          ]}
        />
      </div>
      <LiveStatus running={running} source={readout} />
      <p className="nl-readout" ref={readout}>
        {t.epoch} <span data-testid="epoch">{s.epoch}</span> · w = {formatNumber(s.w, 6)} · b = {formatNumber(s.b, 6)} ·
        MSE <span data-testid="loss">{formatNumber(s.loss, 4)}</span>
        {s.diverged && <strong className="nl-verdict-bad">{` — ${d.diverged}`}</strong>}
      </p>
    </div>
  );
}
