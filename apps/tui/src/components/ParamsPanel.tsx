import type { ParamReport } from '@neuronlab/core';
import type { NormalizerStats } from '@neuronlab/data';
import { type FormulaSymbols, formatFormula, formatNumber, type Line, learnedLine, neuronParams } from '@neuronlab/lab';
import { Box, Text } from 'ink';
import type { Messages } from '../i18n/messages-en.js';
import { useMessages } from '../i18n/use-messages.js';
import { displayWidth, padEndToWidth } from '../text-width.js';
import { Panel } from './Panel.js';

/** Reference points for the neuron: the least-squares optimum and the data's known relation, when it has one. */
export interface NeuronTargets {
  /** The best line through the training data (core's leastSquaresOptimum), or null when unknown. */
  readonly optimum: { readonly w: number; readonly b: number; readonly loss: number } | null;
  /** The relation the data was drawn from, as its dataset states it (celsius: 1.8·C + 32), or null. */
  readonly truth: Line | null;
  /** Symbols for the formula, from the dataset (`C`, `F`). */
  readonly symbols: FormulaSymbols;
  /** How inputs were normalized for training, so the formula can be shown in the data's own units. @default null */
  readonly normalization?: NormalizerStats | null;
}

/** Rows this panel takes on screen, frame included, so the layout can plan for it. */
export function paramsPanelRows(params: readonly ParamReport[], neuron: NeuronTargets | null): number {
  if (neuron) return 3 + 2 + 1 + (neuron.truth ? 1 : 0) + (neuron.optimum ? 1 : 0);
  return 3 + Math.min(params.length, 8);
}

/** How far apart two lines are in (slope, intercept) space. */
function lineDistance(a: Line, b: Line): number {
  return Math.hypot(a.slope - b.slope, a.intercept - b.intercept);
}

/** A row's label, padded so the values after it line up (by display width: labels may be Japanese). */
function labelOf(words: Messages['params'], key: 'learned' | 'truth' | 'optimum'): string {
  const width = Math.max(displayWidth(words.learned), displayWidth(words.truth), displayWidth(words.optimum));
  return padEndToWidth(words[key], Math.max(width + 3, 10));
}

function NeuronParamsView({ params, t }: { params: readonly ParamReport[]; t: NeuronTargets }) {
  const words = useMessages().params;
  const p = neuronParams(params);
  if (!p) return <Text color="gray">{words.waiting}</Text>;
  const here = learnedLine(p.w.value, p.b.value, t.normalization ?? null);
  const g = (x: number) => (x >= 0 ? ' ' : '') + formatNumber(x, 3);
  return (
    <Box flexDirection="column">
      <Text>
        <Text bold>w</Text> = {formatNumber(p.w.value, 6).padEnd(10)} <Text color="gray">∂L/∂w = {g(p.w.grad)}</Text>
      </Text>
      <Text>
        <Text bold>b</Text> = {formatNumber(p.b.value, 6).padEnd(10)} <Text color="gray">∂L/∂b = {g(p.b.grad)}</Text>
      </Text>
      <Text>
        {labelOf(words, 'learned')}
        <Text bold color="green">
          {formatFormula(here, t.symbols)}
        </Text>
      </Text>
      {t.truth ? (
        <Text>
          {labelOf(words, 'truth')}
          {formatFormula(t.truth, t.symbols)}
          <Text color="gray">
            {'   '}
            {words.distanceFrom(`(${formatNumber(t.truth.slope, 6)}, ${formatNumber(t.truth.intercept, 6)})`)}
          </Text>
          {formatNumber(lineDistance(here, t.truth), 3)}
        </Text>
      ) : null}
      {t.optimum ? (
        <Text>
          {labelOf(words, 'optimum')}
          <Text color="gray">
            {words.leastSquares(
              formatNumber(t.optimum.w, 5),
              formatNumber(t.optimum.b, 5),
              formatNumber(t.optimum.loss < 1e-12 ? 0 : t.optimum.loss, 3),
            )}
          </Text>
          {formatNumber(lineDistance(here, { slope: t.optimum.w, intercept: t.optimum.b }), 3)}
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
  const t = useMessages().params;
  return (
    <Panel width={p.width} title={p.neuron ? t.title : t.blocksTitle}>
      {p.neuron ? <NeuronParamsView params={p.params} t={p.neuron} /> : <LayerNorms params={p.params} />}
    </Panel>
  );
}
