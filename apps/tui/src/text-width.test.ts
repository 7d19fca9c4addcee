import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { padCell } from './format.js';
import {
  displayCells,
  displayWidth,
  padEndToWidth,
  padStartToWidth,
  sliceToWidth,
  truncateToWidth,
} from './text-width.js';

describe('displayWidth', () => {
  it('counts East Asian Wide characters as two columns and ASCII as one', () => {
    expect(displayWidth('loss')).toBe(4);
    expect(displayWidth('損失')).toBe(4);
    expect(displayWidth('学習率 lr')).toBe(9);
  });

  it('counts the dashboard symbols as one column, as terminals draw them', () => {
    expect(displayWidth('━ ╌ ● ° ‖∇‖ ∂L/∂w')).toBe(17);
  });
});

describe('width-aware padding', () => {
  it('pads Japanese to a display width, not a character count', () => {
    expect(padEndToWidth('損失', 6)).toBe('損失  ');
    expect(padStartToWidth('損失', 6)).toBe('  損失');
    expect(displayWidth(padEndToWidth('重み w', 10))).toBe(10);
  });

  it('leaves text that is already as wide unchanged', () => {
    expect(padEndToWidth('エポック', 3)).toBe('エポック');
  });
});

describe('width-aware truncation', () => {
  it('cuts to the columns and never splits a wide character', () => {
    expect(sliceToWidth('学習率', 5)).toBe('学習');
    expect(displayWidth(sliceToWidth('学習率', 5))).toBe(4);
    expect(sliceToWidth('a学習', 2)).toBe('a');
  });

  it('ends a cut text with an ellipsis inside the width', () => {
    const cut = truncateToWidth('一時停止中です', 8);
    expect(cut).toBe('一時停…');
    expect(displayWidth(cut)).toBeLessThanOrEqual(8);
    expect(truncateToWidth('short', 8)).toBe('short');
  });

  it('keeps a grapheme with a combining mark whole', () => {
    expect(sliceToWidth('e\u0301x', 1)).toBe('e\u0301');
  });
});

describe('padCell', () => {
  it('fills a cell to exactly its display width with Japanese text', () => {
    for (const w of [1, 2, 5, 6, 7, 12]) {
      const text = padCell(' · 回帰 (100 サンプル) · 学習率', w);
      expect(displayWidth(text)).toBe(w);
    }
  });
});

describe('displayCells', () => {
  it('splits text into the graphemes and widths the segmenter gives, on the quick path and the slow one alike', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const reference = (text: string) =>
      Array.from(segmenter.segment(text), ({ segment }) => ({ text: segment, width: stringWidth(segment) }));
    for (const text of [
      'x1  0.672 ▸▀▀▀▀ ██ -0.996',
      'エポック 40/100 · 学習率 1e-4',
      'e\u0301x',
      '👍🏽 ok',
      'ｱｲｳ half-width kana',
      'a\r\nb',
      '',
    ]) {
      expect(displayCells(text)).toEqual(reference(text));
    }
  });
});
