import type { Dataset } from '@neuronlab/core';
import { classLabels, FEATURE_NAMES, featureValues, generateDataset } from '@neuronlab/data';
import {
  featureLabel,
  formatNumber,
  formatPercent,
  LossHistory,
  planRun,
  type RunPlan,
  recipeToCommand,
  type ValidRecipe,
  validateRecipe,
  wordError,
} from '@neuronlab/lab';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTrainWorker } from '../../hooks/use-train-worker';
import { useErrorWords } from '../../i18n/error-words';
import { island, useMessages } from '../../i18n/use-messages';
import {
  type AddedPoint,
  addedPoint,
  MAX_SHARED_POINTS,
  pointsFromParam,
  pointsToParam,
  withPoints,
} from '../../lib/added-points';
import { DEFAULT_SPEED, epochsDue, SLICE_MS, SPEEDS, type Speed } from '../../lib/pace';
import type { Selection } from '../../lib/playground-nav';
import {
  latticePoints,
  type MapDomain,
  mapDomain,
  mapPoint,
  type NetworkSnapshot,
  nearestPoint,
} from '../../lib/playground-run';
import { initialRecipe, recipeToSearch } from '../../lib/playground-state';
import { stopOf } from '../../lib/run-stop';
import { sameBesidesSteering } from '../../lib/steering';
import { droppedMessage } from '../../lib/url-recipe';
import { DecisionMap } from '../charts/DecisionMap';
import { LossCurve } from '../charts/LossCurve';
import { Legend } from '../controls/Legend';
import { LiveStatus } from '../controls/LiveStatus';
import { RunControls } from '../controls/RunControls';
import { SelectField } from '../controls/SelectField';
import { ChosenMarker } from './playground/ChosenMarker';
import { CopyCommand } from './playground/CopyCommand';
import { CsvDrop } from './playground/CsvDrop';
import { ExportButtons } from './playground/ExportButtons';
import { NetworkView } from './playground/NetworkView';
import { NeuronDetail } from './playground/NeuronDetail';
import { PointChooser } from './playground/PointChooser';
import { RecipeControls } from './playground/RecipeControls';
import './playground/network-view.css';

/** Cells per side of the grid every neuron's picture and the decision map are computed on. */
const GRID = 40;
/** The decision map's size in CSS pixels (its drawing is scaled down on a narrow screen). */
const MAP = 380;

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
): { plan: RunPlan | null; problem: unknown } {
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
    return { plan: null, problem: e };
  }
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Demo 5: a TensorFlow-Playground-style lab on the 2-D classification sets, with the recipe in the URL. Training runs
 * in a worker (lib/train-worker.ts); the page asks for slices of epochs at the chosen speed and draws each snapshot.
 */
const Playground = island(PlaygroundLab);
export default Playground;

function PlaygroundLab() {
  const t = useMessages().playground;
  const words = useErrorWords();
  const [start] = useState(() => {
    const { recipe, dropped } = initialRecipe(window.location.search);
    const problem = droppedMessage(dropped, t.linkDropped, words);
    let added: AddedPoint[] = [];
    let pointsProblem: string | null = null;
    const param = new URLSearchParams(window.location.search).get('points');
    try {
      if (param !== null) {
        const { name, options } = recipe.dataset;
        added = pointsFromParam(param, Math.max(2, generateDataset(name, options, recipe.seed).outputDim));
      }
    } catch (e) {
      pointsProblem = t.badPoints(wordError(e, words));
    }
    const planned = tryPlan(recipe, added);
    const planProblem = planned.plan !== null ? null : t.cannotStart(wordError(planned.problem, words));
    return { recipe, added, plan: planned.plan, problem: problem ?? pointsProblem ?? planProblem };
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
  // the training point the neuron detail is computed at (an index into the training set)
  const [pointIndex, setPointIndex] = useState(0);
  const detailId = useId();
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

  const domain = useMemo((): MapDomain => (plan ? mapDomain(plan.dataset.x) : { x1: [-1, 1], x2: [-1, 1] }), [plan]);
  // the raw inputs' names (a CSV's columns), for the map's axes and the network's inputs
  const columns = useMemo(() => plan?.rawTrain.featureNames ?? ['x1', 'x2'], [plan]);
  const lattice = useMemo(() => latticePoints(domain, GRID), [domain]);
  const featureGrid = useMemo(() => featureValues(FEATURE_NAMES, lattice, GRID * GRID), [lattice]);
  const index = plan ? Math.min(pointIndex, plan.rawTrain.n - 1) : 0;
  const point = useMemo(
    (): [number, number] => (plan ? [plan.rawTrain.x[2 * index]!, plan.rawTrain.x[2 * index + 1]!] : [0, 0]),
    [plan, index],
  );
  const pointArray = useMemo(() => Float64Array.from(point), [point]);
  // the training loop reads the point through a ref, so a point chosen while it runs applies from the next slice
  const pointRef = useRef(pointArray);
  pointRef.current = pointArray;

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

  // a point chosen while paused: the worker answers with the network seen at it (no epoch runs)
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a newly chosen point asks; the run's own effects cover the rest
  useEffect(() => {
    if (!remote || running || snap === null) return;
    const gen = generation.current;
    void remote.advance(0, 0, pointRef.current).then((s) => {
      if (gen === generation.current) accept(s);
    });
  }, [index]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the loop reads speed and the point through refs
  useEffect(() => {
    if (!running || !remote) return;
    let stop = false;
    const gen = generation.current;
    void (async () => {
      let last = performance.now();
      let carry = 0;
      while (!stop) {
        await nextFrame();
        // a stop or a new run may come while this waits for the frame: asking now would advance the new run, whose
        // start the worker has already been sent, by this old loop's epochs
        if (stop || gen !== generation.current) return;
        const now = performance.now();
        const due = epochsDue(speedRef.current, now - last, carry);
        last = now;
        carry = due.carry;
        if (due.epochs === 0) continue;
        const s = await remote.advance(due.epochs, SLICE_MS, pointRef.current);
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
      setNotice(t.changedLive(String(epoch)));
      return;
    }
    setRunning(false);
    // points added on the map belong to one dataset: another dataset or seed starts without them
    const keep = next.dataset.name === recipe.dataset.name && next.seed === recipe.seed ? pointsNow : [];
    const planned = tryPlan(next, keep, upload.current);
    setAdded(keep);
    setRecipe(next);
    setError(planned.plan !== null ? null : t.cannotStart(wordError(planned.problem, words)));
    if (planned.plan) setPlan(planned.plan);
    setSteered(false);
    setNotice(epoch > 0 ? t.restarted : null);
  };

  const applyRef = useRef(apply);
  applyRef.current = apply;
  const onRecipe = useCallback((next: ValidRecipe) => applyRef.current(next), []);
  const mapBox = useRef<HTMLDivElement>(null);
  // a click on the map adds a point of the chosen class, or (adding nothing) chooses the nearest training point
  const clickMap = (e: React.MouseEvent) => {
    const canvas = mapBox.current?.querySelector('canvas');
    if (!canvas || !plan) return;
    const box = canvas.getBoundingClientRect();
    const fx = (e.clientX - box.left) / box.width;
    const fy = (e.clientY - box.top) / box.height;
    if (fx < 0 || fx > 1 || fy < 0 || fy > 1) return;
    const [x1, x2] = mapPoint(domain, fx, fy);
    if (addClass === 'off') setPointIndex(nearestPoint(plan.rawTrain.x, x1, x2));
    else apply(recipe, [...added, addedPoint(x1, x2, Number(addClass))]);
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
  const inputLabels = active.map((f) => featureLabel(f, columns)).join(', ');
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
            void remote.advance(1, Number.POSITIVE_INFINITY, pointRef.current).then((s) => {
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
          label={t.speed}
          name="speed"
          value={speed}
          options={SPEEDS.map((s) => ({ value: s, label: s === 'max' ? t.speedMax : s }))}
          onChange={setSpeed}
        />
        <label>
          <input type="checkbox" checked={showTest} onChange={(e) => setShowTest(e.target.checked)} /> {t.showTest}
        </label>
        <label>
          <input type="checkbox" checked={discretize} onChange={(e) => setDiscretize(e.target.checked)} />{' '}
          {t.discretize}
        </label>
      </div>
      <p className="nl-readout" ref={readout}>
        {t.epochOf.before} <span data-testid="epoch">{snap?.epoch ?? 0}</span> {t.epochOf.after(String(recipe.epochs))}{' '}
        · {t.trainLoss} <span data-testid="loss">{formatNumber(latest?.train ?? Number.NaN, 4)}</span>
        {h.hasTest && (
          <>
            {' '}
            · {t.testLoss} <span data-testid="test-loss">{formatNumber(latest?.test ?? Number.NaN, 4)}</span>
          </>
        )}
        {snap?.accuracy != null && <> · {t.trainAccuracy(formatPercent(snap.accuracy))}</>}
        {snap?.testAccuracy != null && <> · {t.testAccuracy(formatPercent(snap.testAccuracy))}</>}
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
          {t.stopped(stopOf(snap.error)!)}
        </p>
      )}
      {snap?.dead && (
        <p className="nl-verdict-bad" data-testid="dead">
          {t.dead}
        </p>
      )}
      {/* until the worker's first snapshot the network view and the charts are not drawn: hold their place */}
      {snap === null && <div className="nl-network-pending" aria-hidden="true" />}
      {snap && plan && points && (
        <>
          {/* the outcome first, so the settings and the map it draws share a screen (a phone's too); then the
              point the network view follows, and the network itself */}
          <div className="nl-grid2">
            {/* biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: pointing at the map is an extra; the point chooser's buttons and the other controls are the keyboard path */}
            <div
              ref={mapBox}
              onClick={clickMap}
              data-testid="map-box"
              style={{ cursor: addClass === 'off' ? 'pointer' : 'crosshair', position: 'relative', maxWidth: MAP }}
            >
              <DecisionMap
                width={MAP}
                height={MAP}
                domain={domain}
                inputs={[columns[0] ?? 'x1', columns[1] ?? 'x2']}
                field={snap.layers.at(-1)!.grid}
                gridSize={GRID}
                outputs={plan.dataset.outputDim}
                train={points.train}
                test={showTest ? points.test : null}
                discretize={discretize}
                version={h.length + (discretize ? 0.5 : 0) + (showTest ? 0.25 : 0)}
              />
              <ChosenMarker domain={domain} point={point} size={MAP} label={t.chosenMarker} />
            </div>
            <div>
              <LossCurve
                maxEpoch={recipe.epochs}
                series={[
                  { label: t.trainingLoss, color: 'var(--nl-after)', epochs: h.epochs, values: h.train },
                  ...(h.hasTest
                    ? [
                        {
                          label: t.testLossSeries,
                          color: 'var(--nl-test)',
                          epochs: h.epochs,
                          values: h.test,
                          dashed: true,
                        },
                      ]
                    : []),
                ]}
                label={t.lossCurve}
              />
              {h.hasTest && (
                <Legend
                  items={[
                    { label: t.trainingLoss, color: 'var(--nl-after)' },
                    { label: t.testLossSeries, color: 'var(--nl-test)', dashed: true },
                  ]}
                />
              )}
            </div>
          </div>
          <div className="nl-controls nl-controls-wrap">
            <SelectField
              label={t.clickAdds}
              name="addClass"
              value={addClass}
              options={[
                { value: 'off', label: t.clickAddsNothing },
                ...Array.from({ length: Math.max(2, plan.dataset.outputDim) }, (_, k) => ({
                  value: String(k),
                  label: t.pointOfClass(String(k)),
                })),
              ]}
              onChange={setAddClass}
            />
            {added.length > 0 && (
              <button type="button" onClick={() => apply(recipe, [])}>
                {t.removeAdded}
              </button>
            )}
          </div>
          {added.length > 0 && (
            <p className="nl-readout" data-testid="added-points">
              {shared !== null
                ? t.addedShared(added.length)
                : t.addedNotShared(added.length, String(MAX_SHARED_POINTS))}
            </p>
          )}
          <PointChooser
            index={index}
            x={points.train.x}
            classes={points.train.classes}
            n={points.train.n}
            onChoose={setPointIndex}
          />
          <NetworkView
            snapshot={snap}
            featureGrid={featureGrid}
            active={active}
            columns={columns}
            activations={activations}
            gridSize={GRID}
            discretize={discretize}
            selected={selected}
            onSelect={setSelected}
            onToggleFeature={toggleFeature}
            detailId={detailId}
          />
          <NeuronDetail
            snapshot={snap}
            selected={selected}
            active={active}
            columns={columns}
            activations={activations}
            point={point}
            id={detailId}
          />
          <p className="nl-caption">{t.caption(inputLabels)}</p>
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
          {t.steered}
        </p>
      )}
      {snap?.done && remote && <ExportButtons modelFile={() => remote.modelFile()} />}
      {snap?.done && (
        <p className="nl-readout">
          {t.finalLoss} <span data-testid="final-loss">{String(snap.done.loss)}</span>
          {snap.done.testLoss !== undefined && (
            <>
              {t.finalTestLoss} <span data-testid="final-test-loss">{String(snap.done.testLoss)}</span>
            </>
          )}
        </p>
      )}
    </div>
  );
}
