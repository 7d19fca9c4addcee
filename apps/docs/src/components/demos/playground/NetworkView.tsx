import { FEATURES } from '@neuronlab/data';
import type { LayerSnapshot, NetworkSnapshot } from '../../../lib/playground-run';
import { Heatmap } from './Heatmap';

/** What the detail panel shows: a neuron (layer 0 is the first hidden layer) or the edge into one. */
export type Selection =
  | { readonly kind: 'neuron'; readonly layer: number; readonly unit: number }
  | { readonly kind: 'edge'; readonly layer: number; readonly from: number; readonly unit: number };

/** Props of NetworkView. */
export interface NetworkViewProps {
  snapshot: NetworkSnapshot;
  /** Every feature's value on the grid (cells × FEATURES.length), for the input nodes' pictures. */
  featureGrid: Float64Array;
  /** The features the model takes, in order (its input nodes). */
  active: readonly string[];
  /** Each layer's activation name, hidden layers then the output. */
  activations: readonly string[];
  gridSize: number;
  discretize: boolean;
  selected: Selection | null;
  onSelect: (s: Selection | null) => void;
  onToggleFeature: (name: string) => void;
}

const NODE = 44;
const OUT = 76;
const COLUMN = 132;
const ROW = 62;
const TOP = 12;

/** The centre of unit `i` of a column holding `count` units, in a drawing `rows` units tall. */
function nodeY(i: number, count: number, rows: number, size: number): number {
  return TOP + ((rows - count) * ROW) / 2 + i * ROW + size / 2;
}

/**
 * The network drawn as TensorFlow Playground draws it: inputs on the left (every feature, the used ones lit; a
 * click toggles one), every neuron a picture of its own output over the plane, edges blue for positive weights and
 * orange for negative ones, thicker for larger |w|, the bias under each neuron.
 */
export function NetworkView(p: NetworkViewProps) {
  const { snapshot, active, gridSize: g } = p;
  const layers = snapshot.layers;
  const rows = Math.max(FEATURES.length, ...layers.map((l) => l.units));
  const width = COLUMN * (layers.length + 1) + OUT;
  const height = TOP * 2 + rows * ROW;
  const inputRow = (name: string) => FEATURES.findIndex((f) => f.name === name);
  // where each column's units sit: inputs are all features (the unused ones dimmed), then each layer
  const sizeOf = (col: number) => (col === layers.length ? OUT : NODE);
  const at = (col: number, unit: number) => {
    if (col === 0) return { x: NODE / 2, y: nodeY(inputRow(active[unit]!), FEATURES.length, rows, NODE) };
    const count = layers[col - 1]!.units;
    return { x: COLUMN * col + sizeOf(col) / 2, y: nodeY(unit, count, rows, sizeOf(col)) };
  };
  const maxW = Math.max(1e-9, ...layers.flatMap((l) => Array.from(l.weight, Math.abs)));
  return (
    <div className="nl-network" data-testid="network-view">
      <div className="nl-network-canvas" style={{ width, height }}>
        <svg width={width} height={height} aria-hidden="true" className="nl-network-edges">
          {allEdges(layers).map(({ id, layer: l, from, unit, w }) => {
            const a = at(l, from);
            const b = at(l + 1, unit);
            const isSelected =
              p.selected?.kind === 'edge' &&
              p.selected.layer === l &&
              p.selected.from === from &&
              p.selected.unit === unit;
            return (
              // biome-ignore lint/a11y/noStaticElementInteractions: the keyboard reaches the same numbers through each neuron's detail
              <line
                key={id}
                x1={a.x + sizeOf(l) / 2}
                y1={a.y}
                x2={b.x - sizeOf(l + 1) / 2}
                y2={b.y}
                stroke={w >= 0 ? 'var(--nl-class-b)' : 'var(--nl-class-a)'}
                strokeWidth={isSelected ? 5 : 0.5 + (4 * Math.abs(w)) / maxW}
                strokeOpacity={isSelected ? 1 : 0.75}
                data-testid="edge"
                onMouseEnter={() => p.onSelect({ kind: 'edge', layer: l, from, unit })}
                onClick={() => p.onSelect({ kind: 'edge', layer: l, from, unit })}
              />
            );
          })}
        </svg>
        {FEATURES.map((f, k) => {
          const on = active.includes(f.name);
          return (
            <button
              key={f.name}
              type="button"
              className={`nl-node nl-input${on ? ' on' : ''}`}
              style={{ left: 0, top: nodeY(k, FEATURES.length, rows, NODE) - NODE / 2 }}
              aria-pressed={on}
              aria-label={`input ${f.label}: ${on ? 'used, press to remove' : 'not used, press to add'}`}
              data-feature={f.name}
              onClick={() => p.onToggleFeature(f.name)}
            >
              <Heatmap values={p.featureGrid} gridSize={g} stride={FEATURES.length} column={k} size={NODE} />
              <span className="nl-node-label">{f.label}</span>
            </button>
          );
        })}
        {layers.map((layer, l) =>
          Array.from({ length: layer.units }, (_, j) => {
            const col = l + 1;
            const size = sizeOf(col);
            const pos = at(col, j);
            const output = l === layers.length - 1;
            const act = p.activations[l]!;
            const centre = act === 'sigmoid' && output ? 0.5 : act === 'softmax' ? 1 / layer.units : 0;
            const isSelected = p.selected?.kind === 'neuron' && p.selected.layer === l && p.selected.unit === j;
            const select = () => p.onSelect({ kind: 'neuron', layer: l, unit: j });
            return (
              <button
                // biome-ignore lint/suspicious/noArrayIndexKey: a neuron is its position in its layer
                key={`${l}-${j}`}
                type="button"
                className={`nl-node${isSelected ? ' selected' : ''}`}
                style={{ left: pos.x - size / 2, top: pos.y - size / 2 }}
                aria-label={`${output ? 'output' : `layer ${l + 1}`} neuron ${j + 1}, bias ${layer.bias[j]!.toPrecision(3)}: show its numbers`}
                data-neuron={`${l}-${j}`}
                onMouseEnter={select}
                onFocus={select}
                onClick={select}
              >
                <Heatmap
                  values={layer.grid}
                  gridSize={g}
                  stride={layer.units}
                  column={j}
                  size={size}
                  centre={centre}
                  {...(output && act !== 'linear' ? { range: 1 - centre } : {})}
                  discrete={p.discretize && output}
                />
                <span className="nl-node-bias">b {layer.bias[j]!.toPrecision(2)}</span>
              </button>
            );
          }),
        )}
      </div>
    </div>
  );
}

interface Edge {
  readonly id: string;
  readonly layer: number;
  readonly from: number;
  readonly unit: number;
  readonly w: number;
}

/** Every edge of the network: into each layer, from each input unit to each of its units (W is inputs × units). */
function allEdges(layers: readonly LayerSnapshot[]): Edge[] {
  const out: Edge[] = [];
  layers.forEach((layer, l) => {
    const inputs = layer.weight.length / layer.units;
    for (let i = 0; i < inputs; i++) {
      for (let j = 0; j < layer.units; j++) {
        out.push({ id: `${l}-${i}-${j}`, layer: l, from: i, unit: j, w: layer.weight[i * layer.units + j]! });
      }
    }
  });
  return out;
}
