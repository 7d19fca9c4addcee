import { scaleLinear } from 'd3-scale';
import { useEffect, useMemo, useRef } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { CLASS_VARS } from '../../lib/class-colours';
import type { MapDomain } from '../../lib/playground-run';
import { Axis } from './Axis';
import { DEFAULT_MARGINS, Frame, innerSize } from './Frame';

/** Points of one set (train or test): coordinates and class index per point. */
export interface ClassPoints {
  readonly x: Float64Array;
  readonly classes: Int32Array;
  readonly n: number;
}

/** Props of DecisionMap. */
export interface DecisionMapProps {
  /** The extent drawn along each input, in the data's own units. */
  domain: MapDomain;
  /** The two inputs' names, for the axes (a CSV's column names). @default x1 and x2 */
  inputs?: readonly [string, string];
  /** Class probabilities on a gridSize × gridSize lattice, row 0 at the top, `outputs` columns per cell. */
  field: Float64Array;
  gridSize: number;
  /** 1 for a binary model (probability of class 1), else the number of classes. */
  outputs: number;
  train: ClassPoints;
  test: ClassPoints | null;
  /** Paint every cell at full strength: the predicted class only, not how sure the model is. */
  discretize?: boolean;
  /** Redraw token: the field array is reused, so the parent bumps this after writing it. */
  version: number;
  width?: number;
  height?: number;
}

/** Parses `#rrggbb` into channels; other syntaxes fall back to grey. */
function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return [128, 128, 128];
  const v = Number.parseInt(m[1]!, 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** The colour of class k, read from the theme's CSS custom properties so the map follows light and dark mode. */
function classColours(el: Element, count: number): [number, number, number][] {
  const style = getComputedStyle(el);
  return Array.from({ length: count }, (_, k) => rgb(style.getPropertyValue(CLASS_VARS[k % CLASS_VARS.length]!)));
}

// reading computed styles forces a style pass: the colours are read once per theme and class count, not every frame
let colourCache: { key: string; colours: [number, number, number][] } | null = null;

/** classColours, read again only when the theme or the number of classes changes. */
function cachedColours(el: Element, count: number): [number, number, number][] {
  const key = `${document.documentElement.dataset.theme ?? ''} ${count}`;
  if (colourCache?.key !== key) colourCache = { key, colours: classColours(el, count) };
  return colourCache.colours;
}

/** Fills the canvas with the predicted class per cell, more opaque where the model is more certain. */
function paint(canvas: HTMLCanvasElement, p: DecisionMapProps): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const g = p.gridSize;
  const colours = cachedColours(canvas, Math.max(2, p.outputs));
  const image = ctx.createImageData(g, g);
  for (let cell = 0; cell < g * g; cell++) {
    let cls = 0;
    let certainty = 0;
    if (p.outputs === 1) {
      const prob = p.field[cell]!;
      cls = prob >= 0.5 ? 1 : 0;
      certainty = Math.abs(prob - 0.5) * 2;
    } else {
      let best = 0;
      for (let k = 0; k < p.outputs; k++) {
        const v = p.field[cell * p.outputs + k]!;
        if (v > best) [best, cls] = [v, k];
      }
      certainty = (best - 1 / p.outputs) / (1 - 1 / p.outputs);
    }
    if (p.discretize) certainty = 1;
    const [r, gg, b] = colours[cls]!;
    image.data.set([r, gg, b, Math.round(40 + 130 * certainty)], cell * 4);
  }
  canvas.width = g;
  canvas.height = g;
  ctx.putImageData(image, 0, 0);
}

/** The circles of one set of points: filled for training points, rings for test points. */
const dots = (set: ClassPoints, isTest: boolean, x: (v: number) => number, y: (v: number) => number) =>
  Array.from({ length: set.n }, (_, i) => (
    <circle
      // biome-ignore lint/suspicious/noArrayIndexKey: a sample is identified by its row in the dataset
      key={`${isTest ? 't' : 'r'}${i}`}
      cx={x(set.x[2 * i]!)}
      cy={y(set.x[2 * i + 1]!)}
      r={isTest ? 3.2 : 2.8}
      fill={isTest ? 'none' : `var(${CLASS_VARS[set.classes[i]! % CLASS_VARS.length]})`}
      stroke={isTest ? `var(${CLASS_VARS[set.classes[i]! % CLASS_VARS.length]})` : 'var(--sl-color-black)'}
      strokeWidth={isTest ? 1.6 : 0.6}
    />
  ));

/** Decision regions of a 2-D classifier as a heatmap, with training points (filled) and test points (ringed). */
export function DecisionMap(props: DecisionMapProps) {
  const t = useMessages().common;
  const { domain, train, test, width = 380, height = 380, version, inputs = ['x1', 'x2'] } = props;
  const { w, h } = innerSize(width, height);
  const x = useMemo(() => scaleLinear().domain(domain.x1).range([0, w]), [domain, w]);
  const y = useMemo(() => scaleLinear().domain(domain.x2).range([h, 0]), [domain, h]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const propsRef = useRef(props);
  propsRef.current = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: version says when the reused field array changed
  useEffect(() => {
    if (canvas.current) paint(canvas.current, propsRef.current);
  }, [version]);
  useEffect(() => {
    // repaint when the reader switches between light and dark themes
    const observer = new MutationObserver(() => canvas.current && paint(canvas.current, propsRef.current));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  // the points stay while the map is repainted every frame of training: rendered once per set and scale
  const trainDots = useMemo(() => <g data-testid="train-points">{dots(train, false, x, y)}</g>, [train, x, y]);
  const testDots = useMemo(() => test && <g data-testid="test-points">{dots(test, true, x, y)}</g>, [test, x, y]);
  return (
    <div style={{ position: 'relative', width: '100%', maxWidth: width }}>
      <canvas
        ref={canvas}
        style={{
          position: 'absolute',
          left: `${(100 * DEFAULT_MARGINS.left) / width}%`,
          top: `${(100 * DEFAULT_MARGINS.top) / height}%`,
          width: `${(100 * w) / width}%`,
          height: `${(100 * h) / height}%`,
          imageRendering: 'auto',
        }}
      />
      {/* positioned, so it is painted over the canvas (absolute) beside it: a point the map calls wrong stays its own colour */}
      <Frame
        width={width}
        height={height}
        label={t.decisionMap}
        xLabel={inputs[0]}
        yLabel={inputs[1]}
        svgProps={{ style: { position: 'relative' } }}
      >
        <Axis scale={x} orient="bottom" y={h} ticks={5} />
        <Axis scale={y} orient="left" ticks={5} />
        {trainDots}
        {testDots}
      </Frame>
    </div>
  );
}
