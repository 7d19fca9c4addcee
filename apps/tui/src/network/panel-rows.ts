import type { ParamReport } from '@neuronlab/core';
import { formatNumber } from '@neuronlab/lab';
import type { Cell } from '../chart/cells.js';
import { sliceCells, textCells } from '../chart/cells.js';
import { en, type Messages } from '../i18n/messages-en.js';
import { displayWidth, padEndToWidth, truncateMiddleToWidth, truncateToWidth } from '../text-width.js';
import { formulaLines, neuronNumbers } from './formula.js';
import type { NetworkChart, ShownReading } from './network-chart.js';
import type { NetworkSelection } from './selection.js';
import { layerScale, signedBar, tileCells, valueCell } from './shades.js';

/** Where the whole panel's parts go inside its frame: which layers show, their column width, the heatmap tiles. */
export interface PanelGeometry {
  /** The first and one past the last layer shown (a window around the selection when not all fit). */
  readonly layerFrom: number;
  readonly layerTo: number;
  readonly columnWidth: number;
  /** Columns and rows of each neuron's heatmap tile (0 columns: no heatmaps). */
  readonly tileCols: number;
  readonly tileRows: number;
  /** Rows for neurons under the layer headers. */
  readonly unitRows: number;
  readonly detailWidth: number;
  /** The input column's width: the longest input name (up to NAME_MAX), a value, spacing. */
  readonly inputWidth: number;
}

// an input's name is cut to this many columns: a CSV header can be long, and the layers need the room
const NAME_MAX = 8;
// a space, the value (up to 7 columns, as num writes -0.0338), a space before the first layer's marker
const INPUT_VALUE = 9;
// a weight's row after its name: the signed bar (13), a space, the value (7), two spaces, the gradient (up to 9)
const WEIGHT_ROW = 32;
// the detail beside the layers: at least the selected neuron's line with z and a (`L2 neuron 3 (tanh)  z = -0.0823
// a = -0.0821`, 44 columns; a longer one puts z and a on a line of their own) and a weight's row under a short name
const MIN_DETAIL = 44;
// selection marker, swatch (2), a space, value (7), spacing
const BASE_COLUMN = 13;
const MAX_TILE_COLS = 8;
const MIN_TILE_COLS = 4;

/** Plans the whole panel inside `width × rows` (frame and title excluded). */
export function panelGeometry(net: NetworkChart, s: NetworkSelection, width: number, rows: number): PanelGeometry {
  const L = net.layers.length;
  const inputWidth = nameWidth(net.inputs) + INPUT_VALUE;
  // the first layer's weights are named by the inputs: their rows need the longest name's room
  const minDetail = Math.max(MIN_DETAIL, nameWidth(net.inputs) + 1 + WEIGHT_ROW);
  const budget = width - minDetail - inputWidth - 1;
  const fits = Math.max(1, Math.min(L, Math.floor(budget / (BASE_COLUMN - 1))));
  const layerFrom = Math.max(0, Math.min(s.layer - Math.floor(fits / 2), L - fits));
  const per = Math.floor(budget / fits);
  const tileCols = net.plane && per - BASE_COLUMN >= MIN_TILE_COLS ? Math.min(MAX_TILE_COLS, per - BASE_COLUMN) : 0;
  const columnWidth = tileCols > 0 ? tileCols + BASE_COLUMN : Math.min(per, BASE_COLUMN - 1);
  const unitRows = Math.max(1, rows - 1);
  const maxUnits = Math.max(...net.layers.map((l) => l.units));
  const tileRows = tileCols > 0 ? Math.max(1, Math.min(3, Math.floor(unitRows / maxUnits))) : 1;
  const detailWidth = width - inputWidth - fits * columnWidth - 1;
  return { layerFrom, layerTo: layerFrom + fits, columnWidth, tileCols, tileRows, unitRows, detailWidth, inputWidth };
}

/**
 * The inputs' names as the panel writes them, cut to NAME_MAX columns: at the end (`distanc…`); in the middle when
 * that leaves two alike (a column and its square: `weig…_kg`, `weig…kg²`); numbered when even that does.
 */
export function inputLabels(names: readonly string[]): string[] {
  const distinct = (labels: readonly string[]) => new Set(labels).size === labels.length;
  const atEnd = names.map((n) => truncateToWidth(n, NAME_MAX));
  if (distinct(atEnd)) return atEnd;
  const inMiddle = names.map((n) => truncateMiddleToWidth(n, NAME_MAX));
  if (distinct(inMiddle)) return inMiddle;
  return names.map((n, i) => truncateToWidth(`${i + 1}:${n}`, NAME_MAX));
}

/** The columns the longest of `names` takes, at least 2 (x1) and at most NAME_MAX. */
function nameWidth(names: readonly string[]): number {
  return Math.min(NAME_MAX, Math.max(2, ...names.map(displayWidth)));
}

/** Cells cut or padded to exactly `width`. */
function fit(cells: readonly Cell[], width: number): Cell[] {
  const out = sliceCells(cells, width);
  while (out.length < width) out.push({ ch: ' ' });
  return out;
}

const num = (v: number) => formatNumber(v, 3);

/** The rows a network's panel asks for, frame and title included: whole (and its least), and compact. */
export function networkPanelRows(net: NetworkChart): { full: number; fullMin: number; compact: number } {
  const maxUnits = Math.max(...net.layers.map((l) => l.units));
  const maxFanIn = Math.max(net.inputs.length, ...net.layers.slice(0, -1).map((l) => l.units));
  // detail: the neuron with z and a, the weights' heading, the weights and the bias
  const wanted = Math.max(1 + Math.min(maxUnits, 16), 3 + Math.min(maxFanIn, 16));
  return { full: 3 + wanted, fullMin: 3 + 1 + Math.min(maxUnits, 8), compact: 3 + net.layers.length + 2 };
}

/** A layer's column: its heading, then its neurons (a window around the selected one when not all fit). */
function layerColumn(net: NetworkChart, shown: ShownReading | null, s: NetworkSelection, g: PanelGeometry, l: number) {
  const { units, activation } = net.layers[l]!;
  const values = shown?.reading.layers[l];
  const scale = layerScale(activation, values?.a ?? []);
  const rows: Cell[][] = [fit(textCells(`L${l + 1} ${activation}`, 'cyan'), g.columnWidth)];
  const fitting = Math.max(1, Math.floor(g.unitRows / g.tileRows));
  const from = l === s.layer ? Math.max(0, Math.min(s.unit - Math.floor(fitting / 2), units - fitting)) : 0;
  for (let u = from; u < Math.min(units, from + fitting); u++) {
    const selected = l === s.layer && u === s.unit;
    const a = values?.a[u];
    const tile =
      g.tileCols > 0 && values && shown && shown.px > 0
        ? tileCells(values.a, units, u, { first: 1, px: shown.px, py: shown.py }, g.tileCols, g.tileRows, scale)
        : null;
    for (let r = 0; r < g.tileRows; r++) {
      const row: Cell[] = [r === 0 && selected ? { ch: '▸', fg: 'yellow' } : { ch: ' ' }];
      if (g.tileCols > 0) row.push(...(tile?.[r] ?? fit([], g.tileCols)), { ch: ' ' });
      if (r === 0 && a !== undefined) {
        row.push(valueCell(a, scale), valueCell(a, scale), { ch: ' ' });
        row.push(...textCells(num(a).padStart(7), selected ? 'yellow' : undefined));
      }
      rows.push(fit(row, g.columnWidth));
    }
  }
  return rows;
}

/** The inputs as the first layer sees them (normalized when the run normalizes). */
function inputColumn(net: NetworkChart, shown: ShownReading | null, width: number, t: Messages['network']) {
  const rows: Cell[][] = [fit(textCells(t.input, 'cyan'), width)];
  const names = inputLabels(net.inputs).map((n) => padEndToWidth(n, nameWidth(net.inputs)));
  for (const [i, name] of names.entries()) {
    const v = shown?.reading.input[i];
    rows.push(fit(textCells(`${name} ${v === undefined ? '' : num(v).padStart(7)}`), width));
  }
  return rows;
}

/** The selected neuron: which, z and a (or the formula), its incoming weights with their gradients. */
function detailLines(
  net: NetworkChart,
  shown: ShownReading | null,
  s: NetworkSelection,
  width: number,
  t: Messages['network'],
): Cell[][] {
  const { activation } = net.layers[s.layer]!;
  const name = textCells(`${t.neuron(String(s.layer + 1), String(s.unit + 1))} (${activation})`, 'yellow');
  const current = shown && shown.layer === s.layer && shown.unit === s.unit && shown.sample === s.sample;
  const n = current ? neuronNumbers(shown.reading, s.layer, s.unit, activation) : null;
  const w = shown?.reading.neuron;
  if (n === null || !w) return [name, textCells(t.reading, 'gray')];
  const lines: Cell[][] = [];
  if (s.formula) lines.push(name, ...formulaLines(n, width).map((t) => textCells(t, 'green')));
  else {
    // z and a beside the neuron's name, or under it where the detail is too narrow for both
    const za = `z = ${num(n.z)}  a = ${num(n.a)}`;
    if (name.length + 2 + displayWidth(za) <= width) lines.push([...name, ...textCells(`  ${za}`)]);
    else lines.push(name, textCells(`  ${za}`));
  }
  lines.push(textCells(`${padEndToWidth(t.incomingWeights, 24)} w   ∂L/∂w`, 'gray'));
  const max = Math.max(...Array.from(w.weights, Math.abs), Math.abs(w.bias));
  // the first layer's weights are named by the input each one multiplies; a later layer's by the neuron before
  const inputs = s.layer === 0 ? inputLabels(net.inputs) : [];
  const sources = Array.from(w.weights, (_, i) => (s.layer === 0 ? (inputs[i] ?? `x${i + 1}`) : `w${i + 1}`));
  const nameColumn = Math.max(4, ...sources.map((n) => displayWidth(n) + 1));
  const row = (name: string, v: number, g: number) => [
    ...textCells(padEndToWidth(name, nameColumn)),
    ...signedBar(v, max, 6),
    ...textCells(` ${num(v).padStart(7)}  ${num(g)}`),
  ];
  w.weights.forEach((v, i) => {
    lines.push(row(sources[i]!, v, w.grads[i] as number));
  });
  lines.push(row('b', w.bias, w.biasGrad));
  return lines;
}

/** The whole panel: the inputs and the layers as columns of neurons, the selected neuron's detail beside them. */
export function fullPanelRows(
  net: NetworkChart,
  shown: ShownReading | null,
  s: NetworkSelection,
  g: PanelGeometry,
  width: number,
  rows: number,
  t: Messages['network'] = en.network,
): Cell[][] {
  const columns = [
    g.layerFrom === 0 ? inputColumn(net, shown, g.inputWidth, t) : [],
    ...Array.from({ length: g.layerTo - g.layerFrom }, (_, k) => layerColumn(net, shown, s, g, g.layerFrom + k)),
  ];
  const widths = [g.inputWidth, ...columns.slice(1).map(() => g.columnWidth)];
  let detail = detailLines(net, shown, s, g.detailWidth, t);
  if (detail.length > rows) {
    const more = detail.length - rows + 1;
    detail = [...detail.slice(0, rows - 1), textCells(t.more(String(more)), 'gray')];
  }
  return Array.from({ length: rows }, (_, r) => {
    const left = columns.flatMap((c, k) => fit(c[r] ?? [], widths[k]!));
    return fit([...left, { ch: ' ' }, ...fit(detail[r] ?? [], g.detailWidth)], width);
  });
}

/** The compact panel: each layer's weight and gradient norms with a strip of its outputs, then the selected neuron. */
export function compactPanelRows(
  net: NetworkChart,
  shown: ShownReading | null,
  s: NetworkSelection,
  params: readonly ParamReport[],
  width: number,
  rows: number,
  t: Messages['network'] = en.network,
): Cell[][] {
  const lines: Cell[][] = net.layers.map(({ units, activation }, l) => {
    const p = params.find((q) => q.name === `layers.${l}.weight`);
    const norms = p ? `‖W‖ ${num(p.norm).padEnd(6)} ‖∇W‖ ${num(p.gradNorm).padEnd(8)}` : '';
    const text = `${l === s.layer ? '▸' : ' '}L${l + 1} ${String(units).padStart(3)} ${activation.padEnd(10)} ${norms} `;
    const values = shown?.reading.layers[l];
    const scale = layerScale(activation, values?.a ?? []);
    const strip: Cell[] = values
      ? Array.from({ length: units }, (_, u) =>
          valueCell(values.a[u] as number, scale, l === s.layer && u === s.unit ? '◆' : '█'),
        )
      : [];
    return [...textCells(text, l === s.layer ? 'yellow' : undefined), ...strip];
  });
  const { activation } = net.layers[s.layer]!;
  const current = shown && shown.layer === s.layer && shown.unit === s.unit && shown.sample === s.sample;
  const n = current ? neuronNumbers(shown.reading, s.layer, s.unit, activation) : null;
  const head = `▸ ${t.neuron(String(s.layer + 1), String(s.unit + 1))}, ${t.sample(String(s.sample + 1), String(net.samples))}: `;
  if (n === null) lines.push(textCells(`${head}${t.reading}`, 'gray'));
  else if (s.formula) {
    // one line each, unwrapped: z's sum is cut at the panel's edge (the whole panel shows it all)
    const [z, a] = formulaLines(n, Number.POSITIVE_INFINITY) as [string, string];
    lines.push(textCells(`${head}${a}`, 'yellow'), ellipsis(textCells(z, 'green'), width));
  } else {
    lines.push(textCells(`${head}z = ${num(n.z)}, a = ${num(n.a)}`, 'yellow'));
    const ws = Array.from(n.weights, num).join(' ');
    lines.push(ellipsis(textCells(`w ${ws}  b ${num(n.bias)}`), width));
  }
  return Array.from({ length: rows }, (_, r) => fit(lines[r] ?? [], width));
}

/** Cells cut to `width` with an ellipsis when they are longer. */
function ellipsis(cells: Cell[], width: number): Cell[] {
  return cells.length > width ? [...sliceCells(cells, width - 1), { ch: '…', fg: 'gray' }] : cells;
}
