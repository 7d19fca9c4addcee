import { neuronHessianEigenvalues, stableLearningRate, TUTORIAL_DEFAULTS } from '@neuronlab/core';
import { formatInt, formatNumber, formatRate } from '@neuronlab/lab';
import { scaleLog } from 'd3-scale';
import { useMemo, useRef, useState } from 'react';
import { useFrameLoop } from '../../hooks/use-frame-loop';
import { useRedraw } from '../../hooks/use-redraw';
import { island, useMessages } from '../../i18n/use-messages';
import { celsiusBatch } from '../../lib/celsius-batch';
import { type RateVerdict, rateVerdict } from '../../lib/landscape';
import { NeuronSession } from '../../lib/neuron-session';
import { LossCurve } from '../charts/LossCurve';
import { Legend } from '../controls/Legend';
import { RunControls } from '../controls/RunControls';

/**
 * Five rates around the tutorial's: two that crawl (the tutorial's 1e-4 among them), two that converge, and one past
 * the stable limit, as `neuronlab sweep --lr 1e-5,1e-4,1e-3,1.1e-3,1.3e-3` trains them.
 */
const RATES = [
  { lr: 1e-5, color: '#8a8a8a' },
  { lr: 1e-4, color: 'var(--nl-class-a)' },
  { lr: 1e-3, color: 'var(--nl-after)' },
  { lr: 1.1e-3, color: 'var(--nl-true)' },
  { lr: 1.3e-3, color: 'var(--nl-before)' },
] as const;
const EPOCHS_PER_FRAME = 100;
/** Every run starts where the tutorial's does. */
const START = { w0: 0.5, b0: 0.5 };

const VERDICT_CLASS: Record<RateVerdict, string> = {
  crawls: 'nl-verdict-warn',
  converges: 'nl-verdict-ok',
  diverges: 'nl-verdict-bad',
};

function makeRuns(batch: ReturnType<typeof celsiusBatch>): NeuronSession[] {
  return RATES.map((r) => new NeuronSession(batch, { ...START, lr: r.lr }));
}

/** The rates on a log axis with the stable limit 2/λmax drawn through it: which side of the line each rate falls. */
function RateRuler({ limit }: { limit: number }) {
  const t = useMessages().demos.compareRates;
  // positions in percent of the ruler's width and no viewBox: the ruler spans any width while its labels keep their
  // pixel size (a viewBox scaled them to about 6 px on a phone), the same in the server's HTML and after hydration
  const at = scaleLog().domain([5e-6, 3e-3]).range([4, 96]);
  const x = (lr: number) => `${at(lr)}%`;
  return (
    <svg width="100%" height={80} role="img" aria-label={t.ruler}>
      <line x1={x(5e-6)} x2={x(3e-3)} y1={30} y2={30} stroke="currentColor" strokeOpacity={0.4} />
      <line
        x1={x(limit)}
        x2={x(limit)}
        y1={6}
        y2={50}
        stroke="var(--nl-before)"
        strokeDasharray="4 3"
        data-testid="stable-limit"
      />
      <text x={x(limit)} dx={-4} y={12} fontSize={11} textAnchor="end" fill="currentColor">
        {t.stableLimit} {formatNumber(limit, 3)}
      </text>
      {RATES.map((r, i) => (
        <g key={r.lr}>
          <circle cx={x(r.lr)} cy={30} r={5} fill={r.color} />
          {/* the three rates near the limit sit a few pixels apart: their labels take turns on three rows */}
          <text x={x(r.lr)} y={50 + (i % 3) * 12} fontSize={11} textAnchor="middle" fill="currentColor">
            {formatRate(r.lr)}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** Demo 5: the tutorial's neuron at five learning rates, trained side by side, their losses overlaid. */
const CompareRatesDemo = island(CompareRates);
export default CompareRatesDemo;

function CompareRates() {
  const m = useMessages();
  const t = m.common;
  const d = m.demos.compareRates;
  const batch = useMemo(celsiusBatch, []);
  const eigenvalues = useMemo(() => neuronHessianEigenvalues(batch), [batch]);
  const limit = useMemo(() => stableLearningRate(batch), [batch]);
  const [first] = useState(() => makeRuns(batch));
  const runs = useRef(first);
  const [running, setRunning] = useState(false);
  const redraw = useRedraw();
  const sessions = runs.current;
  const leader = sessions[0]!;
  useFrameLoop(
    running,
    () => {
      for (const s of sessions) s.step(EPOCHS_PER_FRAME);
      redraw();
      return !sessions.every((s) => s.finished);
    },
    () => setRunning(false),
  );
  const rows = RATES.map((r, i) => {
    const s = sessions[i]!;
    const verdict = rateVerdict(r.lr, eigenvalues, TUTORIAL_DEFAULTS.epochs);
    const status = s.diverged ? d.divergedAt(formatInt(s.epoch)) : t.verdict[verdict];
    return { ...r, s, verdict, status };
  });
  return (
    <div className="nl-demo not-content" data-demo="compare-rates">
      <div className="nl-controls">
        <RunControls
          running={running}
          finished={sessions.every((s) => s.finished)}
          onToggle={() => setRunning(!running)}
          onStep={() => {
            for (const s of sessions) s.step(1);
            redraw();
          }}
          onReset={() => {
            setRunning(false);
            runs.current = makeRuns(batch);
            redraw();
          }}
        />
        <span className="nl-readout">
          {t.epoch} <span data-testid="epoch">{Math.max(...sessions.map((s) => s.epoch))}</span> {t.of} {leader.epochs}{' '}
          · {t.allStartAt} w = {START.w0}, b = {START.b0}
        </span>
      </div>
      <RateRuler limit={limit} />
      <Legend items={rows.map((r) => ({ label: d.legend(formatRate(r.lr), t.verdict[r.verdict]), color: r.color }))} />
      <LossCurve
        label={d.lossOfRuns}
        maxEpoch={leader.epochs}
        series={rows.map((r) => ({
          label: `${t.lr} ${formatRate(r.lr)}`,
          color: r.color,
          epochs: r.s.history.epochs,
          values: r.s.history.train,
        }))}
        width={560}
        height={260}
      />
      <table>
        <thead>
          <tr>
            <th>{t.learningRate}</th>
            {/* the verdict right after its rate: it is the lesson, and on a phone it stays in view as the numbers scroll */}
            <th className="nl-text-cell">{d.verdict}</th>
            <th>{t.epoch}</th>
            <th>{d.lossMse}</th>
            <th>w</th>
            <th>b</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.lr} data-testid={`rate-${r.lr}`}>
              <td>{formatRate(r.lr)}</td>
              <td className={`nl-text-cell ${VERDICT_CLASS[r.verdict]}`} data-testid="status">
                {r.status}
              </td>
              <td>{formatInt(r.s.epoch)}</td>
              <td data-testid="loss">{formatNumber(r.s.loss, 4)}</td>
              <td>{formatNumber(r.s.w, 4)}</td>
              <td>{formatNumber(r.s.b, 4)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
