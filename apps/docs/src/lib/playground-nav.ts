/** What the neuron detail shows: a neuron (layer 0 is the first hidden layer) or the edge into one. */
export type Selection =
  | { readonly kind: 'neuron'; readonly layer: number; readonly unit: number }
  | { readonly kind: 'edge'; readonly layer: number; readonly from: number; readonly unit: number };

/**
 * Every neuron and edge of the network in the order the keyboard walks them, left to right as the view draws them:
 * the edges into layer 0 (from each input to each neuron), layer 0's neurons, the edges into layer 1, and so on to
 * the output. `units` is each layer's width, hidden layers then the output; `inputs` the model's input count.
 */
export function networkItems(inputs: number, units: readonly number[]): Selection[] {
  const out: Selection[] = [];
  units.forEach((width, layer) => {
    const from = layer === 0 ? inputs : units[layer - 1]!;
    for (let i = 0; i < from; i++) {
      for (let j = 0; j < width; j++) out.push({ kind: 'edge', layer, from: i, unit: j });
    }
    for (let j = 0; j < width; j++) out.push({ kind: 'neuron', layer, unit: j });
  });
  return out;
}

/** A selection as text, to find it again in a new list of items (a snapshot redraws the view). */
export function selectionKey(s: Selection): string {
  return s.kind === 'edge' ? `e${s.layer}-${s.from}-${s.unit}` : `n${s.layer}-${s.unit}`;
}

/**
 * Where a key moves the focus in a list of `count` items from `index`: the arrows step to the next or previous item
 * (they stop at the ends), Home and End jump to the first and last; null for any other key.
 */
export function navStep(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(count - 1, index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
