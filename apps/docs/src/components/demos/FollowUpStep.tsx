import type { NetworkStep, ParamUpdate } from '@neuronlab/core';
import { formatNumber, formatRate } from '@neuronlab/lab';
import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/use-messages';

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
  const { stage, followUp: t } = useMessages().demos;
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
      {linear ? null : t.throughTanh({ j: j(k), dz: <N v={hidden.dz[k]!} id={`dz${k + 1}`} /> })}
      {t.summed({
        j: j(k),
        via: linear ? 'h' : 'z',
        dw: <N v={hidden.dWeight[k]!} id={`dw${k + 1}`} />,
        db: <N v={hidden.dBias[k]!} id={`db${k + 1}`} />,
      })}
    </li>
  ));
  const grads = flat(step.optimizer.params, (p) => p.grad);
  const steps = flat(step.optimizer.params, (p) => p.step);
  const after = flat(step.optimizer.params, (p) => p.after);
  return (
    <ol className="nl-stages">
      <li>
        <strong>{stage.sample}</strong>
        {t.sample({ C: <N v={C} id="C" />, ux: units.x, F: <N v={step.target[0]!} id="F" />, uy: units.y })}
      </li>
      <li>
        <strong>{t.forwardHidden}</strong>
        <ul>{hRows}</ul>
      </li>
      <li>
        <strong>{t.forwardOutput}</strong> F̂ = v₁·h₁ + v₂·h₂ + c = <N v={v1} /> × <N v={hidden.a[0]!} /> + <N v={v2} />{' '}
        × <N v={hidden.a[1]!} /> + <N v={c} /> = <N v={output.a[0]!} id="out" /> {units.y}.
      </li>
      <li>
        <strong>{stage.loss}</strong>
        {t.loss({ n: step.batchSize, loss: <N v={step.loss} id="loss" /> })}
      </li>
      <li>
        <strong>∂L/∂F̂.</strong>
        {t.dOut({
          out: <N v={output.a[0]!} />,
          F: <N v={step.target[0]!} />,
          n: step.batchSize,
          dOut: <N v={output.dz[0]!} id="dout" />,
          dc: <N v={output.dBias[0]!} id="dc" />,
          dv1: <N v={output.dWeight[0]!} id="dv1" />,
          dv2: <N v={output.dWeight[1]!} id="dv2" />,
        })}
      </li>
      <li>
        <strong>{t.chainRule}</strong>
        <ul>{back}</ul>
      </li>
      <li>
        <strong>{stage.update}</strong>
        {t.update(formatRate(step.lr))}
        <table className="nl-table">
          <thead>
            <tr>
              <th>{t.parameter}</th>
              <th>{t.before}</th>
              <th>∂L/∂·</th>
              <th>lr × ∂L/∂·</th>
              <th>{t.after}</th>
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
