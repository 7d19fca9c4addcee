import { formatInt, formatNumber } from '@neuronlab/lab';
import { max, min } from 'd3-array';
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { Axis } from './Axis';
import { Frame, useChartLayout } from './Frame';

/** One curve: a loss at each epoch, as a LossHistory keeps them (`epochs` with `train` or `test`). */
interface LossSeries {
  label: string;
  /** A CSS colour, usually a var(--nl-…) custom property. */
  color: string;
  epochs: readonly number[];
  /** The loss at each of `epochs`; non-finite or non-positive values leave a gap. */
  values: readonly number[];
  dashed?: boolean;
}

/** Props of LossCurve. */
export interface LossCurveProps {
  series: readonly LossSeries[];
  /** Right end of the x axis, so the curve grows into a fixed frame. */
  maxEpoch: number;
  width?: number;
  height?: number;
  /** Accessible name. @default the locale's "Loss curve" */
  label?: string;
}

const drawable = (v: number) => Number.isFinite(v) && v > 0;

/**
 * The right end of a loss curve's x axis for a run of `epochs` epochs: all of them, so the curve grows into a fixed
 * frame; but a run that diverged at `divergedAt` fills the axis with the epochs it ran instead of a sliver at x = 0.
 */
export function lossAxisEnd(epochs: number, divergedAt: number | null): number {
  return divergedAt === null ? epochs : Math.max(1, divergedAt);
}

/** Loss against epoch on a logarithmic y axis, so both the fast start and the slow end stay visible. */
export function LossCurve(p: LossCurveProps) {
  const t = useMessages().common;
  const { series, maxEpoch, width = 420, height = 220, label = t.lossCurve } = p;
  const layout = useChartLayout(width, height);
  const { w, h } = layout;
  // the demos pass a new series array each frame (a LossHistory grows in place), so this follows every new point
  const { x, y } = useMemo(() => {
    const all = series.flatMap((s) => s.values.filter(drawable));
    const lo = min(all) ?? 1e-3;
    const hi = max(all) ?? 1;
    return {
      x: scaleLinear().domain([0, maxEpoch]).range([0, w]),
      y: scaleLog()
        .domain([Math.min(lo, hi / 10), hi])
        .range([h, 0])
        .clamp(true),
    };
  }, [series, maxEpoch, w, h]);
  const ticks = useMemo(() => logTicks(y.domain() as [number, number]), [y]);
  return (
    <Frame width={width} height={height} label={label} xLabel={t.epoch} yLabel={t.lossAxis} layout={layout}>
      <Axis scale={x} orient="bottom" y={h} ticks={5} grid={h} format={formatInt} />
      <Axis scale={y} orient="left" values={ticks} grid={w} format={(v) => formatNumber(v)} />
      {series.map((s) => {
        const path = line<number>()
          .defined((i) => drawable(s.values[i]!))
          .x((i) => x(s.epochs[i]!))
          .y((i) => y(s.values[i]!));
        return (
          <path
            key={s.label}
            d={path(s.epochs.map((_, i) => i)) ?? ''}
            fill="none"
            stroke={s.color}
            strokeWidth={2}
            strokeDasharray={s.dashed ? '6 4' : undefined}
          >
            <title>{s.label}</title>
          </path>
        );
      })}
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
