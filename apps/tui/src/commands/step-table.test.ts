import { describe, expect, it } from 'vitest';
import { displayWidth } from '../text-width.js';
import { tableLines } from './step-table.js';

const key = { head: 'パラメータ', cells: ['w', 'b'] };

describe('tableLines', () => {
  it('aligns Japanese heads and hatted symbols by the columns a terminal gives them', () => {
    const lines = tableLines(key, [
      { head: '更新前', cells: ['0.5', '-12.25'] },
      { head: 'm̂', cells: ['1', '2'] },
    ]);
    expect(lines).toEqual(['  パラメータ  更新前  m̂', '  w              0.5  1', '  b           -12.25  2']);
    expect(new Set(lines.map(displayWidth))).toEqual(new Set([23]));
  });

  it('splits the columns into another table when the display width passes 80, not the character count', () => {
    // 13 characters but 26 columns a head: three fit in 80 by characters, two by display width
    const wide = { head: '更新後の値更新後の値更新後', cells: ['1', '2'] };
    const lines = tableLines(key, [wide, wide, wide]);
    expect(lines.filter((l) => l === '')).toHaveLength(1);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });
});
