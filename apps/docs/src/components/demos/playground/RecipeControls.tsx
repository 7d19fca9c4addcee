import { SEED_RULE } from '@neuronlab/core';
import { activationNames, optimizerNames } from '@neuronlab/core/nn';
import { datasets } from '@neuronlab/data';
import {
  formatRate,
  hiddenActivations,
  MAX_HIDDEN_LAYERS,
  type Recipe,
  type ValidRecipe,
  validateRecipe,
} from '@neuronlab/lab';
import { useMessages } from '../../../i18n/use-messages';
import { playgroundDatasets, withDataset } from '../../../lib/playground-state';
import { NumberField } from '../../controls/NumberField';
import { RangeField } from '../../controls/RangeField';
import { SelectField } from '../../controls/SelectField';

const RATES = [0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1];
const BATCHES = ['1', '8', '16', '32', '64', 'full'];
const MAX_WIDTH = 16;
const PENALTIES = [0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1];

/** Props of RecipeControls. */
export interface RecipeControlsProps {
  recipe: ValidRecipe;
  onChange: (recipe: ValidRecipe) => void;
}

const HIDDEN_ACTIVATIONS = activationNames().filter((a) => a !== 'softmax');

const opts = (names: readonly string[]) => names.map((n) => ({ value: n, label: n }));

/** Every knob of a playground recipe; each change hands a complete, validated recipe to the parent. */
export function RecipeControls({ recipe, onChange }: RecipeControlsProps) {
  const t = useMessages().playground;
  const set = (patch: Partial<Recipe>) => onChange(validateRecipe({ ...recipe, ...patch }));
  const setModel = (patch: Partial<Recipe['model']>) => set({ model: { ...recipe.model, ...patch } });
  const noiseSpec = datasets[recipe.dataset.name]?.options.noise;
  const noise = Number(recipe.dataset.options.noise ?? noiseSpec?.default ?? 0);
  const hidden = recipe.model.hidden;
  const acts = hiddenActivations(recipe.model);
  const mixed = new Set(acts).size > 1;
  // a per-layer list keeps one name per layer as layers come and go (the new layer takes the last one's)
  const setLayers = (next: number[]) =>
    setModel({
      hidden: next,
      activation: mixed ? next.map((_, k) => acts[k] ?? acts.at(-1)!).join(',') : recipe.model.activation,
    });
  const setLayerActivation = (k: number, name: string) => {
    const list = acts.map((a, j) => (j === k ? name : a));
    setModel({ activation: new Set(list).size === 1 ? name : list.join(',') });
  };
  return (
    <>
      <div className="nl-controls">
        <SelectField
          label={t.dataset}
          name="dataset"
          value={recipe.dataset.name}
          options={opts(playgroundDatasets())}
          onChange={(name) => onChange(withDataset(recipe, name))}
        />
        {noiseSpec && (
          <RangeField
            label={t.noise}
            name="noise"
            min={noiseSpec.min ?? 0}
            max={Math.min(noiseSpec.max ?? 1, 1)}
            step={0.01}
            value={noise}
            display={noise.toFixed(2)}
            onChange={(v) => set({ dataset: { ...recipe.dataset, options: { ...recipe.dataset.options, noise: v } } })}
          />
        )}
        <RangeField
          label={t.testRatio}
          name="testSplit"
          min={0}
          max={0.5}
          step={0.05}
          value={recipe.testSplit}
          display={`${Math.round(recipe.testSplit * 100)}%`}
          onChange={(v) => set({ testSplit: Number(v.toFixed(2)) })}
        />
        <NumberField
          label={t.seed}
          name="seed"
          value={recipe.seed}
          min={0}
          max={SEED_RULE.max}
          integer
          onChange={(v) => set({ seed: v })}
        />
      </div>
      <div className="nl-controls">
        {/* the name and its two buttons are one cell of a phone's grid (two columns wide), not three */}
        <span className="nl-layer-count">
          <span className="nl-label">{t.hiddenLayers}</span>
          <span className="nl-layer-buttons">
            <button
              type="button"
              aria-label={t.removeLayer}
              disabled={hidden.length <= 1}
              onClick={() => setLayers(hidden.slice(0, -1))}
            >
              −
            </button>
            <button
              type="button"
              aria-label={t.addLayer}
              disabled={hidden.length >= Math.min(4, MAX_HIDDEN_LAYERS)}
              onClick={() => setLayers([...hidden, hidden[hidden.length - 1] ?? 4])}
            >
              +
            </button>
          </span>
        </span>
        {hidden.map((width, k) => (
          <NumberField
            // biome-ignore lint/suspicious/noArrayIndexKey: layers are identified by their position
            key={k}
            label={t.layerNeurons(String(k + 1))}
            name={`hidden${k}`}
            value={width}
            min={1}
            max={MAX_WIDTH}
            integer
            onChange={(v) => setModel({ hidden: hidden.map((h, j) => (j === k ? v : h)) })}
          />
        ))}
      </div>
      <div className="nl-controls">
        <SelectField
          label={t.activation}
          name="activation"
          value={mixed ? '' : acts[0]!}
          options={[...(mixed ? [{ value: '', label: t.perLayer }] : []), ...opts(HIDDEN_ACTIVATIONS)]}
          onChange={(a) => a !== '' && setModel({ activation: a })}
        />
        {hidden.length > 1 &&
          acts.map((a, k) => (
            <SelectField
              // biome-ignore lint/suspicious/noArrayIndexKey: layers are identified by their position
              key={k}
              label={t.layerActivation(String(k + 1))}
              name={`activation${k}`}
              value={a}
              options={opts(HIDDEN_ACTIVATIONS)}
              onChange={(name) => setLayerActivation(k, name)}
            />
          ))}
        <SelectField
          label={t.optimizer}
          name="optimizer"
          value={recipe.optimizer}
          options={opts(optimizerNames())}
          onChange={(o) => set({ optimizer: o })}
        />
        <SelectField
          label={t.learningRate}
          name="lr"
          value={String(recipe.lr)}
          options={[...new Set([...RATES, recipe.lr])]
            .sort((a, b) => a - b)
            .map((r) => ({ value: String(r), label: formatRate(r) }))}
          onChange={(v) => set({ lr: Number(v) })}
        />
        <SelectField
          label={t.batchSize}
          name="batchSize"
          value={String(recipe.batchSize)}
          options={[...new Set([...BATCHES, String(recipe.batchSize)])].map((b) => ({
            value: b,
            label: b === 'full' ? t.fullBatch : b,
          }))}
          onChange={(v) => set({ batchSize: v === 'full' ? 'full' : Number(v) })}
        />
        <SelectField
          label={t.regularization}
          name="regularization"
          value={recipe.regularization.kind}
          options={[
            { value: 'none', label: t.penaltyNone },
            { value: 'l1', label: 'L1' },
            { value: 'l2', label: 'L2' },
          ]}
          onChange={(kind) =>
            set({ regularization: { kind, rate: kind === 'none' ? 0 : recipe.regularization.rate || 0.001 } })
          }
        />
        {recipe.regularization.kind !== 'none' && (
          <SelectField
            label={t.penaltyRate}
            name="regularizationRate"
            value={String(recipe.regularization.rate)}
            options={[...new Set([...PENALTIES, recipe.regularization.rate])]
              .sort((a, b) => a - b)
              .map((r) => ({ value: String(r), label: formatRate(r) }))}
            onChange={(v) => set({ regularization: { ...recipe.regularization, rate: Number(v) } })}
          />
        )}
        <NumberField
          label={t.epochs}
          name="epochs"
          value={recipe.epochs}
          min={1}
          max={100_000}
          integer
          onChange={(v) => set({ epochs: v })}
        />
      </div>
    </>
  );
}
