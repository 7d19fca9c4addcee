import { useMemo, useRef, useState } from 'react';
import { useFrameLoop } from '../../hooks/use-frame-loop';
import { useRedraw } from '../../hooks/use-redraw';
import { celsiusBatch } from '../../lib/celsius-batch';
import { formatRate, formatSig } from '../../lib/format';
import { NeuronSession } from '../../lib/neuron-session';
import { FitChart } from '../charts/FitChart';
import { LossCurve } from '../charts/LossCurve';
import { Legend } from '../controls/Legend';
import { NumberField } from '../controls/NumberField';
import { RunControls } from '../controls/RunControls';

/** How many animation frames a whole run should take, whatever its number of epochs (about 3 s at 60 Hz). */
const FRAMES_PER_RUN = 180;
const START = { w0: 0.5, b0: 0.5 };

/** Demo 1: the tutorial's chart, trained live in the page by @neuronlab/core. */
export default function NeuronChartDemo() {
  const batch = useMemo(celsiusBatch, []);
  const [lr, setLr] = useState(1e-4);
  const [epochs, setEpochs] = useState(10_000);
  const [running, setRunning] = useState(false);
  const [first] = useState(() => new NeuronSession(batch, { lr, epochs, ...START }));
  const session = useRef(first);
  const redraw = useRedraw();

  const reset = (nextLr = lr, nextEpochs = epochs) => {
    setRunning(false);
    session.current = new NeuronSession(batch, { lr: nextLr, epochs: nextEpochs, ...START });
    redraw();
  };
  const s = session.current;
  const finished = s.finished;
  const slice = Math.max(1, Math.ceil(epochs / FRAMES_PER_RUN));

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
          label="learning rate"
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
          label="epochs"
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
          { label: 'true relation F = 1.8·C + 32', color: 'var(--nl-true)' },
          { label: 'before training', color: 'var(--nl-before)', dashed: true },
          {
            label: s.epoch === 0 ? 'the neuron now' : `after ${s.epoch} epochs`,
            color: 'var(--nl-after)',
            dashed: true,
          },
        ]}
      />
      <div className="nl-grid2">
        <FitChart
          xDomain={[-50, 49]}
          yDomain={[-70, 130]}
          lines={[
            { label: 'true relation', w: 1.8, b: 32, color: 'var(--nl-true)' },
            { label: 'before training', w: START.w0, b: START.b0, color: 'var(--nl-before)', dashed: true },
            { label: 'neuron', w: s.w, b: s.b, color: 'var(--nl-after)', dashed: true },
          ]}
        />
        <LossCurve
          maxEpoch={epochs}
          series={[{ label: 'training loss (MSE)', color: 'var(--nl-after)', points: s.losses }]}
        />
      </div>
      <p className="nl-readout" aria-live="polite">
        epoch <span data-testid="epoch">{s.epoch}</span> · lr {formatRate(lr)} · MSE{' '}
        <span data-testid="loss">{formatSig(s.loss, 4)}</span>
        <br />
        learned: F ={' '}
        <span data-testid="w" data-exact={String(s.w)}>
          {s.w.toPrecision(8)}
        </span>{' '}
        · C +{' '}
        <span data-testid="b" data-exact={String(s.b)}>
          {s.b.toPrecision(8)}
        </span>
        {s.divergence && (
          <strong className="nl-verdict-bad" data-testid="diverged">
            {' '}
            — stopped: {s.divergence.replace(/^train: /, '')}
          </strong>
        )}
      </p>
    </div>
  );
}
