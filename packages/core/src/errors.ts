import type { Phrase } from './check/phrase.js';

/** Thrown when tensor or array shapes do not fit together; the message names the op and both shapes. */
export class ShapeError extends Error {
  override name = 'ShapeError';
}

/** Thrown when training stops because the loss became non-finite or grew without bound. */
export class DivergenceError extends Error {
  override name = 'DivergenceError';
  constructor(
    message: string,
    /** The epoch (1-based) at which divergence was detected. */
    readonly epoch: number,
    /** The learning rate in use. */
    readonly lr: number,
    /** The largest stable learning rate, when it is known for this model and data. */
    readonly stableLimit: number | null,
  ) {
    super(message);
  }
}

/** Thrown when a model file is malformed; the message names the field (`parameters.w`). */
export class ModelFileError extends Error {
  override name = 'ModelFileError';
  constructor(
    /** The message as a sentence of core's phrase book, for a front end to word (see phraseOf). */
    readonly phrase: Phrase,
    /** Dotted path of the offending field, or '' for the whole file. */
    readonly field: string,
  ) {
    super(phrase.text);
  }
}
