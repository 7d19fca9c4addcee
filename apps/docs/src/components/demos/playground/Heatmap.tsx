import { useEffect, useRef } from 'react';

/** Props of Heatmap. */
export interface HeatmapProps {
  /** One value per cell of a g × g grid, row 0 at the top; `stride` values per cell, the heatmap reads `column`. */
  values: Float64Array;
  gridSize: number;
  stride?: number;
  column?: number;
  /** Values mapped to full colour: [-range, range] (0 is white); by default the largest |value| on the grid. */
  range?: number;
  /** The value drawn white (0.5 for a probability). @default 0 */
  centre?: number;
  /** Show only the side of the centre (full colour either side). */
  discrete?: boolean;
  /** Pixels on screen. */
  size: number;
}

// orange for negative, blue for positive, as the class colours of the decision map
const NEGATIVE = [224, 123, 0];
const POSITIVE = [31, 119, 208];

/** One neuron's output over the plane as a small square picture, orange below 0 and blue above. */
export function Heatmap(props: HeatmapProps) {
  const { values, gridSize: g, stride = 1, column = 0, range, centre = 0, discrete = false, size } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    let max = range ?? 0;
    if (range === undefined)
      for (let c = 0; c < g * g; c++) max = Math.max(max, Math.abs(values[c * stride + column]! - centre));
    const image = ctx.createImageData(g, g);
    for (let c = 0; c < g * g; c++) {
      const v = values[c * stride + column]! - centre;
      const t = max > 0 ? Math.max(-1, Math.min(1, v / max)) : 0;
      const strength = discrete ? (t === 0 ? 0 : 1) : Math.abs(t);
      const [r, gg, b] = t < 0 ? NEGATIVE : POSITIVE;
      image.data.set([r!, gg!, b!, Math.round(255 * (0.08 + 0.92 * strength))], c * 4);
    }
    ctx.putImageData(image, 0, 0);
  });
  return (
    <canvas
      ref={canvas}
      width={g}
      height={g}
      data-testid="neuron-heatmap"
      style={{ width: size, height: size, imageRendering: 'pixelated', display: 'block' }}
    />
  );
}
