/** What a number field refused, for its message: the English line is core's rule message, word for word. */
export interface FieldProblem {
  /** core's message (`learning rate must be a number from 1e-8 to 1, got "abc".`), the English wording. */
  readonly english: string;
  readonly label: string;
  /** The text as typed, quoted as core shows it. */
  readonly got: string;
  readonly integer: boolean;
  readonly min?: string;
  readonly max?: string;
  /** Advice the field's owner passes, already in the page's language. */
  readonly hint?: string;
}

/** Words every demo shares: the run buttons, readouts, verdicts, the charts' titles and the number fields' messages. */
export const common = {
  train: 'Train',
  pause: 'Pause',
  step: 'Step',
  reset: 'Reset',
  takeThisStep: 'Take this step',
  learningRate: 'learning rate',
  epochs: 'epochs',
  /** Before an epoch number in a readout: `epoch 12`. */
  epoch: 'epoch',
  /** Between a count and its total: `epoch 12 of 5000`. */
  of: 'of',
  /** Before a learning rate in a readout: `lr 1e-4`. */
  lr: 'lr',
  sample: 'sample',
  beforeTraining: 'before training',
  trainingLoss: 'training loss (MSE)',
  bothStartAt: 'both start at',
  allStartAt: 'all start at',
  /** What a learning rate does within the tutorial's epochs (see lib/landscape's rateVerdict). */
  verdict: { crawls: 'crawls', converges: 'converges', diverges: 'diverges' },
  // charts
  lossCurve: 'Loss curve',
  lossAxis: 'loss (log scale)',
  weightW: 'weight w',
  biasB: 'bias b',
  landscape: 'Loss landscape: contours of the mean squared error over w and b, with the descent path',
  contourAtLeast: (level: string) => `MSE ≥ ${level}`,
  optimum: 'the least-squares optimum',
  startPoint: 'start point: drag it, or focus it and use the arrow keys',
  chartOf: (y: string, x: string, lines: string) => `${y} against ${x}: ${lines}`,
  decisionMap:
    'Decision map: the colour shows the class the network predicts; dots are training points, rings test points',
  /** The names of the columns a demo plots (the data names them in English). */
  columns: { celsius: 'celsius', fahrenheit: 'fahrenheit' } as Record<string, string>,
  fieldProblem: (p: FieldProblem) => p.english,
};
