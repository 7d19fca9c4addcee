import { extent, max, min } from 'd3-array';
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo } from 'react';
import { formatShort } from '../../lib/format';
import { Axis } from './Axis';
import { Frame, innerSize } from './Frame';

/** One curve: points are [epoch, loss]. */
export interface LossSeries {
  label: string;
  /** A CSS colour, usually a var(--nl-…) custom property. */
  color: string;
  points: readonly (readonly [number, number])[];
  dashed?: boolean;
}

/** Props of LossCurve. */
export interface LossCurveProps {
  series: readonly LossSeries[];
  /** Right end of the x axis, so the curve grows into a fixed frame. */
  maxEpoch: number;
  width?: number;
  height?: number;
  label?: string;
}

/** Loss against epoch on a logarithmic y axis, so both the fast start and the slow end stay visible. */
export function LossCurve({ series, maxEpoch, width = 420, height = 220, label = 'Loss curve' }: LossCurveProps) {
  const { w, h } = innerSize(width, height);
  const { x, y } = useMemo(() => {
    const all = series.flatMap((s) => s.points.map((p) => p[1])).filter((v) => Number.isFinite(v) && v > 0);
    const lo = min(all) ?? 1e-3;
    const hi = max(all) ?? 1;
    const xs = extent([0, maxEpoch]) as [number, number];
    return {
      x: scaleLinear().domain(xs).range([0, w]),
      y: scaleLog()
        .domain([Math.min(lo, hi / 10), hi])
        .range([h, 0])
        .clamp(true),
    };
  }, [series, maxEpoch, w, h]);
  const ticks = useMemo(() => logTicks(y.domain() as [number, number]), [y]);
  const path = line<readonly [number, number]>()
    .defined((p) => Number.isFinite(p[1]) && p[1] > 0)
    .x((p) => x(p[0]))
    .y((p) => y(p[1]));
  return (
    <Frame width={width} height={height} label={label} xLabel="epoch" yLabel="loss (log scale)">
      <Axis scale={x} orient="bottom" y={h} ticks={5} grid={h} format={formatShort} />
      <Axis scale={y} orient="left" values={ticks} grid={w} format={formatShort} />
      {series.map((s) => (
        <path
          key={s.label}
          d={path(s.points) ?? ''}
          fill="none"
          stroke={s.color}
          strokeWidth={2}
          strokeDasharray={s.dashed ? '6 4' : undefined}
        >
          <title>{s.label}</title>
        </path>
      ))}
    </Frame>
  );
}

/** Log-axis ticks that never crowd: powers of ten, or 1-2-5 steps when the range spans less than three decades. */
export function logTicks([lo, hi]: readonly [number, number]): number[] {
  const first = Math.floor(Math.log10(lo));
  const last = Math.ceil(Math.log10(hi));
  const steps = last - first < 3 ? [1, 2, 5] : [1];
  const out: number[] = [];
  for (let e = first; e <= last; e++) for (const m of steps) out.push(m * 10 ** e);
  const inside = out.filter((v) => v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9));
  const stride = Math.ceil(inside.length / 6);
  return inside.filter((_, k) => k % stride === 0);
}
