import { readFileSync } from 'node:fs';
import { datasets } from '@neuronlab/data';
import { describe, expect, it } from 'vitest';
import { CLASS_VARS } from './class-colours';

const css = readFileSync(new URL('../styles/demos.css', import.meta.url), 'utf8');

/** The `--name: #rrggbb` values of the first rule whose selector is `selector`. */
function themeColours(selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  const body = css.slice(start, css.indexOf('}', start));
  return new Map([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1]!, m[2]!]));
}

/** CIE L*a*b* of an sRGB colour (D65), for a distance that follows what the eye tells apart. */
function lab(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.slice(1), 16);
  const lin = [(v >> 16) & 255, (v >> 8) & 255, v & 255].map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const [r, g, b] = lin;
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116));
  const [fx, fy, fz] = xyz as [number, number, number];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const distance = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));

describe('the colours of a decision map’s classes', () => {
  it('give every class a dataset may have its own colour', () => {
    const most = Math.max(
      ...Object.values(datasets).map((g) => {
        const classes = (g.options as Record<string, { max?: number }>).classes;
        return classes?.max ?? 2;
      }),
    );
    expect(most).toBeGreaterThanOrEqual(3);
    expect(CLASS_VARS.length).toBeGreaterThanOrEqual(most);
  });

  for (const [theme, selector] of [
    ['light', ':root'],
    ['dark', ':root[data-theme="dark"]'],
  ] as const) {
    it(`sets each class apart from every other in the ${theme} theme`, () => {
      const colours = themeColours(selector);
      const hexes = CLASS_VARS.map((v) => colours.get(v));
      expect(hexes.every((h) => h !== undefined)).toBe(true);
      const closest = Math.min(...hexes.flatMap((a, i) => hexes.slice(i + 1).map((b) => distance(a!, b!))));
      expect(closest).toBeGreaterThan(25);
    });
  }
});
