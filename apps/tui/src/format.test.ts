import { describe, expect, it } from 'vitest';
import { formatDuration, padCell, progressBar } from './format.js';

describe('durations, bars and cells', () => {
  it('writes durations at a readable precision', () => {
    expect(formatDuration(850)).toBe('850ms');
    expect(formatDuration(4210)).toBe('4.2s');
    expect(formatDuration(185_000)).toBe('3m 05s');
    expect(formatDuration(3_720_000)).toBe('1h 02m');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('–');
  });

  it('fills a bar proportionally and always to the full width', () => {
    expect(progressBar(0, 10)).toBe('░'.repeat(10));
    expect(progressBar(1, 10)).toBe('█'.repeat(10));
    expect(progressBar(0.55, 10)).toBe(`${'█'.repeat(5)}▌${'░'.repeat(4)}`);
    for (const f of [0.01, 0.33, 0.999]) expect([...progressBar(f, 7)]).toHaveLength(7);
  });

  it('truncates or pads text to the width of a cell', () => {
    expect(padCell('abcdef', 4)).toBe('abc…');
    expect(padCell('ab', 4)).toBe('ab  ');
    expect(padCell('ab', 0)).toBe('');
  });
});
