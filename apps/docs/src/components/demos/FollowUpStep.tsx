import type { NetworkStep, ParamUpdate } from '@neuronlab/core';
import { formatNumber, formatRate } from '@neuronlab/lab';
import type { ReactNode } from 'react';

/** The names of the 7 parameters in `params()` order (W₁ row, b₁, W₂ column, c), as the page writes them. */
const NAMES = ['w₁', 'w₂', 'b₁', 'b₂', 'v₁', 'v₂', 'c'];

/** A number as the page shows it (7 significant digits), its exact value kept in `data-exact` for checking. */
function N({ v, id }: { v: number; id?: string }) {
  return (
    <code data-testid={id} data-exact={String(v)}>
      {formatNumber(v, 7)}
    </code>
  );
}

/** The entries of every parameter block, flattened in `params()` order. */
function flat(params: readonly ParamUpdate[], pick: (p: ParamUpdate) => readonly number[]): number[] {
  return params.flatMap(pick);
}

/** One step of the 1-2-1 network taken apart: forward for the chosen sample, the loss, the chain rule, the update. */
export function FollowUpStep({ step, units }: { step: NetworkStep; units: { x: string; y: string } }) {
  const [hidden, output] = step.layers as [NetworkStep['layers'][0], NetworkStep['layers'][0]];
  const before = flat(step.optimizer.params, (p) => p.before);
  const [w1, w2, b1, b2, v1, v2, c] = before as [number, number, number, number, number, number, number];
  const C = hidden.input[0]!;
  const linear = hidden.activation === 'linear';
  const j = (k: 0 | 1): ReactNode => (k === 0 ? '₁' : '₂');
  const hRows = ([0, 1] as const).map((k) => (
    <li key={k}>
      h{j(k)} = {linear ? '' : 'tanh('}w{j(k)}·C + b{j(k)}
      {linear ? '' : ')'} = {linear ? '' : 'tanh('}
      <N v={k === 0 ? w1 : w2} /> × <N v={C} /> + <N v={k === 0 ? b1 : b2} />
      {linear ? '' : ')'} = <N v={hidden.a[k]!} id={`h${k + 1}`} />
    </li>
  ));
  const back = ([0, 1] as const).map((k) => (
    <li key={k}>
      ∂L/∂h{j(k)} = ∂L/∂F̂ · v{j(k)} = <N v={output.dz[0]!} /> × <N v={k === 0 ? v1 : v2} /> ={' '}
      <N v={hidden.da![k]!} id={`dh${k + 1}`} />
      {linear ? null : (
        <>
          ; through tanh, ∂L/∂z{j(k)} = ∂L/∂h{j(k)} · (1 − h{j(k)}²) = <N v={hidden.dz[k]!} id={`dz${k + 1}`} />
        </>
      )}
      . Summed over the batch: ∂L/∂w{j(k)} = Σ ∂L/∂{linear ? 'h' : 'z'}
      {j(k)}·C = <N v={hidden.dWeight[k]!} id={`dw${k + 1}`} />, ∂L/∂b{j(k)} = Σ ∂L/∂{linear ? 'h' : 'z'}
      {j(k)} = <N v={hidden.dBias[k]!} id={`db${k + 1}`} />.
    </li>
  ));
  const grads = flat(step.optimizer.params, (p) => p.grad);
  const steps = flat(step.optimizer.params, (p) => p.step);
  const after = flat(step.optimizer.params, (p) => p.after);
  return (
    <ol className="nl-stages">
      <li>
        <strong>Sample.</strong> C = <N v={C} id="C" /> {units.x}, target F = <N v={step.target[0]!} id="F" /> {units.y}
        .
      </li>
      <li>
        <strong>Forward, hidden layer.</strong>
        <ul>{hRows}</ul>
      </li>
      <li>
        <strong>Forward, output.</strong> F̂ = v₁·h₁ + v₂·h₂ + c = <N v={v1} /> × <N v={hidden.a[0]!} /> + <N v={v2} /> ×{' '}
        <N v={hidden.a[1]!} /> + <N v={c} /> = <N v={output.a[0]!} id="out" /> {units.y}.
      </li>
      <li>
        <strong>Loss.</strong> Over all {step.batchSize} samples, L = Σ(F̂ − F)²/N = <N v={step.loss} id="loss" />.
      </li>
      <li>
        <strong>∂L/∂F̂.</strong> 2(F̂ − F)/N = 2 × (<N v={output.a[0]!} /> − <N v={step.target[0]!} />) / {step.batchSize}{' '}
        = <N v={output.dz[0]!} id="dout" />. Summed over the batch it is ∂L/∂c = <N v={output.dBias[0]!} id="dc" />, and
        times each hidden output ∂L/∂v₁ = Σ ∂L/∂F̂·h₁ = <N v={output.dWeight[0]!} id="dv1" />, ∂L/∂v₂ = Σ ∂L/∂F̂·h₂ ={' '}
        <N v={output.dWeight[1]!} id="dv2" />.
      </li>
      <li>
        <strong>One layer further back, by the chain rule.</strong>
        <ul>{back}</ul>
      </li>
      <li>
        <strong>Update</strong> with learning rate {formatRate(step.lr)}: every parameter moves by lr × its gradient.
        <table className="nl-table">
          <thead>
            <tr>
              <th>parameter</th>
              <th>before</th>
              <th>∂L/∂·</th>
              <th>lr × ∂L/∂·</th>
              <th>after</th>
            </tr>
          </thead>
          <tbody>
            {NAMES.map((name, i) => (
              <tr key={name}>
                <td>{name}</td>
                <td>
                  <N v={before[i]!} id={`before-${i}`} />
                </td>
                <td>
                  <N v={grads[i]!} id={`grad-${i}`} />
                </td>
                <td>
                  <N v={steps[i]!} />
                </td>
                <td>
                  <N v={after[i]!} id={`after-${i}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </li>
    </ol>
  );
}

export { N as Num, NAMES as PARAM_NAMES };
