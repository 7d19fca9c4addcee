/**
 * lab's phrase book (see core's phrase): the English of the recipe checks' hints, of what a recipe value had to be,
 * of the refusals of flags that do not go together, and of advice about a run. Errors carry the key and values; a front end words them from
 * its own table of the same keys.
 */
import { type PhraseBook, showValue } from '@neuronlab/core';

export const LAB_PHRASES = {
  // hints: the fix a bad value's line ends with
  tutorialRate: (rate: number) => `Try ${rate}, the tutorial’s rate.`,
  tryValue: (example: number | string) => `Try ${example}.`,
  wholeOrFull: (example: number) => `Use a whole number such as ${example}, or "full".`,
  holdOut: (ratio: number, percent: number) => `Try ${ratio} to hold out ${percent}% of the samples.`,
  lossSuchAs: (example: number) => `Use a loss such as ${example}.`,
  finiteSuchAs: (example: number) => `Use a finite number such as ${example}.`,
  listDatasets: () => 'Run "neuronlab datasets" to list them.',
  datasetOptions: (dataset: string) => `Run "neuronlab datasets" to see the options of ${dataset}.`,
  widthsExample: (example: string) => `For example ${example}.`,
  optionExample: (example: string) => `For example --option ${example}.`,
  classLabelsExample: (example: string) => `List two or more distinct labels, such as ${example}.`,
  activationsFrom: (names: readonly string[]) =>
    `Give one name for every layer or one per hidden layer, from: ${names.join(', ')}.`,
  leaveOut: () => 'Leave it out.',
  splitSamples: (samples: number) =>
    `With ${samples} samples, any other ratio leaves the training or the test set empty.`,
  useCoreLoss: () => 'Use a loss from core’s losses.',
  readCsvFirst: () => 'Read the file with readCsvFile from @neuronlab/data/node and pass it as overrides.dataset.',

  // what a value had to be, when it is not a number rule or a list of names
  widthList: (most: number) => `a list of 1 to ${most} layer widths`,
  widthText: (most: number) => `1 to ${most} comma-separated layer widths`,
  keyValue: () => 'key=value',
  classLabels: (most: number) => `2 to ${most} distinct class labels`,
  csvOption: () => 'a column name, a task or a list of columns',
  anObject: () => 'an object',
  activationList: () => 'an activation name or a list of them',
  activationCount: (layers: number) => `1 name or ${layers} (one per hidden layer)`,
  oneSampleSplit: () => '0: one sample cannot be split',
  builtInLoss: () => 'a built-in loss',
  neuronOrNetwork: () => 'a Neuron or a NetworkModel',
  csvData: () => 'given the CSV data for a csv recipe',
  valueCount: (count: number) => `${count} values`,
  knownFlags: () => 'given known flags',
  followedByValue: () => 'followed by a value',

  // labels: where a bad value was given, when that is more than a flag or a path
  /** One width of `--hidden 16,,16`: the whole flag value is named, since `got ""` alone would not say which. */
  hiddenWidth: (text: string) => `--hidden (in ${JSON.stringify(text)})`,
  /** The key of a generator option (`--option nosie=1`); `label` names the options (`--option`, a JSON path). */
  optionKey: (label: string) => `${label} key`,

  // flags that do not go together, and models that do not fit the data
  /** `kinds` are the models the flag applies to. */
  onlyFor: (flag: string, kinds: readonly string[], given: string) =>
    `${flag} applies to ${kinds.map((k) => `--model ${k}`).join(' and ')} only, got --model ${given}. ` +
    (kinds.includes('mlp') ? 'Add --model mlp, or leave it out.' : 'Leave it out.'),
  optionWithData: () => '--option sets a generator’s options, got it with --data. Leave it out.',
  l1AndL2: (l1: string, l2: string) =>
    `--l1 and --l2 must be used one at a time, got ${showValue(`${l1} and ${l2}`)}. Pick one.`,
  /** The neuron and the follow-up network take one input and give one output, for regression. */
  needsRegression: (kind: string, inputs: number, outputs: number, task: string) =>
    `model ${kind} must be given 1-input 1-output regression data, got ${showValue(`${inputs} input(s), ${outputs} output(s), ${task}`)}. Use --model mlp.`,
  needsMse: (kind: string, loss: string) => `${kind} loss must be mse, got ${showValue(loss)}. Use --model mlp.`,

  // advice about a run that will train, but badly
  /** `largest` is the input farthest from 0 (as formatted), `name` its column. */
  normalizeInputs: (largest: string, name: string) =>
    `hint: inputs reach ${largest} (${name}), far from 0: try --normalize.`,
} satisfies PhraseBook;
