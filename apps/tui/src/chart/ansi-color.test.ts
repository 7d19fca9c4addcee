import { describe, expect, it } from 'vitest';
import { ansi16, ansi256, hexColor } from './ansi-color.js';
import { CLASS_COLORS } from './heatmap.js';

describe('hexColor', () => {
  it('sends RGB as it is to a terminal of any colour, and nothing to one of none', () => {
    expect(hexColor('#f59322', false, 24)).toBe('\u001b[38;2;245;147;34m');
    expect(hexColor('#0877bd', true, 24)).toBe('\u001b[48;2;8;119;189m');
    expect(hexColor('#f59322', false, 1)).toBe('');
  });

  it('takes the nearest of the 256 colours: the 6×6×6 cube, or the grey ramp for greys', () => {
    // orange: red 245 → 255 (level 5), green 147 → 135 (2), blue 34 → 0 (0)
    expect(ansi256(245, 147, 34)).toBe(16 + 36 * 5 + 6 * 2);
    expect(ansi256(0, 0, 0)).toBe(16);
    expect(ansi256(255, 255, 255)).toBe(231);
    expect(ansi256(128, 128, 128)).toBe(244);
    expect(ansi256(28, 28, 28)).toBe(234);
    expect(hexColor('#ff0000', false, 8)).toBe('\u001b[38;5;196m');
    expect(hexColor('#808080', true, 8)).toBe('\u001b[48;5;244m');
  });

  it('takes the basic colour of the same hue among 16, bright for a bright colour, so classes keep their colours', () => {
    expect(ansi16(245, 147, 34)).toEqual({ index: 3, bright: true });
    expect(ansi16(8, 119, 189)).toEqual({ index: 6, bright: true });
    expect(ansi16(200, 10, 10)).toEqual({ index: 1, bright: true });
    expect(ansi16(30, 90, 30)).toEqual({ index: 2, bright: false });
    // too little hue to tell: black or white by lightness
    expect(ansi16(28, 28, 28)).toEqual({ index: 0, bright: false });
    expect(ansi16(150, 150, 140)).toEqual({ index: 7, bright: false });
    expect(hexColor('#f59322', false, 4)).toBe('\u001b[93m');
    expect(hexColor('#0877bd', true, 4)).toBe('\u001b[106m');
    // a class's dark region shade keeps its hue but not its brightness, so its points stand out on it
    expect(hexColor('#935d1f', true, 4)).toBe('\u001b[43m');
    // the first classes get colours apart from each other
    const first = CLASS_COLORS.slice(0, 4).map((c) => hexColor(c, false, 4));
    expect(new Set(first).size).toBe(4);
  });
});
