import type { ParamReport } from '@neuronlab/core';
import { Box, Text } from 'ink';
import type { InputScaling } from '../format.js';
import { distance, formatFormula, formatNumber, rawLine } from '../format.js';
import { scalarParam } from '../session/dashboard-state.js';
import { Panel } from './Panel.js';

/** Reference points for the neuron: the least-squares optimum and, for celsius, the exact (1.8, 32). */
export interface NeuronTargets {
  /** The best line through the training data (core's leastSquaresOptimum), or null when unknown. */
  readonly optimum: { readonly w: number; readonly b: number; readonly loss: number } | null;
  /** The true relation, when the data has one (celsius: (1.8, 32)). */
  readonly ideal: readonly [number, number] | null;
  /** Symbols for the formula (`C`, `F`). */
  readonly xSymbol: string;
  readonly ySymbol: string;
  /** How inputs were scaled for training, so the formula can be shown in the data's own units. @default null */
  readonly scaling?: InputScaling | null;
}

/** Rows this panel takes on screen, frame included, so the layout can plan for it. */
export function paramsPanelRows(params: readonly ParamReport[], neuron: NeuronTargets | null): number {
  if (neuron) return 3 + 2 + 1 + (neuron.ideal ? 1 : 0) + (neuron.optimum ? 1 : 0);
  return 3 + Math.min(params.length, 8);
}

function NeuronParams({ params, t }: { params: readonly ParamReport[]; t: NeuronTargets }) {
  const w = scalarParam(params, 'w');
  const b = scalarParam(params, 'b');
  if (!w || !b) return <Text color="gray">waiting for the first step…</Text>;
  const here = rawLine(w.value, b.value, t.scaling ?? null);
  const g = (x: number) => (x >= 0 ? ' ' : '') + formatNumber(x, 3);
  return (
    <Box flexDirection="column">
      <Text>
        <Text bold>w</Text> = {formatNumber(w.value, 6).padEnd(10)} <Text color="gray">∂L/∂w = {g(w.grad)}</Text>
      </Text>
      <Text>
        <Text bold>b</Text> = {formatNumber(b.value, 6).padEnd(10)} <Text color="gray">∂L/∂b = {g(b.grad)}</Text>
      </Text>
      <Text>
        learned{'   '}
        <Text bold color="green">
          {formatFormula(here[0], here[1], t.xSymbol, t.ySymbol)}
        </Text>
      </Text>
      {t.ideal ? (
        <Text>
          true{'      '}
          {formatFormula(t.ideal[0], t.ideal[1], t.xSymbol, t.ySymbol)}
          <Text color="gray">{'   '}distance from (</Text>
          {t.ideal[0]}, {t.ideal[1]}
          <Text color="gray">): </Text>
          {formatNumber(distance(here, t.ideal), 3)}
        </Text>
      ) : null}
      {t.optimum ? (
        <Text>
          optimum{'   '}
          <Text color="gray">least squares w* = </Text>
          {formatNumber(t.optimum.w, 5)}
          <Text color="gray">, b* = </Text>
          {formatNumber(t.optimum.b, 5)}
          <Text color="gray">, loss {formatNumber(t.optimum.loss < 1e-12 ? 0 : t.optimum.loss, 3)}; distance </Text>
          {formatNumber(distance(here, [t.optimum.w, t.optimum.b]), 3)}
        </Text>
      ) : null}
    </Box>
  );
}

function LayerNorms({ params }: { params: readonly ParamReport[] }) {
  const width = Math.max(...params.map((p) => p.name.length));
  return (
    <Box flexDirection="column">
      {params.slice(0, 8).map((p) => (
        <Text key={p.name} wrap="truncate">
          {p.name.padEnd(width)} <Text color="gray">{p.shape.join('×').padEnd(6)}</Text> ‖w‖ ={' '}
          {formatNumber(p.norm, 4).padEnd(9)} <Text color="gray">‖∇‖ = {formatNumber(p.gradNorm, 3)}</Text>
        </Text>
      ))}
    </Box>
  );
}

/** Parameters: the neuron's w and b with gradients and its learned formula, or per-layer norms for a network. */
export function ParamsPanel(p: { params: readonly ParamReport[]; neuron: NeuronTargets | null; width: number }) {
  return (
    <Panel width={p.width} title={p.neuron ? 'parameters' : 'parameters (per block: weight norm, gradient norm)'}>
      {p.neuron ? <NeuronParams params={p.params} t={p.neuron} /> : <LayerNorms params={p.params} />}
    </Panel>
  );
}
