import { formatNumber } from '@neuronlab/lab';
import { contours } from 'd3-contour';
import { scaleLinear, scaleSequentialLog } from 'd3-scale';
import { interpolateViridis } from 'd3-scale-chromatic';
import { line } from 'd3-shape';
import { type KeyboardEvent, type PointerEvent, useMemo, useRef } from 'react';
import { useSvgId } from '../../hooks/use-svg-id';
import { useMessages } from '../../i18n/use-messages';
import { type LossGrid, logLevels, type ParamBox } from '../../lib/landscape';
import { Axis } from './Axis';
import { Frame, useChartLayout } from './Frame';

/** A path through (w, b) with its colour. */
interface LandscapePath {
  label: string;
  color: string;
  points: readonly (readonly [number, number])[];
}

/** Props of LandscapeChart. */
export interface LandscapeChartProps {
  box: ParamBox;
  grid: LossGrid;
  paths: readonly LandscapePath[];
  /** The draggable start point; omit for a chart without one. */
  start?: readonly [number, number];
  onStartChange?: (w: number, b: number) => void;
  /** The best (w, b), marked with a cross. */
  optimum?: readonly [number, number];
  /** Axis titles. @default the locale's "weight w" and "bias b" */
  wLabel?: string;
  bLabel?: string;
  width?: number;
  height?: number;
}

/** Turns d3-contour's rings (in grid cells) into one SVG path in plot pixels. */
function ringsPath(coords: number[][][][], sx: number, sy: number): string {
  let d = '';
  for (const polygon of coords) {
    for (const ring of polygon) {
      ring.forEach(([gx, gy], k) => {
        d += `${k === 0 ? 'M' : 'L'}${(gx! * sx).toFixed(1)},${(gy! * sy).toFixed(1)}`;
      });
      d += 'Z';
    }
  }
  return d;
}

/** Contours of the MSE over (w, b) with descent paths on top and an optional draggable start point. */
export function LandscapeChart(props: LandscapeChartProps) {
  const t = useMessages().common;
  const { box, grid, paths, start, onStartChange, optimum, width = 460, height = 340 } = props;
  const layout = useChartLayout(width, height);
  const { w, h } = layout;
  const x = useMemo(() => scaleLinear().domain(box.w).range([0, w]), [box, w]);
  const y = useMemo(() => scaleLinear().domain(box.b).range([h, 0]), [box, h]);
  const bands = useMemo(() => {
    const levels = logLevels(Math.max(grid.min, grid.max * 1e-7), grid.max, 14);
    const colour = scaleSequentialLog(interpolateViridis).domain([levels[0]!, levels[levels.length - 1]!]);
    const gen = contours().size([grid.nx, grid.ny]).thresholds(levels);
    return gen(Array.from(grid.values)).map((c) => ({
      d: ringsPath(c.coordinates, w / grid.nx, h / grid.ny),
      fill: colour(c.value),
      value: c.value,
    }));
  }, [grid, w, h]);
  const dragging = useRef(false);
  const toParams = (e: PointerEvent<SVGSVGElement>) => {
    const svg = e.currentTarget;
    const rect = svg.getBoundingClientRect();
    const scale = width / rect.width;
    const px = (e.clientX - rect.left) * scale - layout.margins.left;
    const py = (e.clientY - rect.top) * scale - layout.margins.top;
    const clampedX = Math.min(w, Math.max(0, px));
    const clampedY = Math.min(h, Math.max(0, py));
    onStartChange?.(x.invert(clampedX), y.invert(clampedY));
  };
  const onKey = (e: KeyboardEvent<SVGCircleElement>) => {
    if (!start || !onStartChange) return;
    const dw = (box.w[1] - box.w[0]) / 40;
    const db = (box.b[1] - box.b[0]) / 40;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-dw, 0],
      ArrowRight: [dw, 0],
      ArrowUp: [0, db],
      ArrowDown: [0, -db],
    };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    onStartChange(start[0] + m[0], start[1] + m[1]);
  };
  const pathGen = line<readonly [number, number]>()
    .x((p) => x(p[0]))
    .y((p) => y(p[1]));
  const clipId = useSvgId('landscape-clip');
  return (
    <Frame
      width={width}
      height={height}
      label={t.landscape}
      xLabel={props.wLabel ?? t.weightW}
      yLabel={props.bLabel ?? t.biasB}
      role={onStartChange ? 'group' : 'img'}
      layout={layout}
      svgProps={
        onStartChange
          ? {
              onPointerDown: (e) => {
                dragging.current = true;
                e.currentTarget.setPointerCapture(e.pointerId);
                toParams(e);
              },
              onPointerMove: (e) => dragging.current && toParams(e),
              onPointerUp: () => {
                dragging.current = false;
              },
              style: { touchAction: 'none', cursor: 'crosshair' },
            }
          : undefined
      }
    >
      <defs>
        <clipPath id={clipId}>
          <rect width={w} height={h} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`}>
        {bands.map((band) => (
          <path key={band.value} d={band.d} fill={band.fill} fillOpacity={0.55} stroke={band.fill} strokeWidth={1}>
            <title>{t.contourAtLeast(formatNumber(band.value, 3))}</title>
          </path>
        ))}
        {paths.map((p) => (
          <path
            key={p.label}
            d={pathGen(p.points) ?? ''}
            fill="none"
            stroke={p.color}
            strokeWidth={2.5}
            data-series={p.label}
          >
            <title>{p.label}</title>
          </path>
        ))}
        {paths.map((p) => {
          const last = p.points[p.points.length - 1];
          return last ? <circle key={p.label} cx={x(last[0])} cy={y(last[1])} r={4} fill={p.color} /> : null;
        })}
      </g>
      <Axis scale={x} orient="bottom" y={h} ticks={6} />
      <Axis scale={y} orient="left" ticks={6} />
      {optimum && (
        <path
          d={`M${x(optimum[0]) - 6},${y(optimum[1]) - 6}l12,12m0,-12l-12,12`}
          stroke="var(--sl-color-white)"
          strokeWidth={2.5}
        >
          <title>{t.optimum}</title>
        </path>
      )}
      {start && onStartChange && (
        <circle
          cx={x(start[0])}
          cy={y(start[1])}
          r={8}
          fill="var(--nl-before)"
          stroke="var(--sl-color-white)"
          strokeWidth={2}
          tabIndex={0}
          role="slider"
          aria-label={t.startPoint}
          aria-valuetext={`w ${formatNumber(start[0], 4)}, b ${formatNumber(start[1], 4)}`}
          aria-valuenow={start[0]}
          onKeyDown={onKey}
          data-testid="start-point"
        />
      )}
    </Frame>
  );
}
