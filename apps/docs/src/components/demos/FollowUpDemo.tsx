import { Trainer } from '@neuronlab/core';
import { formatInt, formatNumber } from '@neuronlab/lab';
import { useMemo, useRef, useState } from 'react';
import { useFrameLoop } from '../../hooks/use-frame-loop';
import { useRedraw } from '../../hooks/use-redraw';
import { island, useMessages } from '../../i18n/use-messages';
import { celsiusBatch, celsiusFacts } from '../../lib/celsius-batch';
import {
  composedLine,
  followUpRecipe,
  followUpRun,
  followUpStep,
  type HiddenActivation,
  sevenParams,
} from '../../lib/follow-up';
import { SelectField } from '../controls/SelectField';
import { FollowUpChart } from './FollowUpChart';
import { FollowUpStep, Num, PARAM_NAMES } from './FollowUpStep';

/** A whole run takes about this many animation frames (3 s at 60 Hz), however many epochs it has. */
const FRAMES_PER_RUN = 180;

/** A training run of the recipe, advanced a slice of epochs per frame by the one Trainer. */
function newTraining(hidden: HiddenActivation) {
  const run = followUpRun(followUpRecipe(hidden));
  const trainer = new Trainer(run.model, run.data, { ...run.options, reportEvery: 100 });
  return { run, trainer, loss: run.model.evaluate(run.data.train) };
}

/** The linear network's one line with its learned numbers, or why a tanh network has none. */
function Lesson({ blocks, hidden }: { blocks: readonly (readonly number[])[]; hidden: HiddenActivation }) {
  const t = useMessages().demos.followUp;
  const p = sevenParams(blocks);
  if (hidden === 'tanh') return <p data-testid="lesson">{t.noFormula}</p>;
  const { slope, intercept } = composedLine(p);
  return (
    <p data-testid="lesson">
      F = (w₁·v₁ + w₂·v₂)·C + (v₁·b₁ + v₂·b₂ + c) = (<Num v={p.w1} /> × <Num v={p.v1} /> + <Num v={p.w2} /> ×{' '}
      <Num v={p.v2} />
      )·C + (<Num v={p.v1} /> × <Num v={p.b1} /> + <Num v={p.v2} /> × <Num v={p.b2} /> + <Num v={p.c} />) ={' '}
      <Num v={slope} id="slope" />
      ·C + <Num v={intercept} id="intercept" />
      {t.oneLine}
    </p>
  );
}

/** The follow-up 1-2-1 network: its 7 parameters, one step taken apart, training to the end, and the line it draws. */
const FollowUpDemo = island(FollowUp);
export default FollowUpDemo;

function FollowUp() {
  const m = useMessages();
  const d = m.demos.followUp;
  const batch = useMemo(celsiusBatch, []);
  const units = useMemo(() => {
    const facts = celsiusFacts();
    return { x: facts.features[0]?.unit ?? '', y: facts.targets[0]?.unit ?? '' };
  }, []);
  const [hidden, setHidden] = useState<HiddenActivation>('linear');
  const [sample, setSample] = useState('92'); // 42 °C, as on the neuron page
  const [at, setAt] = useState(0);
  const step = useMemo(() => followUpStep(followUpRecipe(hidden), at, Number(sample)), [hidden, at, sample]);
  const [first] = useState(() => newTraining('linear'));
  const training = useRef(first);
  const [running, setRunning] = useState(false);
  const redraw = useRedraw();
  const t = training.current;
  const blocks = t.run.model.params().map((p) => Array.from(p.value));
  const perFrame = Math.max(1, Math.ceil(t.trainer.options.epochs / FRAMES_PER_RUN));

  useFrameLoop(
    running,
    () => {
      for (let k = 0; k < perFrame && !t.trainer.finished; k++) {
        for (const e of t.trainer.runEpoch()) if (e.type !== 'error') t.loss = e.loss;
      }
      redraw();
      return !t.trainer.finished;
    },
    () => setRunning(false),
  );

  const restart = (next: HiddenActivation) => {
    setRunning(false);
    setHidden(next);
    setAt(0);
    training.current = newTraining(next);
  };
  const options = Array.from(batch.x, (c, i) => ({ value: String(i), label: `${c} ${units.x}` }));
  return (
    <div className="nl-demo not-content" data-demo="follow-up">
      <div className="nl-controls">
        <SelectField
          label={d.hiddenActivation}
          name="hidden"
          value={hidden}
          options={[
            { value: 'linear', label: d.linear },
            { value: 'tanh', label: d.tanh },
          ]}
          onChange={restart}
        />
        <SelectField label={m.common.sample} name="sample" value={sample} options={options} onChange={setSample} />
        <button type="button" data-action="step" onClick={() => setAt(at + 1)}>
          {m.common.takeThisStep}
        </button>
        <span className="nl-readout">{d.stepAfter(<span data-testid="at">{at}</span>)}</span>
      </div>
      <FollowUpStep step={step} units={units} />
      <div className="nl-controls">
        <button type="button" data-action="train" disabled={running} onClick={() => setRunning(true)}>
          {d.trainToEnd}
        </button>
        <span className="nl-readout">
          {m.common.epoch} <span data-testid="epoch">{formatInt(t.trainer.epoch)}</span> {m.common.of}{' '}
          {formatInt(t.trainer.options.epochs)} · MSE <span data-testid="train-loss">{formatNumber(t.loss, 7)}</span>
        </span>
      </div>
      <p>
        {d.paramsNow}{' '}
        {blocks.flat().map((v, i) => (
          <span key={PARAM_NAMES[i]}>
            {i > 0 ? ', ' : ''}
            {PARAM_NAMES[i]} = <Num v={v} id={`param-${i}`} />
          </span>
        ))}
        .
      </p>
      <FollowUpChart batch={batch} predict={(x) => t.run.model.predict(x, x.length)} units={units} />
      <Lesson blocks={blocks} hidden={hidden} />
    </div>
  );
}
