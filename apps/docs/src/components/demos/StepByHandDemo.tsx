import { formatNumber, formatRate } from '@neuronlab/lab';
import { useMemo, useRef, useState } from 'react';
import { useRedraw } from '../../hooks/use-redraw';
import { island, useMessages } from '../../i18n/use-messages';
import { celsiusBatch, celsiusFacts } from '../../lib/celsius-batch';
import { NeuronSession } from '../../lib/neuron-session';
import { breakdownStep, type StepBreakdown } from '../../lib/step-by-hand';
import { SelectField } from '../controls/SelectField';

/** The tutorial's start; the session trains at the tutorial's learning rate. */
const START = { w0: 0.5, b0: 0.5 };

/** The engine's view of the current iteration: all outputs, the loss and both gradients. */
function engineStep(s: NeuronSession) {
  const loss = s.neuron.lossAndGrad(s.batch);
  const [w, b] = s.neuron.params();
  return { outputs: s.predict(s.batch.x), loss, dw: w!.grad[0]!, db: b!.grad[0]! };
}

/** Demo 2: one iteration of gradient descent with the real numbers of every stage, for a sample you choose. */
const StepByHandDemo = island(StepByHand);
export default StepByHandDemo;

function StepByHand() {
  const m = useMessages();
  const t = m.common;
  const batch = useMemo(celsiusBatch, []);
  const units = useMemo(() => {
    const facts = celsiusFacts();
    return { x: facts.features[0]?.unit ?? '', y: facts.targets[0]?.unit ?? '' };
  }, []);
  const [first] = useState(() => new NeuronSession(batch, START));
  const session = useRef(first);
  const [sample, setSample] = useState('92'); // x = 42 °C
  const redraw = useRedraw();
  const s = session.current;
  const d = breakdownStep(batch, Number(sample), s.w, s.b, s.lr, engineStep(s));
  const options = useMemo(
    () =>
      Array.from(batch.x, (c, i) => ({
        value: String(i),
        label: `${c} ${units.x} → ${formatNumber(batch.y[i]!, 7)} ${units.y}`,
      })),
    [batch, units],
  );
  return (
    <div className="nl-demo not-content" data-demo="step-by-hand">
      <div className="nl-controls">
        <SelectField label={t.sample} name="sample" value={sample} options={options} onChange={setSample} />
        <button
          type="button"
          data-action="step"
          onClick={() => {
            s.step(1);
            redraw();
          }}
        >
          {t.takeThisStep}
        </button>
        <button
          type="button"
          data-action="reset"
          onClick={() => {
            session.current = new NeuronSession(batch, START);
            redraw();
          }}
        >
          {t.reset}
        </button>
        <span className="nl-readout">
          {m.demos.stepByHand.iteration} <span data-testid="epoch">{s.epoch}</span> · MSE{' '}
          <span data-testid="loss">{formatNumber(d.loss, 7)}</span>
        </span>
      </div>
      <Stages d={d} n={batch.n} units={units} />
    </div>
  );
}

/** The six stages of the iteration, each a sentence from the message table with the numbers set in <code>. */
function Stages({ d, n: count, units }: { d: StepBreakdown; n: number; units: { x: string; y: string } }) {
  const { stage, stepByHand: t } = useMessages().demos;
  const n = (v: number) => <code>{formatNumber(v, 7)}</code>;
  const lr = formatRate(d.lr);
  return (
    <ol className="nl-stages">
      <li>
        <strong>{stage.sample}</strong>
        {t.sample({ x: n(d.x), ux: units.x, y: n(d.y), uy: units.y, w: n(d.w), b: n(d.b) })}
      </li>
      <li>
        <strong>{t.forwardTitle}</strong> out = x·w + b = {n(d.x)} × {n(d.w)} + {n(d.b)} = {n(d.out)} {units.y}.
      </li>
      <li>
        <strong>{stage.loss}</strong>
        {t.loss({
          out: n(d.out),
          y: n(d.y),
          squaredError: n(d.squaredError),
          share: n(d.squaredError / count),
          n: count,
          loss: n(d.loss),
        })}
      </li>
      <li>
        <strong>∂L/∂out.</strong>
        {t.dOut({ out: n(d.out), y: n(d.y), n: count, dOut: n(d.dOut), direction: d.dOut < 0 ? t.grow : t.shrink })}
      </li>
      <li>
        <strong>{t.gradsTitle}</strong>
        {t.grads({
          dwShare: n(d.dwShare),
          dbShare: n(d.dbShare),
          n: count,
          dw: <span data-testid="dw">{n(d.dw)}</span>,
          db: <span data-testid="db">{n(d.db)}</span>,
        })}
      </li>
      <li>
        <strong>{stage.update}</strong>
        {t.update({ lr, w: n(d.w), dw: n(d.dw), wNext: n(d.wNext), b: n(d.b), db: n(d.db), bNext: n(d.bNext) })}
      </li>
    </ol>
  );
}
