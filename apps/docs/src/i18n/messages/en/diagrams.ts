/** The diagrams' and the reference pages' words in English. */
export const diagrams = {
  neuron: {
    title: 'A single neuron: x is multiplied by w, b is added, and the sum is the output',
    params: '2 parameters: w and b',
    caption: 'The whole network: one input, one neuron, one output, and two numbers to learn.',
  },
  dependency: {
    title:
      'Dependency graph: w and b feed each output out_i, and every output feeds the loss L; gradients flow back from L to the outputs and then to w and b',
    sumW: '· xᵢ, summed → ∂L/∂w',
    sumB: '· 1, summed → ∂L/∂b',
    caption:
      'Solid arrows: what the forward pass computes from what. Dashed arrows: the order in which the gradients are found — the loss first, the parameters last.',
  },
  computation: {
    title:
      'Computation graph of a two-layer network: x, then W1 x + b1, tanh, W2 h + b2, and the MSE loss L; the backward pass starts at L with gradient 1 and walks the same nodes in reverse',
    directions: 'forward: left to right, recording each node · backward: right to left, multiplying local derivatives',
    caption:
      'What autodiff records for a network with one hidden layer, and the reverse walk that yields every gradient.',
  },
  /** The accessible name of a command's help text; the text itself is the CLI's own output and stays as printed. */
  cliHelp: (command: string) => command,
  catalog: {
    option: 'option',
    kind: 'kind',
    default: 'default',
    range: 'range',
    meaning: 'meaning',
    /** A generator's task and an option's kind as @neuronlab/data names them. */
    words: {
      regression: 'regression',
      binary: 'binary',
      multiclass: 'multiclass',
      number: 'number',
      integer: 'integer',
    } as Record<string, string>,
    /**
     * A generator's description (`celsius`) or an option's (`celsius.start`), given the package's English one: English
     * pages show the package's words as they are.
     */
    describe: (_key: string, english: string) => english,
  },
  preview: {
    oneFeature: (name: string, n: string) => `${name}: ${n} samples, target against x`,
    twoFeatures: (name: string, n: string) => `${name}: ${n} samples, x2 against x1, coloured by target`,
  },
};
