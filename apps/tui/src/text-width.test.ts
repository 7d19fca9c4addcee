import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { padCell } from './format.js';
import {
  displayCells,
  displayWidth,
  padEndToWidth,
  padStartToWidth,
  sliceToWidth,
  truncateMiddleToWidth,
  truncateToWidth,
  wrapLine,
  wrapToWidth,
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

  it('cuts a text in the middle, keeping its start and its end, inside the width', () => {
    expect(truncateMiddleToWidth('weight_kg²', 8)).toBe('weig…kg²');
    expect(truncateMiddleToWidth('weight_kg', 8)).toBe('weig…_kg');
    expect(truncateMiddleToWidth('short', 8)).toBe('short');
    const wide = truncateMiddleToWidth('最低気温と最高気温', 8);
    expect(displayWidth(wide)).toBeLessThanOrEqual(8);
    expect(wide.endsWith('温')).toBe(true);
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

describe('wrapToWidth', () => {
  it('breaks at spaces, keeping every line within the width and every word whole', () => {
    const text = 'the loss diverged at epoch 20 with learning rate 0.0013; use a rate below 0.0012.';
    const lines = wrapToWidth(text, 24);
    expect(lines.every((l) => displayWidth(l) <= 24)).toBe(true);
    expect(lines.join(' ')).toBe(text);
    expect(lines.length).toBeGreaterThan(3);
  });

  it('breaks text without spaces (Japanese) and a word wider than a line between characters', () => {
    const ja = 'このデータでのフルバッチ勾配降下法の安定な学習率の上限は0.0012です。';
    const lines = wrapToWidth(ja, 20);
    expect(lines.every((l) => displayWidth(l) <= 20)).toBe(true);
    expect(lines.join('')).toBe(ja);
    expect(wrapToWidth('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('keeps at most maxLines, the last one cut with …', () => {
    const lines = wrapToWidth('one two three four five six seven eight nine ten', 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(displayWidth(lines[1]!)).toBeLessThanOrEqual(9);
    expect(wrapToWidth('fits', 9, 2)).toEqual(['fits']);
  });
});

describe('wrapLine', () => {
  it('breaks English at spaces only, each line within the width, the break taking its spaces', () => {
    const text = 'go on from a saved model, and its recipe for the flags left out';
    const lines = wrapLine(text, 20);
    expect(lines).toEqual(['go on from a saved', 'model, and its', 'recipe for the flags', 'left out']);
    // a word wider than the line stays whole, as commander leaves it
    expect(wrapLine('a supercalifragilistic word', 10)).toEqual(['a', 'supercalifragilistic', 'word']);
    expect(wrapLine('', 10)).toEqual(['']);
  });

  it('breaks Japanese between characters to fill each line, never before 、 。 a small kana or ー', () => {
    const lines = wrapLine('モデルを学習させ、学ぶようすを見る (既定はチュートリアル)', 16);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(16);
    // nothing lost but the spaces a break takes
    expect(lines.join('').replaceAll(' ', '')).toBe('モデルを学習させ、学ぶようすを見る(既定はチュートリアル)');
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[、。ーァィゥェォッャュョ]/);
    // full lines: a break comes only where the next character does not fit
    expect(displayWidth(lines[0]!)).toBeGreaterThanOrEqual(14);
    // ASCII words inside Japanese stay whole
    expect(wrapLine('値を --normalize で標準化する', 12).some((l) => l.includes('--normalize'))).toBe(true);
  });

  it('never ends a line with an opening bracket or begins one with a closing mark, ASCII or Japanese', () => {
    const text = '生成器の代わりに使う (既定 celsius)、初期値 (既定: シードから決める)。「チュートリアル」(sgd)';
    for (let width = 8; width <= 40; width++) {
      const lines = wrapLine(text, width);
      expect(lines.join('').replaceAll(' ', ''), `width ${width}`).toBe(text.replaceAll(' ', ''));
      for (const line of lines) expect(line, `width ${width}: ${JSON.stringify(lines)}`).not.toMatch(/[(（「『【[]$/);
      for (const line of lines.slice(1))
        expect(line, `width ${width}: ${JSON.stringify(lines)}`).not.toMatch(/^[)）」』】\],.:;!?、。]/);
    }
  });
});
