import { describe, expect, it } from 'vitest';
import { seriesSplit } from './series-split.js';

describe('seriesSplit', () => {
  it('reads the split the writers name: a prefix or a suffix, joined by _ / . or -', () => {
    expect(seriesSplit('val_loss')).toEqual({ metric: 'loss', split: 'val' }); // Keras
    expect(seriesSplit('train_loss')).toEqual({ metric: 'loss', split: null }); // Lightning
    expect(seriesSplit('test_accuracy')).toEqual({ metric: 'accuracy', split: 'test' }); // neuronlab
    expect(seriesSplit('Loss/validation')).toEqual({ metric: 'Loss', split: 'val' }); // a SummaryWriter tag
    expect(seriesSplit('Train/Loss')).toEqual({ metric: 'Loss', split: null });
    expect(seriesSplit('acc.valid')).toEqual({ metric: 'acc', split: 'val' });
  });

  it('leaves a series without a split word whole, even when it holds one inside a word', () => {
    expect(seriesSplit('loss')).toEqual({ metric: 'loss', split: null });
    expect(seriesSplit('grad_norm')).toEqual({ metric: 'grad_norm', split: null });
    expect(seriesSplit('trainer_lr')).toEqual({ metric: 'trainer_lr', split: null });
    expect(seriesSplit('val')).toEqual({ metric: 'val', split: null });
    expect(seriesSplit('_val')).toEqual({ metric: '_val', split: null });
  });
});
