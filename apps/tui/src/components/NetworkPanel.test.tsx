import { formatNumber } from '@neuronlab/lab';
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { fullPanelRows, inputLabels, panelGeometry } from '../network/panel-rows.js';
import { FIRST_SELECTION } from '../network/selection.js';
import { testNetwork } from '../test-util/network.test-util.js';
import { NetworkPanel } from './NetworkPanel.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: strips colour codes to read the text as a terminal shows it
const plain = (s: string | undefined) => (s ?? '').replace(/\u001b\[[0-9;]*m/g, '');
const cols = (line: string) => [...line].length;

describe('NetworkPanel', () => {
  it('draws every layer as a column of neurons with their outputs for the sample', () => {
    const { chart, model } = testNetwork();
    const { lastFrame } = render(
      <NetworkPanel net={chart} selection={FIRST_SELECTION} params={[]} form="full" width={100} height={14} />,
    );
    const f = plain(lastFrame());
    expect(f).toContain('network 2-4-3-1');
    expect(f).toContain('sample 1/20 (0, 0) → class 0');
    expect(f).toMatch(/input +L1 tanh +L2 tanh +L3 sigmoid/);
    // the outputs shown are the engine's own for the sample (0, 0)
    const a = model.layerActivations(Float64Array.of(0, 0), 1);
    for (const layer of a) for (const v of layer.a) expect(f).toContain(formatNumber(v, 3));
    for (const line of f.split('\n')) expect(cols(line)).toBe(100);
    expect(f.split('\n')).toHaveLength(14);
  });

  it('draws each neuron’s output over the plane as a half-block tile when the panel is wide enough', () => {
    const { chart, asked } = testNetwork();
    const { lastFrame } = render(
      <NetworkPanel net={chart} selection={FIRST_SELECTION} params={[]} form="full" width={100} height={14} />,
    );
    expect(plain(lastFrame())).not.toContain('▀');
    expect(asked.at(-1)).toMatchObject({ px: 0, py: 0 });
    // wider than the test terminal: the rows themselves, as the panel would draw them inside its frame
    const g = panelGeometry(chart, FIRST_SELECTION, 112, 11);
    expect(g.tileCols).toBeGreaterThanOrEqual(4);
    // 11 rows: a heading and 10 for at most 4 neurons a layer, so each tile is 2 rows (4 half-block pixels) tall
    expect(g.tileRows).toBe(2);
    const shown = chart.read(FIRST_SELECTION, g.tileCols, g.tileRows * 2);
    const rows = fullPanelRows(chart, shown, FIRST_SELECTION, g, 112, 11);
    expect(rows.map((r) => r.length)).toEqual(Array(11).fill(112));
    const tiles = rows.flat().filter((c) => c.ch === '▀');
    expect(tiles).toHaveLength(g.tileCols * g.tileRows * (4 + 3 + 1));
    // the neurons' outputs differ over the plane, so the tiles are not one flat colour
    expect(new Set(tiles.map((c) => c.fg)).size).toBeGreaterThan(1);
  });

  it('draws the tiles and the outputs’ swatches as a grey ramp of characters under NO_COLOR, the shapes still seen', () => {
    const { chart } = testNetwork();
    vi.stubEnv('NO_COLOR', '1');
    try {
      const g = panelGeometry(chart, FIRST_SELECTION, 112, 11);
      const shown = chart.read(FIRST_SELECTION, g.tileCols, g.tileRows * 2);
      const cells = fullPanelRows(chart, shown, FIRST_SELECTION, g, 112, 11).flat();
      // no half blocks, whose two pixels only colour tells apart (a weight's bar tells its sign by its side)
      expect(cells.filter((c) => c.ch === '▀')).toEqual([]);
      // the tiles' characters vary over the plane as the outputs do
      const ramp = cells.filter((c) => ' ░▒▓█'.includes(c.ch) && c.ch !== ' ');
      expect(new Set(ramp.map((c) => c.ch)).size).toBeGreaterThan(2);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('shows the selected neuron’s incoming weights as signed bars with their gradients', () => {
    const { chart, model } = testNetwork();
    const selection = { ...FIRST_SELECTION, layer: 1, unit: 2 };
    const { lastFrame } = render(
      <NetworkPanel net={chart} selection={selection} params={[]} form="full" width={100} height={14} />,
    );
    const f = plain(lastFrame());
    expect(f).toContain('L2 neuron 3 (tanh)');
    const layer = model.network.layers[1]!;
    // column 2 of W [4, 3]: rows 0..3, and the bias; each with its value and its gradient
    for (let i = 0; i < 4; i++) {
      const w = layer.weight.data[i * 3 + 2]!;
      const g = layer.weight.grad![i * 3 + 2]!;
      const line = f.split('\n').find((l) => l.includes(` w${i + 1} `)) ?? '';
      expect(line).toContain(`${formatNumber(w, 3)}  ${formatNumber(g, 3)}`);
      // a negative weight's bar lies left of the centre line, a positive one's right of it
      const [left, right] = line.slice(line.indexOf(` w${i + 1} `) + 5).split('│');
      expect((w < 0 ? left : right)?.includes('█') || Math.abs(w) < 0.05).toBe(true);
    }
    expect(f).toMatch(/ b +.*│/);
  });

  it('names the inputs and the first layer’s weights by the data’s columns, long names cut', () => {
    const { chart, model } = testNetwork('tanh', ['rooms', 'distance_to_centre_km']);
    const { lastFrame } = render(
      <NetworkPanel net={chart} selection={FIRST_SELECTION} params={[]} form="full" width={100} height={14} />,
    );
    const lines = plain(lastFrame()).split('\n');
    expect(lines.find((l) => l.includes('│ rooms '))).toMatch(/│ rooms {4}\s+0 /);
    expect(lines.some((l) => l.includes('│ distanc… '))).toBe(true);
    expect(lines.join('\n')).not.toContain('x1');
    // neuron 1 of L1: its weight from each input, named by that input
    const layer = model.network.layers[0]!;
    for (const [i, name] of ['rooms', 'distanc…'].entries()) {
      const row = lines.find((l) => l.includes(` ${name} `) && l.includes(formatNumber(layer.weight.data[i * 4]!, 3)));
      expect(row, name).toBeDefined();
    }
    for (const line of lines) expect(cols(line)).toBe(100);
  });

  it('leaves the detail room for every weight’s gradient and the neuron’s z and a at any width', () => {
    const { chart, model } = testNetwork('tanh', ['distance_to_centre_km', 'sin x₁'], () => [-0.0338, 1234.5]);
    const layer = model.network.layers[0]!;
    const grads = [0, 1].map((i) => formatNumber(layer.weight.grad![i * 4]!, 3));
    for (let width = 70; width <= 160; width++) {
      const g = panelGeometry(chart, FIRST_SELECTION, width, 11);
      const shown = chart.read(FIRST_SELECTION, g.tileCols, g.tileRows * 2);
      const text = fullPanelRows(chart, shown, FIRST_SELECTION, g, width, 11).map((r) => r.map((c) => c.ch).join(''));
      const a = /a = (\S+)/.exec(text.join('\n'))?.[1];
      expect(a, `width ${width}`).toBe(
        formatNumber(model.layerActivations(Float64Array.of(-0.0338, 1234.5), 1)[0]!.a[0]!, 3),
      );
      for (const [i, name] of ['distanc…', 'sin x₁'].entries()) {
        const rows = text.filter((l) => l.includes(` ${name} `));
        expect(
          rows.some((l) => l.trimEnd().endsWith(`  ${grads[i]}`)),
          `width ${width}: ${rows.join('\n')}`,
        ).toBe(true);
      }
    }
  });

  it('keeps a space between an input’s longest value and the first layer’s column', () => {
    const { chart } = testNetwork('tanh', ['x1', 'x2'], () => [-0.0338, -12345.6]);
    const { lastFrame } = render(
      <NetworkPanel net={chart} selection={FIRST_SELECTION} params={[]} form="full" width={100} height={14} />,
    );
    const lines = plain(lastFrame()).split('\n');
    const header = lines.find((l) => l.includes('L1 tanh'))!;
    const column = header.indexOf('L1 tanh');
    for (const [name, v] of [
      ['x1', -0.0338],
      ['x2', -12345.6],
    ] as const) {
      const row = lines.find((l) => l.startsWith(`│ ${name} `))!;
      expect(row.slice(0, column - 1).trimEnd()).toMatch(new RegExp(`${name} +${formatNumber(v, 3)}$`));
      expect(row[column - 1]).toBe(' ');
    }
  });

  it('opens the formula with the live numbers on request', () => {
    const { chart, model } = testNetwork();
    const selection = { ...FIRST_SELECTION, unit: 1, formula: true };
    const { lastFrame } = render(
      <NetworkPanel net={chart} selection={selection} params={[]} form="full" width={100} height={14} />,
    );
    const f = plain(lastFrame());
    const w = model.network.layers[0]!.weight.data;
    // the sample is (0, 0): each term is w·0
    expect(f).toContain(`z = Σ wᵢ·aᵢ + b = ${formatNumber(w[1]!, 3).replace(/^(-.*)$/, '($1)')}·0`);
    const z = model.layerActivations(Float64Array.of(0, 0), 1)[0]!.z[1]!;
    expect(f).toContain(`a = tanh(z) = tanh(${formatNumber(z, 3)})`);
  });

  it('shows per-layer norms and the selected neuron only in its compact form', () => {
    const { chart } = testNetwork();
    const norms = [0, 1, 2].map((l) => ({
      name: `layers.${l}.weight`,
      shape: [2, 2],
      values: [],
      grads: [],
      norm: 1.5 + l,
      gradNorm: 0.01 * (l + 1),
    }));
    const { lastFrame } = render(
      <NetworkPanel net={chart} selection={FIRST_SELECTION} params={norms} form="compact" width={79} height={8} />,
    );
    const lines = plain(lastFrame()).split('\n');
    expect(lines).toHaveLength(8);
    // the frame's top, the title, then the rows
    expect(lines[2]).toMatch(/▸L1 +4 tanh +‖W‖ 1\.5 +‖∇W‖ 0\.01/);
    expect(lines[4]).toMatch(/L3 +1 sigmoid +‖W‖ 3\.5 +‖∇W‖ 0\.03/);
    expect(lines[5]).toMatch(/▸ L1 neuron 1, sample 1\/20: z = \S+, a = \S+/);
    expect(lines[6]).toMatch(/│ w \S+ \S+ {2}b \S+/);
    expect(lines.join('\n')).not.toContain('▀');
    for (const line of lines) expect(cols(line)).toBe(79);
  });
});

describe('the network panel’s input names', () => {
  it('cut long names at the end, in the middle when that leaves two alike, and number them when even that does', () => {
    expect(inputLabels(['rooms', 'area_m2', 'distance_km'])).toEqual(['rooms', 'area_m2', 'distanc…']);
    expect(inputLabels(['weight_kg', 'height_cm', 'weight_kg²', 'weight_kg·height_cm'])).toEqual([
      'weig…_kg',
      'heig…_cm',
      'weig…kg²',
      'weig…_cm',
    ]);
    expect(inputLabels(['temperature_a_min', 'temperature_b_min'])).toEqual(['1:tempe…', '2:tempe…']);
  });
});
