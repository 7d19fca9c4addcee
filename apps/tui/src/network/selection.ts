/** Which neuron and which sample the network panel looks at, and whether it spells out the neuron's formula. */
export interface NetworkSelection {
  /** The neuron's layer: 0 is the first hidden layer, the last is the output layer. */
  readonly layer: number;
  /** The neuron's index in its layer. */
  readonly unit: number;
  /** The sample's row in the training set. */
  readonly sample: number;
  /** Show z = Σ wᵢ·aᵢ + b and a = act(z) with the numbers. */
  readonly formula: boolean;
}

/** A move the keys ask for. */
export type SelectionMove = 'left' | 'right' | 'up' | 'down' | 'next-sample' | 'previous-sample' | 'formula';

/** What the selection moves over: the neurons per layer and the samples. */
export interface NetworkShape {
  readonly units: readonly number[];
  readonly samples: number;
}

/** The selection at the start: the first hidden neuron, the first sample, no formula. */
export const FIRST_SELECTION: NetworkSelection = { layer: 0, unit: 0, sample: 0, formula: false };

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * The selection after a move: left and right go to the layer before or after (keeping the neuron's index where that
 * layer has one), up and down to the neuron above or below; samples wrap around, so every one is a few keys away.
 */
export function moveSelection(s: NetworkSelection, move: SelectionMove, shape: NetworkShape): NetworkSelection {
  const unitsIn = (layer: number) => shape.units[layer] ?? 1;
  switch (move) {
    case 'left':
    case 'right': {
      const layer = clamp(s.layer + (move === 'right' ? 1 : -1), 0, shape.units.length - 1);
      return { ...s, layer, unit: clamp(s.unit, 0, unitsIn(layer) - 1) };
    }
    case 'up':
    case 'down':
      return { ...s, unit: clamp(s.unit + (move === 'down' ? 1 : -1), 0, unitsIn(s.layer) - 1) };
    case 'next-sample':
    case 'previous-sample': {
      const n = Math.max(1, shape.samples);
      return { ...s, sample: (s.sample + (move === 'next-sample' ? 1 : n - 1)) % n };
    }
    case 'formula':
      return { ...s, formula: !s.formula };
  }
}

/** The arrow keys of a key press, as Ink's `useInput` reports them. */
export interface ArrowKeys {
  readonly leftArrow: boolean;
  readonly rightArrow: boolean;
  readonly upArrow: boolean;
  readonly downArrow: boolean;
}

/**
 * The moves a key press asks of the network panel (arrows: the neuron; `[` and `]`: the sample; `i`: the formula),
 * or none. Keys typed fast can arrive as one string (`]]]`): each bracket moves one sample.
 */
export function selectionMoves(input: string, key: ArrowKeys): SelectionMove[] {
  if (key.leftArrow) return ['left'];
  if (key.rightArrow) return ['right'];
  if (key.upArrow) return ['up'];
  if (key.downArrow) return ['down'];
  if (/^[[\]]+$/.test(input)) return [...input].map((ch) => (ch === ']' ? 'next-sample' : 'previous-sample'));
  if (input === 'i') return ['formula'];
  return [];
}
