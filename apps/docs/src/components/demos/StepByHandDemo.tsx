import { formatNumber, formatRate } from '@neuronlab/lab';
import { useMemo, useRef, useState } from 'react';
import { useRedraw } from '../../hooks/use-redraw';
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
export default function StepByHandDemo() {
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
        <SelectField label="sample" name="sample" value={sample} options={options} onChange={setSample} />
        <button
          type="button"
          data-action="step"
          onClick={() => {
            s.step(1);
            redraw();
          }}
        >
          Take this step
        </button>
        <button
          type="button"
          data-action="reset"
          onClick={() => {
            session.current = new NeuronSession(batch, START);
            redraw();
          }}
        >
          Reset
        </button>
        <span className="nl-readout">
          iteration <span data-testid="epoch">{s.epoch}</span> · MSE{' '}
          <span data-testid="loss">{formatNumber(d.loss, 7)}</span>
        </span>
      </div>
      <Stages d={d} units={units} />
    </div>
  );
}

function Stages({ d, units }: { d: StepBreakdown; units: { x: string; y: string } }) {
  const n = (v: number) => <code>{formatNumber(v, 7)}</code>;
  return (
    <ol className="nl-stages">
      <li>
        <strong>Sample.</strong> x = {n(d.x)} {units.x}, target y = {n(d.y)} {units.y}. The neuron has w = {n(d.w)}, b ={' '}
        {n(d.b)}.
      </li>
      <li>
        <strong>Forward.</strong> out = x·w + b = {n(d.x)} × {n(d.w)} + {n(d.b)} = {n(d.out)} {units.y}.
      </li>
      <li>
        <strong>Loss.</strong> This sample's squared error is (out − y)² = ({n(d.out)} − {n(d.y)})² ={' '}
        {n(d.squaredError)}; it adds {n(d.squaredError / 100)} to the mean. Over all 100 samples, L = {n(d.loss)}.
      </li>
      <li>
        <strong>∂L/∂out.</strong> 2(out − y)/N = 2 × ({n(d.out)} − {n(d.y)}) / 100 = {n(d.dOut)}. The sign says the
        output should {d.dOut < 0 ? 'grow' : 'shrink'}.
      </li>
      <li>
        <strong>∂L/∂w and ∂L/∂b.</strong> This sample contributes ∂L/∂out · x = {n(d.dwShare)} to ∂L/∂w and ∂L/∂out · 1
        = {n(d.dbShare)} to ∂L/∂b. Summed over all 100 samples: ∂L/∂w = <span data-testid="dw">{n(d.dw)}</span>, ∂L/∂b ={' '}
        <span data-testid="db">{n(d.db)}</span>.
      </li>
      <li>
        <strong>Update</strong> with learning rate {formatRate(d.lr)}: w ← {n(d.w)} − {formatRate(d.lr)} × {n(d.dw)} ={' '}
        {n(d.wNext)}, b ← {n(d.b)} − {formatRate(d.lr)} × {n(d.db)} = {n(d.bNext)}.
      </li>
    </ol>
  );
}
