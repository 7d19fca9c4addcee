import { FEATURES } from '@neuronlab/data';
import { featureLabel } from '@neuronlab/lab';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useBoxWidth } from '../../../hooks/use-box-width';
import { useMessages } from '../../../i18n/use-messages';
import { navStep, networkItems, type Selection, selectionKey } from '../../../lib/playground-nav';
import type { LayerSnapshot, NetworkSnapshot } from '../../../lib/playground-run';
import { Heatmap } from './Heatmap';

/** Props of NetworkView. */
export interface NetworkViewProps {
  snapshot: NetworkSnapshot;
  /** Every feature's value on the grid (cells × FEATURES.length), for the input nodes' pictures. */
  featureGrid: Float64Array;
  /** The features the model takes, in order (its input nodes). */
  active: readonly string[];
  /** The data's two inputs' names (a CSV's columns, or x1 and x2), which the features are labelled over. */
  columns: readonly string[];
  /** Each layer's activation name, hidden layers then the output. */
  activations: readonly string[];
  gridSize: number;
  discretize: boolean;
  selected: Selection | null;
  onSelect: (s: Selection | null) => void;
  onToggleFeature: (name: string) => void;
  /** The id of the element that shows the numbers of the item in focus (its accessible description). */
  detailId: string;
}

const NODE = 44;
const OUT = 76;
// from one column's left edge to the next: the widest when there is room, narrower to fit a phone's width, and no
// narrower than leaves the edges between two columns visible (a deeper network then scrolls sideways)
const COLUMN = 132;
const MIN_COLUMN = 72;
// a node's border (network-view.css) lies outside its picture
const BORDER = 2;
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
  const t = useMessages().playground;
  const { snapshot, active, gridSize: g } = p;
  const layers = snapshot.layers;
  const box = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const shown = useBoxWidth(frame);
  const items = networkItems(
    active.length,
    layers.map((l) => l.units),
  );
  const keys = items.map(selectionKey);
  // one stop for the Tab key (a roving tabindex): the item last focused, else the first neuron; the arrows do the rest
  const [cursor, setCursor] = useState<string | null>(null);
  const current = cursor !== null && keys.includes(cursor) ? cursor : (keys.find((k) => k.startsWith('n')) ?? '');
  const focusable = (s: Selection) => {
    const key = selectionKey(s);
    return {
      tabIndex: key === current ? 0 : -1,
      'data-nav': key,
      'aria-describedby': p.detailId,
      onFocus: () => {
        setCursor(key);
        p.onSelect(s);
      },
    };
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const at = keys.indexOf((e.target as Element).getAttribute('data-nav') ?? '');
    const next = at < 0 ? null : navStep(e.key, at, keys.length);
    if (next === null) return;
    e.preventDefault();
    box.current?.querySelector<HTMLElement | SVGElement>(`[data-nav="${keys[next]}"]`)?.focus();
  };
  const where = (l: number) => (l === layers.length - 1 ? t.outputLayer : t.layer(String(l + 1)));
  const source = (l: number, i: number) =>
    l === 0 ? featureLabel(active[i]!, p.columns) : t.neuronUnit(String(i + 1), String(l));
  const rows = Math.max(FEATURES.length, ...layers.map((l) => l.units));
  // the inputs are column 0, the output layer the last column
  const fitted = shown === null ? COLUMN : Math.floor((shown - OUT - 2 * BORDER) / layers.length);
  const column = Math.min(COLUMN, Math.max(MIN_COLUMN, fitted));
  const width = column * layers.length + OUT + 2 * BORDER;
  const height = TOP * 2 + rows * ROW;
  const inputRow = (name: string) => FEATURES.findIndex((f) => f.name === name);
  // where each column's units sit: inputs are all features (the unused ones dimmed), then each layer
  const sizeOf = (col: number) => (col === layers.length ? OUT : NODE);
  const at = (col: number, unit: number) => {
    if (col === 0) return { x: NODE / 2, y: nodeY(inputRow(active[unit]!), FEATURES.length, rows, NODE) };
    const count = layers[col - 1]!.units;
    return { x: column * col + sizeOf(col) / 2, y: nodeY(unit, count, rows, sizeOf(col)) };
  };
  const maxW = Math.max(1e-9, ...layers.flatMap((l) => Array.from(l.weight, Math.abs)));
  return (
    <div className="nl-network" data-testid="network-view" ref={frame}>
      <p className="nl-caption" id={`${p.detailId}-help`} data-testid="network-help">
        {t.networkHelp}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: a drawing of the network, not a form's fieldset; it groups the items the arrow keys walk */}
      <div
        className="nl-network-canvas"
        style={{ width, height }}
        role="group"
        aria-label={t.networkLabel}
        aria-describedby={`${p.detailId}-help`}
        ref={box}
        onKeyDown={onKeyDown}
      >
        <svg width={width} height={height} className="nl-network-edges">
          <title>{t.edgesTitle}</title>
          {allEdges(layers).map(({ id, layer: l, from, unit, w }) => {
            const a = at(l, from);
            const b = at(l + 1, unit);
            const isSelected =
              p.selected?.kind === 'edge' &&
              p.selected.layer === l &&
              p.selected.from === from &&
              p.selected.unit === unit;
            const edge: Selection = { kind: 'edge', layer: l, from, unit };
            return (
              // biome-ignore lint/a11y/useSemanticElements: an edge is a line of the drawing; it takes focus and a click like a button
              <line
                key={id}
                role="button"
                aria-label={t.edgeLabel(source(l, from), String(unit + 1), where(l))}
                {...focusable(edge)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') p.onSelect(edge);
                }}
                x1={a.x + sizeOf(l) / 2}
                y1={a.y}
                x2={b.x - sizeOf(l + 1) / 2}
                y2={b.y}
                stroke={w >= 0 ? 'var(--nl-class-b)' : 'var(--nl-class-a)'}
                strokeWidth={isSelected ? 5 : 0.5 + (4 * Math.abs(w)) / maxW}
                strokeOpacity={isSelected ? 1 : 0.75}
                data-testid="edge"
                onMouseEnter={() => p.onSelect(edge)}
                onClick={() => p.onSelect(edge)}
              />
            );
          })}
        </svg>
        {FEATURES.map((f, k) => {
          const on = active.includes(f.name);
          const label = featureLabel(f.name, p.columns);
          return (
            <button
              key={f.name}
              type="button"
              className={`nl-node nl-input${on ? ' on' : ''}`}
              style={{ left: 0, top: nodeY(k, FEATURES.length, rows, NODE) - NODE / 2 }}
              aria-pressed={on}
              aria-label={on ? t.inputUsed(label) : t.inputUnused(label)}
              title={label}
              data-feature={f.name}
              onClick={() => p.onToggleFeature(f.name)}
            >
              <Heatmap values={p.featureGrid} gridSize={g} stride={FEATURES.length} column={k} size={NODE} />
              <span className="nl-node-label">{label}</span>
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
            const neuron: Selection = { kind: 'neuron', layer: l, unit: j };
            const select = () => p.onSelect(neuron);
            return (
              <button
                // biome-ignore lint/suspicious/noArrayIndexKey: a neuron is its position in its layer
                key={`${l}-${j}`}
                type="button"
                className={`nl-node${isSelected ? ' selected' : ''}`}
                style={{ left: pos.x - size / 2, top: pos.y - size / 2 }}
                aria-label={t.neuronLabel(
                  output ? t.output : t.layer(String(l + 1)),
                  String(j + 1),
                  layer.bias[j]!.toPrecision(3),
                )}
                data-neuron={`${l}-${j}`}
                {...focusable(neuron)}
                onMouseEnter={select}
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
