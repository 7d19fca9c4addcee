import { describe, expect, it } from 'vitest';
import { ModelFileError } from '../errors.js';
import { phrase, phraseError, phraseOf } from './phrase.js';

const BOOK = {
  onlyFor: (flag: string, kinds: readonly string[]) => `${flag} applies to ${kinds.join(' and ')} only.`,
  leaveOut: () => 'Leave it out.',
};

describe('phrase', () => {
  it('keeps the key and the values beside the English the book gives for them', () => {
    expect(phrase(BOOK, 'onlyFor', '--hidden', ['mlp'])).toEqual({
      key: 'onlyFor',
      values: ['--hidden', ['mlp']],
      text: '--hidden applies to mlp only.',
    });
  });
});

describe('phraseError and phraseOf', () => {
  it('make an error that reads as its English and carries the sentence as data', () => {
    const p = phrase(BOOK, 'leaveOut');
    const error = phraseError(RangeError, p);
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe('Leave it out.');
    expect(phraseOf(error)).toEqual(p);
    // not a property of the plain error it prints as
    expect(Object.keys(error)).toEqual([]);
  });

  it('find the sentence of a model-file error, and none on an error made any other way', () => {
    const p = phrase(BOOK, 'leaveOut');
    expect(phraseOf(new ModelFileError(p, 'format'))).toEqual(p);
    expect(phraseOf(new RangeError('Leave it out.'))).toBeUndefined();
    expect(phraseOf('Leave it out.')).toBeUndefined();
  });
});
