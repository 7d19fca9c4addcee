import { classLabels } from '@neuronlab/data';
import { formatNumber, formatPercent, recipeToCommand, type ValidRecipe } from '@neuronlab/lab';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useFrameLoop } from '../../hooks/use-frame-loop';
import { useRedraw } from '../../hooks/use-redraw';
import { latticePoints, PlaygroundRun, squareDomain } from '../../lib/playground-run';
import { initialRecipe, recipeToSearch } from '../../lib/playground-state';
import { DecisionMap } from '../charts/DecisionMap';
import { LossCurve } from '../charts/LossCurve';
import { RunControls } from '../controls/RunControls';
import { CopyCommand } from './playground/CopyCommand';
import { ExportButtons } from './playground/ExportButtons';
import { RecipeControls } from './playground/RecipeControls';

const GRID = 48;
/** Milliseconds of training per animation frame: enough to make progress, short enough to keep 60 fps. */
const FRAME_BUDGET_MS = 12;

/** Demo 5: a TensorFlow-Playground-style lab on the 2-D classification sets, with the recipe in the URL. */
export default function Playground() {
  const [{ recipe: startRecipe, problem }] = useState(() => initialRecipe(window.location.search));
  const [recipe, setRecipe] = useState<ValidRecipe>(startRecipe);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(problem);
  const [first] = useState(() => new PlaygroundRun(startRecipe));
  const run = useRef(first);
  const redraw = useRedraw();
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const query = recipeToSearch(recipe);
    window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
  }, [recipe]);

  const r = run.current;
  const domain = useMemo(() => squareDomain(r.plan.dataset.x), [r]);
  const lattice = useMemo(() => latticePoints(domain, GRID), [domain]);
  const points = useMemo(
    () => ({
      train: { x: r.plan.rawTrain.x, classes: classLabels(r.plan.rawTrain), n: r.plan.rawTrain.n },
      test: r.plan.rawTest ? { x: r.plan.rawTest.x, classes: classLabels(r.plan.rawTest), n: r.plan.rawTest.n } : null,
    }),
    [r],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: version marks a trained slice; r.epoch alone may repeat
  const field = useMemo(() => r.predict(lattice, GRID * GRID), [r, lattice, version]);

  const apply = (next: ValidRecipe) => {
    setRunning(false);
    try {
      run.current = new PlaygroundRun(next);
      setRecipe(next);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
    setVersion((v) => v + 1);
  };
  useFrameLoop(
    running,
    () => {
      r.step(Number.POSITIVE_INFINITY, FRAME_BUDGET_MS);
      setVersion((v) => v + 1);
      redraw();
      return !r.finished;
    },
    () => setRunning(false),
  );
  const latest = r.history.latest;
  return (
    <div className="nl-demo not-content" data-demo="playground">
      <RecipeControls recipe={recipe} onChange={apply} />
      <div className="nl-controls">
        <RunControls
          running={running}
          finished={r.finished}
          onToggle={() => setRunning(!running)}
          onStep={() => {
            r.step(1);
            setVersion((v) => v + 1);
          }}
          onReset={() => apply(recipe)}
        />
        <span className="nl-readout" aria-live="polite">
          epoch <span data-testid="epoch">{r.epoch}</span> of {recipe.epochs} · train loss{' '}
          <span data-testid="loss">{formatNumber(latest?.train ?? Number.NaN, 4)}</span>
          {r.history.hasTest && (
            <>
              {' '}
              · test loss <span data-testid="test-loss">{formatNumber(latest?.test ?? Number.NaN, 4)}</span>
            </>
          )}
          {r.accuracy !== null && <> · accuracy {formatPercent(r.accuracy)}</>}
          {r.testAccuracy !== null && <> · test {formatPercent(r.testAccuracy)}</>}
        </span>
      </div>
      {error && (
        <p className="nl-verdict-bad" role="alert" data-testid="error">
          {error}
        </p>
      )}
      {r.error && (
        <p className="nl-verdict-bad" role="alert">
          {r.error}
        </p>
      )}
      <div className="nl-grid2">
        <DecisionMap
          domain={domain}
          field={field}
          gridSize={GRID}
          outputs={r.plan.dataset.outputDim}
          train={points.train}
          test={points.test}
          version={version}
        />
        <LossCurve
          maxEpoch={recipe.epochs}
          series={[
            { label: 'training loss', color: 'var(--nl-after)', epochs: r.history.epochs, values: r.history.train },
            ...(r.history.hasTest
              ? [
                  {
                    label: 'test loss',
                    color: 'var(--nl-test)',
                    epochs: r.history.epochs,
                    values: r.history.test,
                    dashed: true,
                  },
                ]
              : []),
          ]}
        />
      </div>
      <CopyCommand command={`${recipeToCommand(recipe)} --json`} />
      {r.done && <ExportButtons modelFile={r.modelFile()} />}
      {r.done && (
        <p className="nl-readout">
          final, to the last digit: train loss <span data-testid="final-loss">{String(r.done.loss)}</span>
          {r.done.testLoss !== undefined && (
            <>
              , test loss <span data-testid="final-test-loss">{String(r.done.testLoss)}</span>
            </>
          )}
        </p>
      )}
    </div>
  );
}
