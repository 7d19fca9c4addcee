import { describe, expect, it } from 'vitest';
import { displayWidth } from '../text-width.js';
import { LEGEND_GAP, layoutLegend } from './legend.js';

const more = (n: number) => `+${n} more`;

/** The rows as the screen shows them: items two columns apart, the count of the rest at the end of the last. */
function text(items: readonly string[], width: number, maxRows: number): string[] {
  const { rows, left } = layoutLegend(items, width, maxRows, more);
  const lines = rows.map((r) => r.map((i) => items[i]).join(' '.repeat(LEGEND_GAP)));
  if (left > 0) lines[lines.length - 1] = [lines[lines.length - 1], more(left)].filter((s) => s !== '').join('  ');
  return lines;
}

const runs = Array.from({ length: 8 }, (_, i) => `━ trial-${i + 1}-hidden${i < 4 ? 4 : 8}-lr0.${i + 1}`);

describe('layoutLegend', () => {
  it('puts everything on one row when it fits', () => {
    expect(text(['━ a', '━ bb', '━ c'], 80, 1)).toEqual(['━ a  ━ bb  ━ c']);
  });

  it('breaks between items onto as many rows as it may use, never inside one', () => {
    const lines = text(runs, 80, 3);
    expect(lines).toHaveLength(3);
    expect(lines.join('  ').split('  ')).toEqual(runs);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('says how many items are left out when the rows run out, and shows only whole items beside the count', () => {
    let cut = 0;
    for (const width of [30, 40, 60, 80, 100]) {
      for (const maxRows of [1, 2]) {
        const lines = text(runs, width, maxRows);
        expect(lines.length).toBeLessThanOrEqual(maxRows);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        const shown = lines.join('  ').split('  ');
        if (shown.at(-1)?.startsWith('+')) expect(shown.pop()).toBe(more(runs.length - shown.length));
        else expect(shown).toHaveLength(runs.length);
        expect(shown).toEqual(runs.slice(0, shown.length));
        if (shown.length < runs.length) cut++;
      }
    }
    expect(cut).toBeGreaterThanOrEqual(8);
  });

  it('counts everything when not even one item fits beside the count', () => {
    expect(layoutLegend(['━ a-very-long-run-name'], 20, 1, more)).toEqual({ rows: [[0]], left: 0 });
    expect(layoutLegend(['━ a-very-long-run-name', '━ b'], 12, 1, more)).toEqual({ rows: [[]], left: 2 });
  });

  it('gives an item wider than a row a row of its own', () => {
    expect(layoutLegend(['━ a', '━ a-very-long-run-name', '━ b'], 12, 3, more).rows).toEqual([[0], [1], [2]]);
  });
});
