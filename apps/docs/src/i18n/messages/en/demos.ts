import type { ReactNode } from 'react';
import { rich } from '../../rich';

/** What stopped a run that diverged: core's English line and the facts it is made of, formatted. */
export interface Stop {
  /** core's message without its `train: ` prefix, the English wording. */
  readonly english: string;
  readonly epoch: string;
  readonly lr: string;
  /** The largest stable learning rate, when known. */
  readonly limit: string | null;
  /** True when the rate was at or above that limit. */
  readonly aboveLimit: boolean;
}

/** Numbers of one stage, each already a node (usually a <code>) to place in the sentence. */
type Nodes<K extends string> = Record<K, ReactNode>;

/** The demos' words in English, one section per demo. */
export const demos = {
  neuronChart: {
    trueRelation: 'true relation',
    trueRelationIs: (formula: string) => `true relation ${formula}`,
    neuron: 'neuron',
    neuronNow: 'the neuron now',
    afterEpochs: (n: string) => `after ${n} epochs`,
    learned: 'learned:',
    stopped: (s: Stop) => `stopped: ${s.english}`,
  },
  stepByHand: {
    iteration: 'iteration',
    sample: (p: Nodes<'x' | 'ux' | 'y' | 'uy' | 'w' | 'b'>) =>
      rich` x = ${p.x} ${p.ux}, target y = ${p.y} ${p.uy}. The neuron has w = ${p.w}, b = ${p.b}.`,
    forwardTitle: 'Forward.',
    loss: (p: Nodes<'out' | 'y' | 'squaredError' | 'share' | 'n' | 'loss'>) =>
      rich` This sample's squared error is (out − y)² = (${p.out} − ${p.y})² = ${p.squaredError}; it adds ${p.share} to the mean. Over all ${p.n} samples, L = ${p.loss}.`,
    dOut: (p: Nodes<'out' | 'y' | 'n' | 'dOut' | 'direction'>) =>
      rich` 2(out − y)/N = 2 × (${p.out} − ${p.y}) / ${p.n} = ${p.dOut}. The sign says the output should ${p.direction}.`,
    grow: 'grow',
    shrink: 'shrink',
    gradsTitle: '∂L/∂w and ∂L/∂b.',
    grads: (p: Nodes<'dwShare' | 'dbShare' | 'n' | 'dw' | 'db'>) =>
      rich` This sample contributes ∂L/∂out · x = ${p.dwShare} to ∂L/∂w and ∂L/∂out · 1 = ${p.dbShare} to ∂L/∂b. Summed over all ${p.n} samples: ∂L/∂w = ${p.dw}, ∂L/∂b = ${p.db}.`,
    update: (p: Nodes<'lr' | 'w' | 'dw' | 'wNext' | 'b' | 'db' | 'bNext'>) =>
      rich` with learning rate ${p.lr}: w ← ${p.w} − ${p.lr} × ${p.dw} = ${p.wNext}, b ← ${p.b} − ${p.lr} × ${p.db} = ${p.bNext}.`,
  },
  /** The titles of a worked step's stages, shared by the neuron's and the network's step demos. */
  stage: { sample: 'Sample.', loss: 'Loss.', update: 'Update' },
  landscape: {
    standardizedInputs: 'standardized inputs',
    optimizer: 'optimizer',
    gradientDescentSgd: 'gradient descent (sgd)',
    adam: 'Adam',
    gradientDescent: 'gradient descent',
    pathOf: (optimizer: string) => `${optimizer} path`,
    stableLimit: 'stable limit',
    thisRate: 'this rate',
    crawlsSlowly: 'crawls (converges slowly)',
    adamNote:
      "Adam divides each step by the gradient's recent size, so w and b move at about the same pace and the stable limit of plain gradient descent does not apply.",
    weightStandardized: "weight w' (standardized x)",
    biasStandardized: "bias b'",
    diverged: 'diverged',
  },
  gradientCheck: {
    correct: 'correct: Σ ∂L/∂outᵢ · xᵢ',
    mistake: "tutorial's code: Σ ∂L/∂outᵢ · outᵢ",
    param: 'param',
    backward: 'backward',
    numeric: 'numeric',
    relError: 'rel. error',
    passed: 'gradient check passed',
    failed: 'gradient check FAILED',
  },
  compareRates: {
    ruler: 'The five rates and the stable limit',
    stableLimit: 'stable limit',
    legend: (rate: string, verdict: string) => `lr ${rate} (${verdict})`,
    lossOfRuns: 'Loss of the five runs',
    lossMse: 'loss (MSE)',
    verdict: 'verdict',
    divergedAt: (epoch: string) => `diverged at epoch ${epoch}`,
  },
  followUp: {
    hiddenActivation: 'hidden activation',
    linear: 'linear (the tutorial’s)',
    tanh: 'tanh',
    stepAfter: (epochs: ReactNode) => rich`step after ${epochs} epochs`,
    trainToEnd: 'Train to the end',
    paramsNow: 'The 7 parameters now:',
    oneLine: ': one straight line, however the 7 numbers are spread.',
    noFormula:
      'With tanh there is no such formula: F = v₁·tanh(w₁·C + b₁) + v₂·tanh(w₂·C + b₂) + c bends, and flattens where tanh saturates. The curve above is no longer a line.',
    chart: (y: string, x: string) => `The network's output in ${y} against ${x}`,
    sample: (p: Nodes<'C' | 'ux' | 'F' | 'uy'>) => rich` C = ${p.C} ${p.ux}, target F = ${p.F} ${p.uy}.`,
    forwardHidden: 'Forward, hidden layer.',
    forwardOutput: 'Forward, output.',
    loss: (p: Nodes<'n' | 'loss'>) => rich` Over all ${p.n} samples, L = Σ(F̂ − F)²/N = ${p.loss}.`,
    dOut: (p: Nodes<'out' | 'F' | 'n' | 'dOut' | 'dc' | 'dv1' | 'dv2'>) =>
      rich` 2(F̂ − F)/N = 2 × (${p.out} − ${p.F}) / ${p.n} = ${p.dOut}. Summed over the batch it is ∂L/∂c = ${p.dc}, and times each hidden output ∂L/∂v₁ = Σ ∂L/∂F̂·h₁ = ${p.dv1}, ∂L/∂v₂ = Σ ∂L/∂F̂·h₂ = ${p.dv2}.`,
    chainRule: 'One layer further back, by the chain rule.',
    throughTanh: (p: Nodes<'j' | 'dz'>) => rich`; through tanh, ∂L/∂z${p.j} = ∂L/∂h${p.j} · (1 − h${p.j}²) = ${p.dz}`,
    summed: (p: Nodes<'j' | 'via' | 'dw' | 'db'>) =>
      rich`. Summed over the batch: ∂L/∂w${p.j} = Σ ∂L/∂${p.via}${p.j}·C = ${p.dw}, ∂L/∂b${p.j} = Σ ∂L/∂${p.via}${p.j} = ${p.db}.`,
    update: (lr: string) => ` with learning rate ${lr}: every parameter moves by lr × its gradient.`,
    parameter: 'parameter',
    before: 'before',
    after: 'after',
  },
};
