import type { Stop } from './demos';

/** The playground's words in English: its controls, readouts, network view, neuron detail, CSV upload and downloads. */
export const playground = {
  // the recipe's controls
  dataset: 'dataset',
  noise: 'noise',
  testRatio: 'test ratio',
  seed: 'seed',
  hiddenLayers: 'hidden layers',
  removeLayer: 'remove a hidden layer',
  addLayer: 'add a hidden layer',
  layerNeurons: (layer: string) => `layer ${layer} neurons`,
  activation: 'activation',
  perLayer: 'per layer',
  layerActivation: (layer: string) => `layer ${layer} activation`,
  optimizer: 'optimizer',
  learningRate: 'learning rate',
  batchSize: 'batch size',
  fullBatch: 'full',
  regularization: 'regularization',
  penaltyNone: 'none',
  penaltyRate: 'penalty rate',
  epochs: 'epochs',

  // the toolbar and the readout
  speed: 'speed (epochs/s)',
  speedMax: 'max',
  showTest: 'show test data',
  discretize: 'discretize output',
  epochOf: { before: 'epoch', after: (total: string) => `of ${total}` },
  trainLoss: 'train loss',
  testLoss: 'test loss',
  trainAccuracy: (percent: string) => `train accuracy ${percent}`,
  testAccuracy: (percent: string) => `test accuracy ${percent}`,
  changedLive: (epoch: string) => `Changed live at epoch ${epoch}: training goes on from the current weights.`,
  restarted: 'The data or the network changed: the run starts again at epoch 0.',
  /** The engine's reason a recipe cannot start (a split that leaves a set empty, say), worded as the CLI does. */
  cannotStart: (why: string) => why,
  /** The link's added points could not be read: the reader's own reason. */
  badPoints: (why: string) => why,
  /** A run that diverged: the trainer's own line, as it has always read. */
  stopped: (s: Stop) => `train: ${s.english}`,
  dead:
    'Dead network: every ReLU of a layer outputs 0 for every training point, so no gradient flows back and it ' +
    'cannot learn. Try another seed, a smaller learning rate or tanh.',
  linkDropped: (count: number, list: string) =>
    `The link had ${count} setting${count === 1 ? '' : 's'} that could not be used, left at the default: ${list} The other settings were kept.`,
  steered:
    'This run was changed while it trained, so the command replays the recipe as it now reads from epoch 0, not ' +
    'this run.',
  finalLoss: 'final train loss, every digit:',
  finalTestLoss: ', test loss',

  // the map and the loss curve
  caption: (inputs: string) =>
    `Inputs ${inputs}. Each square is a neuron’s output over the plane (blue above 0, orange below; the output’s is ` +
    'the decision map); edges are blue for positive weights, orange for negative, thicker for larger |w|; b is the ' +
    'bias. The numbers above are for the chosen point.',
  clickAdds: 'a click on the map adds',
  clickAddsNothing: 'nothing',
  pointOfClass: (k: string) => `a point of class ${k}`,
  removeAdded: 'Remove added points',
  addedShared: (count: number) =>
    `${count} added point${count === 1 ? '' : 's'}: part of this run and of the link, but not of the CLI command.`,
  addedNotShared: (count: number, max: string) =>
    `${count} added point${count === 1 ? '' : 's'}: part of this run, but more than the ${max} a link carries, so ` +
    'neither the link nor the CLI command has them: this run cannot be shared.',
  trainingLoss: 'training loss',
  testLossSeries: 'test loss',
  lossCurve: 'Loss curve',

  // the chosen point of the neuron detail
  point: 'point',
  previousPoint: 'previous training point',
  nextPoint: 'next training point',
  pointIndex: 'training point number',
  chosenPoint: (index: string, total: string, x1: string, x2: string, cls: string) =>
    `training point ${index} of ${total}: (${x1}, ${x2}), class ${cls}`,
  chooseHint: 'A click on the map (while it adds nothing) chooses the training point nearest to it.',
  chosenMarker: 'the chosen point',

  // the network view
  networkHelp:
    'Tab to the network, then the arrow keys move between its neurons and edges (Home and End jump to the first ' +
    'and last); the detail below shows the numbers of the one in focus.',
  networkLabel: 'The network: inputs, neurons and the edges between them',
  edgesTitle: 'The weights between the layers',
  inputUsed: (name: string) => `input ${name}: used, press to remove`,
  inputUnused: (name: string) => `input ${name}: not used, press to add`,
  neuronLabel: (where: string, unit: string, bias: string) => `${where} neuron ${unit}, bias ${bias}: show its numbers`,
  edgeLabel: (from: string, unit: string, where: string) => `weight from ${from} to neuron ${unit} of ${where}`,
  output: 'output',
  layer: (n: string) => `layer ${n}`,
  outputLayer: 'the output layer',
  hiddenUnit: (unit: string, layer: string) => `a${unit} of layer ${layer}`,
  neuronUnit: (unit: string, layer: string) => `neuron ${unit} of layer ${layer}`,

  // the detail of a neuron or an edge
  detailIdle: 'Point at a neuron or an edge (or tab to a neuron) to see its numbers.',
  edgeTitle: (from: string, where: string, unit: string) => `edge ${from} → ${where} neuron ${unit}`,
  edgeWeight: 'weight w =',
  edgeGradient: '· gradient ∂L/∂w =',
  lastStep: '(last step)',
  edgeDelta: '· last update Δw =',
  lastEpoch: '(over the last epoch)',
  neuronTitle: (where: string, unit: string, x1: string, x2: string) =>
    `${where} neuron ${unit}, at the point (${x1}, ${x2})`,
  inputs: 'inputs:',
  asModelSees: ' (as the model sees them)',
  softmaxNote: ' (softmax over the layer’s z values)',
  biasValue: 'bias b =',
  biasGradient: '· gradient ∂L/∂b =',
  biasGradientNote: '(the last step’s mean ∂L/∂z over its batch)',

  // sharing and downloads
  copyCommand: 'Copy as CLI command',
  copied: 'copied',
  copyFailed: 'the browser refused; select the text instead',
  downloadModel: 'Download the trained model:',
  modelFile: 'neuronlab model',
  onnx: 'ONNX',
  jsFunction: 'JavaScript function',
  downloadFailed: (format: string, detail: string) => `${format}: ${detail}`,

  // a CSV file of the reader's own
  csvSummary: 'Train on your own CSV file',
  csvDrop: 'Drop a CSV file here, or pick one:',
  csvFeature1: 'feature 1',
  csvFeature2: 'feature 2',
  csvClassColumn: 'class column',
  csvClasses: 'classes',
  csvBinary: 'two classes (0/1)',
  csvMulticlass: 'several classes (labels)',
  csvUse: 'Use this file',
  csvReading: (file: string) => `reading ${file}…`,
  csvTraining: (file: string, rows: string) => `training on ${file}: ${rows} rows`,
  csvTooManyClasses: (file: string, y: string, count: string, most: string) =>
    `${file}: the class column ${y} holds at least ${count} different labels, and the map tells ${most} classes apart. Pick a column of class labels, or train on the file with neuronlab train --data, which also fits a number column (regression).`,
  csvSameColumns: (file: string, features: string, y: string) =>
    `${file}: the two feature columns and the class column must be three different columns, got ${features} and ${y}. Pick another column.`,
  csvNote: {
    before: 'The file is read in this page, checked by the same reader as',
    middle:
      ', and never uploaded. It is not part of the page address: a shared link cannot carry it, and the copied ' +
      'command names it with',
    after: ', so the other person needs the file too.',
  },
};
