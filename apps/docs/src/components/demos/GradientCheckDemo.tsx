import { leastSquaresOptimum } from '@neuronlab/core';
import { formatNumber, formatRate } from '@neuronlab/lab';
import { useMemo, useRef, useState } from 'react';
import { useFrameLoop } from '../../hooks/use-frame-loop';
import { useRedraw } from '../../hooks/use-redraw';
import { island, useMessages } from '../../i18n/use-messages';
import { celsiusBatch } from '../../lib/celsius-batch';
import { checkNeuronGradients } from '../../lib/grad-check';
import { lossGrid, type ParamBox, thinPath } from '../../lib/landscape';
import { NeuronSession } from '../../lib/neuron-session';
import { LandscapeChart } from '../charts/LandscapeChart';
import { Legend } from '../controls/Legend';
import { RunControls } from '../controls/RunControls';

const BOX: ParamBox = { w: [0, 2.4], b: [-5, 40] };
const EPOCHS_PER_FRAME = 50;
/** Both runs start where the tutorial starts and train at its learning rate for its number of epochs. */
const START = { w0: 0.5, b0: 0.5 };

function makePair(batch: ReturnType<typeof celsiusBatch>) {
  return {
    correct: new NeuronSession(batch, { ...START, gradient: 'correct' }),
    mistake: new NeuronSession(batch, { ...START, gradient: 'tutorial-mistake' }),
  };
}

/** Demo 4: the correct gradient and the tutorial's published one, trained side by side and gradient-checked. */
const GradientCheckDemo = island(GradientCheck);
export default GradientCheckDemo;

function GradientCheck() {
  const m = useMessages();
  const t = m.common;
  const d = m.demos.gradientCheck;
  const batch = useMemo(celsiusBatch, []);
  const grid = useMemo(() => lossGrid(batch, BOX, 72, 72), [batch]);
  const optimum = useMemo(() => leastSquaresOptimum(batch), [batch]);
  const [first] = useState(() => makePair(batch));
  const pair = useRef(first);
  const [running, setRunning] = useState(false);
  const redraw = useRedraw();
  const { correct, mistake } = pair.current;
  useFrameLoop(
    running,
    () => {
      correct.step(EPOCHS_PER_FRAME);
      mistake.step(EPOCHS_PER_FRAME);
      redraw();
      return !correct.finished;
    },
    () => setRunning(false),
  );
  const rows = [
    { key: 'correct', title: d.correct, s: correct, color: 'var(--nl-after)' },
    { key: 'mistake', title: d.mistake, s: mistake, color: 'var(--nl-before)' },
  ];
  return (
    <div className="nl-demo not-content" data-demo="gradient-check">
      <div className="nl-controls">
        <RunControls
          running={running}
          finished={correct.finished}
          onToggle={() => setRunning(!running)}
          onStep={() => {
            correct.step(1);
            mistake.step(1);
            redraw();
          }}
          onReset={() => {
            setRunning(false);
            pair.current = makePair(batch);
            redraw();
          }}
        />
        <span className="nl-readout">
          {t.epoch} <span data-testid="epoch">{correct.epoch}</span> {t.of} {correct.epochs} · {t.lr}{' '}
          {formatRate(correct.lr)} · {t.bothStartAt} w = {START.w0}, b = {START.b0}
        </span>
      </div>
      <Legend items={rows.map((r) => ({ label: r.title, color: r.color }))} />
      <LandscapeChart
        box={BOX}
        grid={grid}
        optimum={[optimum.w, optimum.b]}
        paths={rows.map((r) => ({ label: r.title, color: r.color, points: thinPath(r.s.path, 1200) }))}
      />
      <div className="nl-grid2 nl-tables">
        {rows.map((r) => (
          <CheckTable key={r.key} title={r.title} session={r.s} testId={r.key} />
        ))}
      </div>
    </div>
  );
}

function CheckTable({ title, session, testId }: { title: string; session: NeuronSession; testId: string }) {
  const t = useMessages().demos.gradientCheck;
  const checks = checkNeuronGradients(session.neuron, session.batch);
  const ok = checks.every((c) => c.passed);
  return (
    <section data-testid={`check-${testId}`}>
      <h4>{title}</h4>
      <table>
        <thead>
          <tr>
            <th>{t.param}</th>
            <th>{t.backward}</th>
            <th>{t.numeric}</th>
            <th>{t.relError}</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((c) => (
            <tr key={c.name}>
              <td>{c.name}</td>
              <td>{formatNumber(c.analytic, 6)}</td>
              <td>{formatNumber(c.numeric, 6)}</td>
              <td>{formatNumber(c.relError, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="nl-readout">
        w = {formatNumber(session.w, 6)}, b = {formatNumber(session.b, 6)}, MSE{' '}
        <span data-testid={`loss-${testId}`}>{formatNumber(session.loss, 5)}</span> ·{' '}
        <span className={ok ? 'nl-verdict-ok' : 'nl-verdict-bad'} data-testid={`verdict-${testId}`}>
          {ok ? t.passed : t.failed}
        </span>
      </p>
    </section>
  );
}
