import type { Dataset } from '@neuronlab/core';
import { classLabels, FEATURE_NAMES, FEATURES, featureValues, generateDataset } from '@neuronlab/data';
import {
  formatNumber,
  formatPercent,
  LossHistory,
  planRun,
  type RunPlan,
  recipeToCommand,
  type ValidRecipe,
  validateRecipe,
} from '@neuronlab/lab';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTrainWorker } from '../../hooks/use-train-worker';
import {
  type AddedPoint,
  addedPoint,
  MAX_SHARED_POINTS,
  pointsFromParam,
  pointsToParam,
  withPoints,
} from '../../lib/added-points';
import { DEFAULT_SPEED, epochsDue, SLICE_MS, SPEEDS, type Speed } from '../../lib/pace';
import { latticePoints, type NetworkSnapshot, squareDomain } from '../../lib/playground-run';
import { initialRecipe, recipeToSearch } from '../../lib/playground-state';
import { sameBesidesSteering } from '../../lib/steering';
import { DecisionMap } from '../charts/DecisionMap';
import { LossCurve } from '../charts/LossCurve';
import { Legend } from '../controls/Legend';
import { LiveStatus } from '../controls/LiveStatus';
import { RunControls } from '../controls/RunControls';
import { SelectField } from '../controls/SelectField';
import { CopyCommand } from './playground/CopyCommand';
import { CsvDrop } from './playground/CsvDrop';
import { ExportButtons } from './playground/ExportButtons';
import { NetworkView, type Selection } from './playground/NetworkView';
import { NeuronDetail } from './playground/NeuronDetail';
import { RecipeControls } from './playground/RecipeControls';
import './playground/network-view.css';

/** Cells per side of the grid every neuron's picture and the decision map are computed on. */
const GRID = 40;

// the controls change only with the recipe: they are not drawn again for every snapshot of training
const Controls = memo(RecipeControls);

/**
 * A plan for the recipe and the points added on the map, or the reason there is none (a split that leaves a set empty,
 * say). `upload` is a dropped CSV file's data: the run's data while the recipe names csv.
 */
function tryPlan(
  recipe: ValidRecipe,
  added: readonly AddedPoint[],
  upload: Dataset | null = null,
): { plan: RunPlan | null; problem: string | null } {
  try {
    const { name, options } = recipe.dataset;
    const base =
      name === 'csv' && upload !== null
        ? upload
        : added.length > 0
          ? generateDataset(name, options, recipe.seed)
          : undefined;
    const data = base && added.length > 0 ? withPoints(base, added) : base;
    return { plan: planRun(recipe, data ? { dataset: data } : {}), problem: null };
  } catch (e) {
    return { plan: null, problem: (e as Error).message };
  }
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Demo 5: a TensorFlow-Playground-style lab on the 2-D classification sets, with the recipe in the URL. Training runs
 * in a worker (lib/train-worker.ts); the page asks for slices of epochs at the chosen speed and draws each snapshot.
 */
export default function Playground() {
  const [start] = useState(() => {
    const { recipe, problem } = initialRecipe(window.location.search);
    let added: AddedPoint[] = [];
    let pointsProblem: string | null = null;
    const param = new URLSearchParams(window.location.search).get('points');
    try {
      if (param !== null) {
        const { name, options } = recipe.dataset;
        added = pointsFromParam(param, Math.max(2, generateDataset(name, options, recipe.seed).outputDim));
      }
    } catch (e) {
      pointsProblem = (e as Error).message;
    }
    const planned = tryPlan(recipe, added);
    return { recipe, added, plan: planned.plan, problem: problem ?? pointsProblem ?? planned.problem };
  });
  const [added, setAdded] = useState<readonly AddedPoint[]>(start.added);
  const [addClass, setAddClass] = useState('off');
  const [recipe, setRecipe] = useState<ValidRecipe>(start.recipe);
  const [plan, setPlan] = useState<RunPlan | null>(start.plan);
  const [error, setError] = useState<string | null>(start.problem);
  const [notice, setNotice] = useState<string | null>(null);
  const [steered, setSteered] = useState(false);
  const [running, setRunning] = useState(false);
  const [speed, setSpeed] = useState<Speed>(DEFAULT_SPEED);
  const [snap, setSnap] = useState<NetworkSnapshot | null>(null);
  const [selected, setSelected] = useState<Selection | null>(null);
  const [showTest, setShowTest] = useState(true);
  const [discretize, setDiscretize] = useState(false);
  const history = useRef(new LossHistory());
  const generation = useRef(0);
  const speedRef = useRef(speed);
  speedRef.current = speed;
  const remote = useTrainWorker();
  const readout = useRef<HTMLParagraphElement>(null);
  // a dropped CSV file's rows: the run's data while the recipe names csv (they are not in the URL)
  const upload = useRef<Dataset | null>(null);

  const shared = pointsToParam(added);
  useEffect(() => {
    if (recipe.dataset.name === 'csv') return; // a dropped file cannot travel in a link (CsvDrop says so)
    const points = shared ? `points=${encodeURIComponent(shared)}` : '';
    const query = [recipeToSearch(recipe), points].filter((q) => q !== '').join('&');
    window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
  }, [recipe, shared]);

  const domain = useMemo(() => (plan ? squareDomain(plan.dataset.x) : ([-1, 1] as [number, number])), [plan]);
  const lattice = useMemo(() => latticePoints(domain, GRID), [domain]);
  const featureGrid = useMemo(() => featureValues(FEATURE_NAMES, lattice, GRID * GRID), [lattice]);
  const point = useMemo((): [number, number] => (plan ? [plan.rawTrain.x[0]!, plan.rawTrain.x[1]!] : [0, 0]), [plan]);
  const pointArray = useMemo(() => Float64Array.from(point), [point]);

  const accept = (s: NetworkSnapshot) => {
    for (const p of s.losses) history.current.push(p.epoch, p.train, Number.isNaN(p.test) ? undefined : p.test);
    setSnap(s);
  };

  // a new plan starts a new run in the worker; snapshots of an older run that arrive late are dropped
  // biome-ignore lint/correctness/useExhaustiveDependencies: the run restarts only for a new plan or worker
  useEffect(() => {
    if (!remote || !plan) return;
    const gen = ++generation.current;
    history.current = new LossHistory();
    setSnap(null);
    void (async () => {
      await remote.start(plan, lattice);
      const s = await remote.advance(0, 0, pointArray);
      if (gen === generation.current) accept(s);
    })();
  }, [remote, plan]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the loop reads speed and the point through refs and closures
  useEffect(() => {
    if (!running || !remote) return;
    let stop = false;
    const gen = generation.current;
    void (async () => {
      let last = performance.now();
      let carry = 0;
      while (!stop) {
        await nextFrame();
        const now = performance.now();
        const due = epochsDue(speedRef.current, now - last, carry);
        last = now;
        carry = due.carry;
        if (due.epochs === 0) continue;
        const s = await remote.advance(due.epochs, SLICE_MS, pointArray);
        if (stop || gen !== generation.current) return;
        accept(s);
        if (s.finished) {
          setRunning(false);
          return;
        }
      }
    })();
    return () => {
      stop = true;
    };
  }, [running, remote]);

  // `restart` forces a new run even when only steerable settings differ (a newly dropped file keeps the recipe)
  const apply = (next: ValidRecipe, pointsNow: readonly AddedPoint[] = added, restart = false) => {
    const epoch = snap?.epoch ?? 0;
    if (!restart && remote && snap && epoch > 0 && !snap.finished && sameBesidesSteering(recipe, next)) {
      void remote.steer({ lr: next.lr, regularization: next.regularization, batchSize: next.batchSize });
      setRecipe(next);
      setSteered(true);
      setNotice(`Changed live at epoch ${epoch}: training goes on from the current weights.`);
      return;
    }
    setRunning(false);
    // points added on the map belong to one dataset: another dataset or seed starts without them
    const keep = next.dataset.name === recipe.dataset.name && next.seed === recipe.seed ? pointsNow : [];
    const planned = tryPlan(next, keep, upload.current);
    setAdded(keep);
    setRecipe(next);
    setError(planned.problem);
    if (planned.plan) setPlan(planned.plan);
    setSteered(false);
    setNotice(epoch > 0 ? 'The data or the network changed: the run starts again at epoch 0.' : null);
  };

  const applyRef = useRef(apply);
  applyRef.current = apply;
  const onRecipe = useCallback((next: ValidRecipe) => applyRef.current(next), []);
  const mapBox = useRef<HTMLDivElement>(null);
  const addAt = (e: React.MouseEvent) => {
    const canvas = mapBox.current?.querySelector('canvas');
    if (addClass === 'off' || !canvas) return;
    const box = canvas.getBoundingClientRect();
    const fx = (e.clientX - box.left) / box.width;
    const fy = (e.clientY - box.top) / box.height;
    if (fx < 0 || fx > 1 || fy < 0 || fy > 1) return;
    const span = domain[1] - domain[0];
    const point = addedPoint(domain[0] + fx * span, domain[1] - fy * span, Number(addClass));
    apply(recipe, [...added, point]);
  };

  const active = recipe.features ?? ['x1', 'x2'];
  const toggleFeature = (name: string) => {
    const next = FEATURE_NAMES.filter((f) => (f === name ? !active.includes(f) : active.includes(f)));
    if (next.length === 0) return;
    const plain = next.length === 2 && next[0] === 'x1' && next[1] === 'x2';
    apply(validateRecipe({ ...recipe, features: plain ? null : next }));
  };
  const activations =
    plan?.initialModel.kind === 'sequential' ? plan.initialModel.layers.map((l) => String(l.activation)) : [];
  const points = useMemo(
    () =>
      plan && {
        train: { x: plan.rawTrain.x, classes: classLabels(plan.rawTrain), n: plan.rawTrain.n },
        test: plan.rawTest ? { x: plan.rawTest.x, classes: classLabels(plan.rawTest), n: plan.rawTest.n } : null,
      },
    [plan],
  );
  const h = history.current;
  const latest = h.latest;
  const featureLabel = active.map((f) => FEATURES.find((x) => x.name === f)?.label ?? f).join(', ');
  return (
    <div className="nl-demo not-content" data-demo="playground">
      <Controls recipe={recipe} onChange={onRecipe} />
      <div className="nl-controls nl-toolbar" data-testid="toolbar">
        <RunControls
          running={running}
          // nothing to train until the worker has answered with the run's first snapshot
          finished={snap?.finished ?? true}
          onToggle={() => setRunning(!running)}
          onStep={() => {
            if (!remote) return;
            const gen = generation.current;
            void remote.advance(1, Number.POSITIVE_INFINITY, pointArray).then((s) => {
              if (gen === generation.current) accept(s);
            });
          }}
          onReset={() => {
            setRunning(false);
            setNotice(null);
            setSteered(false);
            // the same recipe gives an equal plan: a new object restarts the run
            setPlan(tryPlan(recipe, added, upload.current).plan);
          }}
        />
        <SelectField
          label="speed (epochs/s)"
          name="speed"
          value={speed}
          options={SPEEDS.map((s) => ({ value: s, label: s }))}
          onChange={setSpeed}
        />
        <label>
          <input type="checkbox" checked={showTest} onChange={(e) => setShowTest(e.target.checked)} /> show test data
        </label>
        <label>
          <input type="checkbox" checked={discretize} onChange={(e) => setDiscretize(e.target.checked)} /> discretize
          output
        </label>
      </div>
      <p className="nl-readout" ref={readout}>
        epoch <span data-testid="epoch">{snap?.epoch ?? 0}</span> of {recipe.epochs} · train loss{' '}
        <span data-testid="loss">{formatNumber(latest?.train ?? Number.NaN, 4)}</span>
        {h.hasTest && (
          <>
            {' '}
            · test loss <span data-testid="test-loss">{formatNumber(latest?.test ?? Number.NaN, 4)}</span>
          </>
        )}
        {snap?.accuracy != null && <> · train accuracy {formatPercent(snap.accuracy)}</>}
        {snap?.testAccuracy != null && <> · test accuracy {formatPercent(snap.testAccuracy)}</>}
      </p>
      <LiveStatus running={running} source={readout} />
      {notice && (
        <p className="nl-readout" data-testid="run-notice">
          {notice}
        </p>
      )}
      {error && (
        <p className="nl-verdict-bad" role="alert" data-testid="error">
          {error}
        </p>
      )}
      {snap?.error && (
        <p className="nl-verdict-bad" role="alert">
          {snap.error}
        </p>
      )}
      {snap?.dead && (
        <p className="nl-verdict-bad" data-testid="dead">
          Dead network: every ReLU of a layer outputs 0 for every training point, so no gradient flows back and it
          cannot learn. Try another seed, a smaller learning rate or tanh.
        </p>
      )}
      {/* until the worker's first snapshot the network view and the charts are not drawn: hold their place */}
      {snap === null && <div className="nl-network-pending" aria-hidden="true" />}
      {snap && plan && points && (
        <>
          <NetworkView
            snapshot={snap}
            featureGrid={featureGrid}
            active={active}
            activations={activations}
            gridSize={GRID}
            discretize={discretize}
            selected={selected}
            onSelect={setSelected}
            onToggleFeature={toggleFeature}
          />
          <NeuronDetail snapshot={snap} selected={selected} active={active} activations={activations} point={point} />
          <p className="nl-caption">
            Inputs {featureLabel}. Each square is a neuron’s output over the plane (blue above 0, orange below; the
            output’s is the decision map); edges are blue for positive weights, orange for negative, thicker for larger
            |w|; b is the bias. The numbers above are for the first training point.
          </p>
          <div className="nl-controls">
            <SelectField
              label="a click on the map adds"
              name="addClass"
              value={addClass}
              options={[
                { value: 'off', label: 'nothing' },
                ...Array.from({ length: Math.max(2, plan.dataset.outputDim) }, (_, k) => ({
                  value: String(k),
                  label: `a point of class ${k}`,
                })),
              ]}
              onChange={setAddClass}
            />
            {added.length > 0 && (
              <button type="button" onClick={() => apply(recipe, [])}>
                Remove added points
              </button>
            )}
          </div>
          {added.length > 0 && (
            <p className="nl-readout" data-testid="added-points">
              {added.length} added point{added.length === 1 ? '' : 's'}: part of this run
              {shared !== null
                ? ' and of the link, but not of the CLI command.'
                : `, but more than the ${MAX_SHARED_POINTS} a link carries, so neither the link nor the CLI command has them: this run cannot be shared.`}
            </p>
          )}
          <div className="nl-grid2">
            {/* biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: adding a point by pointing is an extra; every other control has a keyboard path */}
            <div
              ref={mapBox}
              onClick={addAt}
              data-testid="map-box"
              style={{ cursor: addClass === 'off' ? 'auto' : 'crosshair' }}
            >
              <DecisionMap
                domain={domain}
                field={snap.layers.at(-1)!.grid}
                gridSize={GRID}
                outputs={plan.dataset.outputDim}
                train={points.train}
                test={showTest ? points.test : null}
                discretize={discretize}
                version={h.length + (discretize ? 0.5 : 0) + (showTest ? 0.25 : 0)}
              />
            </div>
            <div>
              <LossCurve
                maxEpoch={recipe.epochs}
                series={[
                  { label: 'training loss', color: 'var(--nl-after)', epochs: h.epochs, values: h.train },
                  ...(h.hasTest
                    ? [{ label: 'test loss', color: 'var(--nl-test)', epochs: h.epochs, values: h.test, dashed: true }]
                    : []),
                ]}
              />
              {h.hasTest && (
                <Legend
                  items={[
                    { label: 'training loss', color: 'var(--nl-after)' },
                    { label: 'test loss', color: 'var(--nl-test)', dashed: true },
                  ]}
                />
              )}
            </div>
          </div>
        </>
      )}
      <CopyCommand command={`${recipeToCommand(recipe)} --json`} />
      <CsvDrop
        recipe={recipe}
        onData={(next, data) => {
          upload.current = data;
          apply(next, [], true);
        }}
      />
      {steered && (
        <p className="nl-readout" data-testid="steered">
          This run was changed while it trained, so the command replays the recipe as it now reads from epoch 0, not
          this run.
        </p>
      )}
      {snap?.done && remote && <ExportButtons modelFile={() => remote.modelFile()} />}
      {snap?.done && (
        <p className="nl-readout">
          final train loss, every digit: <span data-testid="final-loss">{String(snap.done.loss)}</span>
          {snap.done.testLoss !== undefined && (
            <>
              , test loss <span data-testid="final-test-loss">{String(snap.done.testLoss)}</span>
            </>
          )}
        </p>
      )}
    </div>
  );
}
